import { eventually, startPlatform, TenantSql, type Platform } from '@groundwork/testing';
import {
  addMember,
  createApiToken,
  createPerson,
  PERSON_FIELDS,
  signUpCoalition,
  type AuthPayload,
  type PersonFields,
  uniqueName,
} from './support/coalitions';
import { errorCode, GatewayClient, type GraphQLResponse } from './support/gateway-client';

// Coalition A owns data; every caller of coalition B (a user, a READ token, a WRITE token) tries to
// read, find, count and change it. Each refusal is checked against A's own view afterwards.

let platform: Platform;
let client: GatewayClient;
let sql: TenantSql;

interface Caller {
  name: string;
  token: string;
}

const a = {} as {
  owner: AuthPayload;
  member: AuthPayload;
  person: PersonFields;
  apiToken: { id: string; token: string };
  invitedEmail: string;
};
let callersOfB: Caller[];
let userOfB: Caller;

beforeAll(async () => {
  platform = await startPlatform();
  client = new GatewayClient(platform.url);
  sql = new TenantSql();

  a.owner = await signUpCoalition(client, 'a');
  a.person = await createPerson(client, a.owner.accessToken, {
    firstName: 'Zephyrine',
    lastName: `Quillfeather ${uniqueName()}`,
    email: `zephyrine.${Date.now()}@example.org`,
    tags: ['a-only'],
  });
  a.member = await addMember(client, sql, a.owner, 'ORGANIZER');
  a.apiToken = await createApiToken(client, a.owner.accessToken, ['READ', 'WRITE']);
  a.invitedEmail = `pending-${Date.now()}@example.org`;
  await client.data(
    'mutation ($input: InviteUserInput!) { inviteUser(input: $input) { id } }',
    { input: { email: a.invitedEmail, role: 'VIEWER' } },
    { token: a.owner.accessToken },
  );

  const b = await signUpCoalition(client, 'b');
  userOfB = { name: 'a user of B', token: b.accessToken };
  callersOfB = [
    userOfB,
    { name: 'a READ token of B', token: (await createApiToken(client, b.accessToken, ['READ'])).token },
    {
      name: 'a WRITE token of B',
      token: (await createApiToken(client, b.accessToken, ['READ', 'WRITE'])).token,
    },
  ];
});

afterAll(async () => {
  await sql?.close();
  await platform?.stop();
});

async function asEachCallerOfB<T>(check: (caller: Caller) => Promise<T>): Promise<void> {
  for (const caller of callersOfB) await check(caller);
}

/** A refusal, or an answer that carries none of A's data. */
function expectRefused(response: GraphQLResponse<unknown>, caller: Caller, codes: string[]): void {
  expect({ caller: caller.name, code: errorCode(response) }).toEqual({
    caller: caller.name,
    code: expect.stringMatching(new RegExp(`^(${codes.join('|')})$`)),
  });
}

async function personAsA(): Promise<PersonFields> {
  const { person } = await client.data<{ person: PersonFields }>(
    `query ($id: ID!) { person(id: $id) { ${PERSON_FIELDS} } }`,
    { id: a.person.id },
    { token: a.owner.accessToken },
  );
  return person;
}

