import { eventually, startPlatform, type Platform } from '@groundwork/testing';
import {
  createApiToken,
  createPerson,
  PERSON_FIELDS,
  signUpCoalition,
  type AuthPayload,
  type PersonFields,
} from './support/coalitions';
import { GatewayClient } from './support/gateway-client';

let platform: Platform;
let client: GatewayClient;
let owner: AuthPayload;
let people: PersonFields[];

interface PeoplePage {
  people: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{ cursor: string; node: { id: string } }>;
  };
}
const PAGE =
  'query ($first: Int, $after: String) { people(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }';

beforeAll(async () => {
  platform = await startPlatform();
  client = new GatewayClient(platform.url);
  owner = await signUpCoalition(client);
  people = [];
  for (const [firstName, lastName] of [
    ['Ella', 'Baker'],
    ['Bayard', 'Rustin'],
    ['Fannie', 'Hamer'],
    ['Septima', 'Clark'],
  ] as const) {
    people.push(await createPerson(client, owner.accessToken, { firstName, lastName, tags: ['founder'] }));
  }
});

afterAll(async () => {
  await platform?.stop();
});

/** NATS requests and GraphQL operations the gateway made while `run` ran. */
async function counted<T>(
  run: () => Promise<T>,
): Promise<{ result: T; natsRequests: number; graphqlRequests: number }> {
  const before = await client.metrics();
  const result = await run();
  const after = await client.metrics();
  return {
    result,
    natsRequests: after.natsRequests - before.natsRequests,
    graphqlRequests: after.graphqlRequests - before.graphqlRequests,
  };
}

describe('people through the gateway', () => {
  it('loads several people by id with one NATS request', async () => {
    const query = `query ($a: ID!, $b: ID!, $c: ID!, $missing: ID!) {
      a: person(id: $a) { ${PERSON_FIELDS} } b: person(id: $b) { id } c: person(id: $c) { id } missing: person(id: $missing) { id } }`;
    const { result, natsRequests, graphqlRequests } = await counted(() =>
      client.data<Record<string, PersonFields | null>>(
        query,
        {
          a: people[0]!.id,
          b: people[1]!.id,
          c: people[2]!.id,
          missing: '00000000-0000-4000-8000-000000000000',
        },
        { token: owner.accessToken },
      ),
    );
    expect(result.a).toEqual(people[0]);
    expect([result.b?.id, result.c?.id, result.missing]).toEqual([people[1]!.id, people[2]!.id, null]);
    expect({ natsRequests, graphqlRequests }).toEqual({ natsRequests: 1, graphqlRequests: 1 });
  });

  it('lists a page with one NATS request, whatever its size', async () => {
    for (const first of [1, 4, 100]) {
      const { natsRequests } = await counted(() =>
        client.data(PAGE, { first }, { token: owner.accessToken }),
      );
      expect({ first, natsRequests }).toEqual({ first, natsRequests: 1 });
    }
  });

  it('loads the creators of API tokens with one batched request', async () => {
    await createApiToken(client, owner.accessToken, ['READ']);
    await createApiToken(client, owner.accessToken, ['READ', 'WRITE']);
    const { result, natsRequests } = await counted(() =>
      client.data<{
        apiTokens: { edges: Array<{ node: { createdBy: { id: string; role: string } | null } }> };
      }>('{ apiTokens { edges { node { createdBy { id role } } } } }', {}, { token: owner.accessToken }),
    );
    expect(result.apiTokens.edges.map((edge) => edge.node.createdBy)).toEqual([
      { id: owner.user.id, role: 'OWNER' },
      { id: owner.user.id, role: 'OWNER' },
    ]);
    expect(natsRequests).toBe(2);
  });

  it('pages forward from the end cursor and from any edge cursor', async () => {
    const first = await client.data<PeoplePage>(PAGE, { first: 3 }, { token: owner.accessToken });
    expect(first.people.totalCount).toBe(4);
    expect(first.people.pageInfo.hasNextPage).toBe(true);
    const rest = await client.data<PeoplePage>(
      PAGE,
      { first: 3, after: first.people.pageInfo.endCursor },
      { token: owner.accessToken },
    );
    expect(rest.people.edges).toHaveLength(1);
    expect(rest.people.pageInfo.hasNextPage).toBe(false);
    const seen = [...first.people.edges, ...rest.people.edges].map((edge) => edge.node.id);
    expect(new Set(seen)).toEqual(new Set(people.map((person) => person.id)));

    const afterFirstEdge = await client.data<PeoplePage>(
      PAGE,
      { first: 2, after: first.people.edges[0]!.cursor },
      { token: owner.accessToken },
    );
    expect(afterFirstEdge.people.edges.map((edge) => edge.node.id)).toEqual(seen.slice(1, 3));
  });

  it('updates and archives, and finds by search', async () => {
    const [person] = people;
    const { updatePerson } = await client.data<{ updatePerson: PersonFields }>(
      `mutation ($input: UpdatePersonInput!) { updatePerson(input: $input) { ${PERSON_FIELDS} } }`,
      { input: { id: person!.id, email: 'ella@example.org', tags: null } },
      { token: owner.accessToken },
    );
    expect(updatePerson).toMatchObject({ firstName: 'Ella', email: 'ella@example.org', tags: [] });
    const search = await client.data<{ people: { edges: Array<{ node: { id: string } }> } }>(
      '{ people(search: "ella@example") { edges { node { id } } } }',
      {},
      { token: owner.accessToken },
    );
    expect(search.people.edges.map((edge) => edge.node.id)).toEqual([person!.id]);
  });

  it('brings the overview and the trend to the people count, then follows archives', async () => {
    const from = new Date(Date.now() - 86_400_000).toISOString();
    const to = new Date(Date.now() + 86_400_000).toISOString();
    const figures = () =>
      client.data<{
        overview: { totalPeople: number; joinedLast30Days: number };
        membershipTrend: Array<{ at: string; total: number; joined: number; archived: number }>;
      }>(
        'query ($from: DateTime!, $to: DateTime!) { overview { totalPeople joinedLast30Days } membershipTrend(from: $from, to: $to, interval: DAY) { at total joined archived } }',
        { from, to },
        { token: owner.accessToken },
      );
    await eventually(async () => {
      const { overview, membershipTrend } = await figures();
      expect(overview).toEqual({ totalPeople: 4, joinedLast30Days: 4 });
      expect(membershipTrend.reduce((sum, point) => sum + point.joined, 0)).toBe(4);
    });

    await client.data(
      'mutation ($input: ArchivePersonInput!) { archivePerson(input: $input) { archivedAt } }',
      { input: { id: people[3]!.id } },
      { token: owner.accessToken },
    );
    await eventually(async () => {
      const { overview, membershipTrend } = await figures();
      expect(overview.totalPeople).toBe(3);
      expect(membershipTrend.at(-1)?.total).toBe(3);
    });
  });
});
