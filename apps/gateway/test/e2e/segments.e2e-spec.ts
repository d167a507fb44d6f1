import { startPlatform, type Platform } from '@groundwork/testing';
import { createPerson, signUpCoalition, type AuthPayload } from './support/coalitions';
import { errorCode, GatewayClient } from './support/gateway-client';

let platform: Platform;
let client: GatewayClient;
let a: AuthPayload;
let b: AuthPayload;

const SEGMENT_FIELDS = 'id name description filter peopleCount exportUrl';

beforeAll(async () => {
  platform = await startPlatform();
  client = new GatewayClient(platform.url);
  a = await signUpCoalition(client);
  b = await signUpCoalition(client);
  await createPerson(client, a.accessToken, {
    firstName: 'Ada',
    lastName: 'Lovelace',
    email: 'ada@example.org',
    tags: ['renters'],
  });
  const grace = await createPerson(client, a.accessToken, {
    firstName: 'Grace',
    lastName: 'Hopper',
    tags: ['renters'],
  });
  await client.data(
    'mutation ($input: UpdatePersonInput!) { updatePerson(input: $input) { id } }',
    { input: { id: grace.id, city: '=HYPERLINK("http://evil")' } },
    { token: a.accessToken },
  );
  await createPerson(client, a.accessToken, { firstName: 'Alan', lastName: 'Turing', tags: ['other'] });
  await createPerson(client, b.accessToken, { firstName: 'Bea', lastName: 'Lovelace', tags: ['renters'] });
});

afterAll(async () => {
  await platform?.stop();
});

const createSegment = async (token: string, name: string, filter: Record<string, unknown>) =>
  (
    await client.data<{ createSegment: { id: string; peopleCount: number; exportUrl: string } }>(
      `mutation ($input: CreateSegmentInput!) { createSegment(input: $input) { ${SEGMENT_FIELDS} } }`,
      { input: { name, filter } },
      { token },
    )
  ).createSegment;