describe('coalition B cannot reach coalition A', () => {
  it('cannot read A’s person by id', async () => {
    await asEachCallerOfB(async (caller) => {
      const { person } = await client.data<{ person: PersonFields | null }>(
        'query ($id: ID!) { person(id: $id) { id } }',
        { id: a.person.id },
        { token: caller.token },
      );
      expect({ caller: caller.name, person }).toEqual({ caller: caller.name, person: null });
    });
    expect((await personAsA()).id).toBe(a.person.id);
  });

  it('cannot find A’s people by search, nor list them', async () => {
    for (const search of [a.person.lastName, a.person.email!, 'zephyrine']) {
      await asEachCallerOfB(async (caller) => {
        const { people } = await client.data<{ people: { totalCount: number; edges: unknown[] } }>(
          'query ($search: String) { people(search: $search, includeArchived: true) { totalCount edges { node { id } } } }',
          { search },
          { token: caller.token },
        );
        expect({ caller: caller.name, search, people }).toEqual({
          caller: caller.name,
          search,
          people: { totalCount: 0, edges: [] },
        });
      });
    }
    const { people } = await client.data<{ people: { totalCount: number } }>(
      'query ($s: String) { people(search: $s) { totalCount } }',
      { s: 'Zephyrine' },
      { token: a.owner.accessToken },
    );
    expect(people.totalCount).toBe(1);
  });

  it('cannot count A’s people in totals, the overview or the trend', async () => {
    await eventually(async () => {
      const { overview } = await client.data<{ overview: { totalPeople: number } }>(
        '{ overview { totalPeople } }',
        {},
        { token: a.owner.accessToken },
      );
      expect(overview.totalPeople).toBe(1);
    });
    const from = new Date(Date.now() - 2 * 86_400_000).toISOString();
    const to = new Date(Date.now() + 86_400_000).toISOString();
    await asEachCallerOfB(async (caller) => {
      const data = await client.data<{
        people: { totalCount: number };
        overview: { totalPeople: number; joinedLast30Days: number };
        membershipTrend: Array<{ total: number; joined: number }>;
      }>(
        'query ($from: DateTime!, $to: DateTime!) { people { totalCount } overview { totalPeople joinedLast30Days } membershipTrend(from: $from, to: $to, interval: DAY) { total joined } }',
        { from, to },
        { token: caller.token },
      );
      expect({ caller: caller.name, people: data.people.totalCount, overview: data.overview }).toEqual({
        caller: caller.name,
        people: 0,
        overview: { totalPeople: 0, joinedLast30Days: 0 },
      });
      expect(data.membershipTrend.every((point) => point.total === 0 && point.joined === 0)).toBe(true);
    });
  });

  it('cannot see A’s users, invitations or API tokens', async () => {
    const { users, invitations, apiTokens } = await client.data<{
      users: { edges: Array<{ node: { id: string; email: string } }> };
      invitations: { edges: Array<{ node: { email: string } }> };
      apiTokens: { edges: Array<{ node: { id: string } }> };
    }>(
      '{ users { edges { node { id email } } } invitations(first: 100) { edges { node { email } } } apiTokens(first: 100) { edges { node { id } } } }',
      {},
      { token: userOfB.token },
    );
    const aUserIds = [a.owner.user.id, a.member.user.id];
    expect(users.edges.filter((edge) => aUserIds.includes(edge.node.id))).toEqual([]);
    expect(invitations.edges.filter((edge) => edge.node.email === a.invitedEmail)).toEqual([]);
    expect(apiTokens.edges.filter((edge) => edge.node.id === a.apiToken.id)).toEqual([]);
    for (const caller of callersOfB.filter((caller) => caller !== userOfB)) {
      for (const query of [
        '{ users { totalCount } }',
        '{ invitations { totalCount } }',
        '{ apiTokens { totalCount } }',
      ]) {
        expectRefused(await client.request(query, {}, { token: caller.token }), caller, ['FORBIDDEN']);
      }
    }
  });

  it('cannot update or archive A’s person', async () => {
    const before = await personAsA();
    await asEachCallerOfB(async (caller) => {
      const codes = caller === userOfB || caller.name.includes('WRITE') ? ['NOT_FOUND'] : ['FORBIDDEN'];
      expectRefused(
        await client.request(
          'mutation ($input: UpdatePersonInput!) { updatePerson(input: $input) { id } }',
          { input: { id: a.person.id, firstName: 'Hijacked', tags: [] } },
          { token: caller.token },
        ),
        caller,
        codes,
      );
      expectRefused(
        await client.request(
          'mutation ($input: ArchivePersonInput!) { archivePerson(input: $input) { id } }',
          { input: { id: a.person.id } },
          { token: caller.token },
        ),
        caller,
        codes,
      );
    });
    expect(await personAsA()).toEqual(before);
  });

  it('cannot change A’s users, nor revoke A’s token', async () => {
    await asEachCallerOfB(async (caller) => {
      const codes = caller === userOfB ? ['NOT_FOUND', 'FORBIDDEN'] : ['FORBIDDEN'];
      expectRefused(
        await client.request(
          'mutation ($input: UpdateUserRoleInput!) { updateUserRole(input: $input) { id } }',
          { input: { userId: a.member.user.id, role: 'VIEWER' } },
          { token: caller.token },
        ),
        caller,
        codes,
      );
      expectRefused(
        await client.request(
          'mutation ($input: RemoveUserInput!) { removeUser(input: $input) }',
          { input: { userId: a.member.user.id } },
          { token: caller.token },
        ),
        caller,
        codes,
      );
      expectRefused(
        await client.request(
          'mutation ($input: RevokeApiTokenInput!) { revokeApiToken(input: $input) { id } }',
          { input: { id: a.apiToken.id } },
          { token: caller.token },
        ),
        caller,
        codes,
      );
    });
    const { users } = await client.data<{ users: { edges: Array<{ node: { id: string; role: string } }> } }>(
      '{ users { edges { node { id role } } } }',
      {},
      { token: a.owner.accessToken },
    );
    expect(users.edges.find((edge) => edge.node.id === a.member.user.id)?.node.role).toBe('ORGANIZER');
    const { apiTokens } = await client.data<{
      apiTokens: { edges: Array<{ node: { id: string; revokedAt: string | null } }> };
    }>('{ apiTokens(first: 100) { edges { node { id revokedAt } } } }', {}, { token: a.owner.accessToken });
    expect(apiTokens.edges.find((edge) => edge.node.id === a.apiToken.id)?.node.revokedAt).toBeNull();
    await client.data('{ people { totalCount } }', {}, { token: a.apiToken.token });
  });

  it('writes of B land in B only', async () => {
    await createPerson(client, userOfB.token, { firstName: 'Zephyrine', lastName: 'Elsewhere' });
    const { people } = await client.data<{ people: { totalCount: number } }>(
      'query ($s: String) { people(search: $s) { totalCount } }',
      { s: 'Zephyrine' },
      { token: a.owner.accessToken },
    );
    expect(people.totalCount).toBe(1);
  });

  it('a token of A acts in A, whoever holds it', async () => {
    const { me } = await client.data<{ me: { coalition: { id: string } } }>(
      '{ me { coalition { id } } }',
      {},
      { token: a.apiToken.token },
    );
    expect(me.coalition.id).toBe(a.owner.coalition.id);
  });
});
