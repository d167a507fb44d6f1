import { randomUUID } from 'node:crypto';
import { startPlatform, type Platform } from '@groundwork/testing';
import { GRAPHQL_LIMITS } from '../../src/graphql/graphql-limits';
import { signUpCoalition, type AuthPayload } from './support/coalitions';
import { errorCode, GatewayClient, type GraphQLResponse } from './support/gateway-client';

let platform: Platform;
let client: GatewayClient;
let owner: AuthPayload;

beforeAll(async () => {
  platform = await startPlatform();
  client = new GatewayClient(platform.url);
  owner = await signUpCoalition(client);
});

afterAll(async () => {
  await platform?.stop();
});

function expectRefusal(response: GraphQLResponse<unknown>, message: RegExp): void {
  expect(errorCode(response)).toBe('BAD_USER_INPUT');
  expect(response.errors?.map((error) => error.message).join(' ')).toMatch(message);
  expect(response.data ?? null).toBeNull();
}

describe('limits', () => {
  it('refuses documents deeper than the depth limit', async () => {
    let selection = 'id';
    for (let level = 0; level < GRAPHQL_LIMITS.maxDepth; level += 1) selection = `nested { ${selection} }`;
    const response = await client.request(
      `{ people { edges { node { ${selection} } } } }`,
      {},
      { token: owner.accessToken },
    );
    expectRefusal(response, /depth limit of 10 exceeded/i);
  });

  it('allows 15 aliases and refuses 16', async () => {
    const aliases = (count: number) =>
      `{ ${Array.from({ length: count }, (_, i) => `a${i}: overview { totalPeople }`).join(' ')} }`;
    await client.data(aliases(GRAPHQL_LIMITS.maxAliases), {}, { token: owner.accessToken });
    expectRefusal(
      await client.request(aliases(GRAPHQL_LIMITS.maxAliases + 1), {}, { token: owner.accessToken }),
      /aliases limit of 15 exceeded/i,
    );
  });

  it('refuses documents over the token, directive and cost limits', async () => {
    const fields = Array.from({ length: GRAPHQL_LIMITS.maxTokens }, () => 'totalPeople').join(' ');
    expectRefusal(
      await client.request(`{ overview { ${fields} } }`, {}, { token: owner.accessToken }),
      /token limit/i,
    );
    const directives = Array.from(
      { length: GRAPHQL_LIMITS.maxDirectives + 1 },
      () => '@include(if: true)',
    ).join(' ');
    expectRefusal(
      await client.request(`{ overview { totalPeople ${directives} } }`, {}, { token: owner.accessToken }),
      /directives limit/i,
    );
    const page =
      'edges { node { id firstName lastName email phone postalCode preferredLanguage tags createdAt updatedAt archivedAt } }';
    await client.data(`{ people(first: 100) { ${page} } }`, {}, { token: owner.accessToken });
    const threePages = `{ a: people(first: 100) { ${page} } b: people(first: 100) { ${page} } c: people(first: 100) { ${page} } }`;
    expectRefusal(await client.request(threePages, {}, { token: owner.accessToken }), /cost limit/i);
  });

  it('counts page sizes given by variables and defaults like literal ones', async () => {
    const nested = (first: string) =>
      `organizations(first: ${first}) { edges { node { name people(first: ${first}) { edges { node { role person { id firstName lastName } } } } } } }`;
    const before = await client.metrics();
    const literal = await client.request(`{ ${nested('100')} }`, {}, { token: owner.accessToken });
    expectRefusal(literal, /cost limit/i);
    const byVariable = await client.request(
      `query ($n: Int!) { ${nested('$n')} }`,
      { n: 100 },
      { token: owner.accessToken },
    );
    expectRefusal(byVariable, /cost limit/i);
    expect(byVariable.errors?.[0]?.message).toBe(literal.errors?.[0]?.message);
    expectRefusal(
      await client.request(`query ($n: Int = 100) { ${nested('$n')} }`, {}, { token: owner.accessToken }),
      /cost limit/i,
    );
    expect((await client.metrics()).natsRequests).toBe(before.natsRequests);
    await client.data(`query ($n: Int!) { ${nested('$n')} }`, { n: 5 }, { token: owner.accessToken });
  });

  it('caps connections at 100, naming `first`', async () => {
    await client.data(
      '{ people(first: 100) { totalCount } users(first: 100) { totalCount } }',
      {},
      { token: owner.accessToken },
    );
    for (const query of [
      '{ people(first: 101) { totalCount } }',
      '{ users(first: 101) { totalCount } }',
      '{ people(first: 0) { totalCount } }',
    ]) {
      const response = await client.request(query, {}, { token: owner.accessToken });
      expect({ query, code: errorCode(response), field: response.errors?.[0]?.extensions?.field }).toEqual({
        query,
        code: 'BAD_USER_INPUT',
        field: 'first',
      });
    }
    const byVariable = await client.request(
      'query ($first: Int) { people(first: $first) { totalCount } }',
      { first: 1000 },
      { token: owner.accessToken },
    );
    expect(byVariable.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('refuses batched requests without running any of them', async () => {
    const before = await client.metrics();
    const response = await client.post(
      [
        { query: 'mutation { createPerson(input: { firstName: "Batched", lastName: "One" }) { id } }' },
        { query: '{ people { totalCount } }' },
      ],
      { token: owner.accessToken },
    );
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
    expect(body.errors[0]?.extensions.code).toBe('BAD_USER_INPUT');
    expect((await client.metrics()).natsRequests).toBe(before.natsRequests);
    const { people } = await client.data<{ people: { totalCount: number } }>(
      '{ people { totalCount } }',
      {},
      { token: owner.accessToken },
    );
    expect(people.totalCount).toBe(0);
  });

  it('takes a bulk request of 10,000 ids (about 370 kB) and refuses bodies over 1 MB with 413', async () => {
    const personIds = Array.from({ length: 10_000 }, () => randomUUID());
    const bulk = `mutation ($input: BulkTagInput!) { bulkTagPeople(input: $input) { changed matched } }`;
    const accepted = await client.request<{ bulkTagPeople: { changed: number; matched: number } }>(
      bulk,
      { input: { tag: 'door-knock', personIds } },
      { token: owner.accessToken },
    );
    expect(accepted.status).toBe(200);
    expect(accepted.data?.bulkTagPeople).toEqual({ changed: 0, matched: 0 });

    const tooLarge = await client.post(
      { query: '{ me { role } }', variables: { padding: 'x'.repeat(1_100_000) } },
      { token: owner.accessToken },
    );
    expect(tooLarge.status).toBe(413);
  });

  it('keeps CSRF prevention on', async () => {
    const response = await fetch(`${platform.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', authorization: `Bearer ${owner.accessToken}` },
      body: JSON.stringify({ query: '{ people { totalCount } }' }),
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/Cross-Site Request Forgery/);
  });

  it('names the argument of a wrongly typed variable', async () => {
    const response = await client.request(
      'query ($from: DateTime!, $to: DateTime!) { membershipTrend(from: $from, to: $to, interval: DAY) { at } }',
      { from: 'yesterday', to: new Date().toISOString() },
      { token: owner.accessToken },
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
  });
});