const download = (path: string, token?: string) =>
  fetch(`${platform.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

describe('people search and segments over GraphQL', () => {
  it('searches ranked and typo-tolerant, within the caller’s coalition only', async () => {
    const query =
      'query ($q: String!) { searchPeople(query: $q) { totalCount edges { node { firstName lastName } } } }';
    const found = await client.data<{
      searchPeople: { totalCount: number; edges: Array<{ node: { firstName: string } }> };
    }>(query, { q: 'lovelase' }, { token: a.accessToken });
    expect(found.searchPeople.totalCount).toBe(1);
    expect(found.searchPeople.edges[0]?.node.firstName).toBe('Ada');
    const fromB = await client.data<{ searchPeople: { edges: Array<{ node: { firstName: string } }> } }>(
      query,
      { q: 'lovelace' },
      { token: b.accessToken },
    );
    expect(fromB.searchPeople.edges.map((edge) => edge.node.firstName)).toEqual(['Bea']);
    expect(errorCode(await client.request(query, { q: '' }, { token: a.accessToken }))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('counts live, saves, lists members, and keeps coalitions apart', async () => {
    const count = await client.data<{ segmentCount: number }>(
      'query ($filter: SegmentFilterInput!) { segmentCount(filter: $filter) }',
      { filter: { tags: { match: 'ANY', names: ['renters'] } } },
      { token: a.accessToken },
    );
    expect(count.segmentCount).toBe(2);
    const segment = await createSegment(a.accessToken, 'Renters', {
      tags: { match: 'ANY', names: ['renters'] },
      areas: null,
    });
    expect(segment.peopleCount).toBe(2);

    const members = await client.data<{ segmentPeople: { totalCount: number } }>(
      'query ($id: ID!) { segmentPeople(segmentId: $id) { totalCount edges { node { id } } } }',
      { id: segment.id },
      { token: a.accessToken },
    );
    expect(members.segmentPeople.totalCount).toBe(2);
    const list = await client.data<{
      segments: { edges: Array<{ node: { name: string; peopleCount: number } }> };
    }>(`{ segments { edges { node { ${SEGMENT_FIELDS} } } } }`, {}, { token: a.accessToken });
    expect(list.segments.edges.map((edge) => edge.node)).toEqual([
      expect.objectContaining({ name: 'Renters', peopleCount: 2 }),
    ]);

    // Coalition B sees nothing of A's segment.
    expect(
      (
        await client.data<{ segment: unknown }>(
          'query ($id: ID!) { segment(id: $id) { id } }',
          { id: segment.id },
          { token: b.accessToken },
        )
      ).segment,
    ).toBeNull();
    expect(
      errorCode(
        await client.request(
          'query ($id: ID!) { segmentPeople(segmentId: $id) { totalCount } }',
          { id: segment.id },
          { token: b.accessToken },
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(
      errorCode(
        await client.request(
          'mutation ($input: DeleteSegmentInput!) { deleteSegment(input: $input) { id } }',
          { input: { id: segment.id } },
          { token: b.accessToken },
        ),
      ),
    ).toBe('NOT_FOUND');
    expect((await download(`${segment.exportUrl}?columns=first_name`, b.accessToken)).status).toBe(404);
    const bCount = await client.data<{ segmentCount: number }>(
      'query ($filter: SegmentFilterInput!) { segmentCount(filter: $filter) }',
      { filter: { tags: { match: 'ANY', names: ['renters'] } } },
      { token: b.accessToken },
    );
    expect(bCount.segmentCount).toBe(1);
  });

  it('refuses bad segment input with BAD_USER_INPUT naming the field', async () => {
    const create = (input: Record<string, unknown>) =>
      client.request<{ createSegment: unknown }>(
        'mutation ($input: CreateSegmentInput!) { createSegment(input: $input) { id } }',
        { input },
        { token: a.accessToken },
      );
    const bad = await create({ name: 'x', filter: { joined: { from: 'yesterday' } } });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions?.field).toBe('filter.joined.from');
    expect(errorCode(await create({ name: 'x', filter: { colour: 'red' } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await create({ name: '<b>x</b>', filter: {} }))).toBe('BAD_USER_INPUT');
    const unknownField = await create({
      name: 'x',
      filter: { customFields: [{ key: 'nope', operator: 'EQUALS', value: '1' }] },
    });
    expect(unknownField.errors?.[0]?.extensions?.field).toBe('filter.customFields.0.key');
  });

  it('streams a CSV export with a header, formula-safe cells and no DO_NOT_CONTACT people', async () => {
    const dnc = await createPerson(client, a.accessToken, {
      firstName: 'Dina',
      lastName: 'Nocontact',
      tags: ['renters'],
    });
    await client.data(
      'mutation ($input: UpdatePersonInput!) { updatePerson(input: $input) { id } }',
      { input: { id: dnc.id, status: 'DO_NOT_CONTACT' } },
      { token: a.accessToken },
    );
    const segment = await createSegment(a.accessToken, 'Renters export', {
      tags: { match: 'ANY', names: ['renters'] },
    });
    const response = await download(
      `${segment.exportUrl}?columns=first_name,last_name,email,tags,city`,
      a.accessToken,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (await response.text()).trimEnd().split('\r\n');
    expect(lines[0]).toBe('first_name,last_name,email,tags,city');
    expect(lines.slice(1).sort()).toEqual([
      'Ada,Lovelace,ada@example.org,renters,',
      `Grace,Hopper,,renters,"'=HYPERLINK(""http://evil"")"`,
    ]);

    // Consent channel: nobody granted SMS, so only the header leaves.
    const sms = await download(`${segment.exportUrl}?columns=first_name&channel=SMS`, a.accessToken);
    expect((await sms.text()).trimEnd()).toBe('first_name');

    expect((await download(`${segment.exportUrl}?columns=first_name`)).status).toBe(401);
    const badColumn = await download(`${segment.exportUrl}?columns=first_name,password`, a.accessToken);
    expect(badColumn.status).toBe(400);
    expect(await badColumn.json()).toMatchObject({ code: 'BAD_USER_INPUT', field: 'columns.1' });
    expect(
      (await download(`${segment.exportUrl}?columns=first_name&channel=FAX`, a.accessToken)).status,
    ).toBe(400);
    expect(
      (await download('/api/segments/not-a-uuid/export.csv?columns=first_name', a.accessToken)).status,
    ).toBe(400);
  });
});
