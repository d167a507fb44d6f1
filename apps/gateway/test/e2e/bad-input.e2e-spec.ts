import { randomUUID } from 'node:crypto';
import { startPlatform, TenantSql, type Platform } from '@groundwork/testing';
import {
  addMember,
  createApiToken,
  createPerson,
  invitationToken,
  PASSWORD,
  signUpCoalition,
  type AuthPayload,
  type PersonFields,
} from './support/coalitions';
import { GatewayClient, type GraphQLResponse } from './support/gateway-client';
import { CONTROL, HTML, LONG, sqlInjection } from './support/hostile-input';

// Every mutation with missing, oversized, wrongly typed and hostile values: BAD_USER_INPUT naming the
// field, and nothing written (the coalition reads the same before and after; public mutations that
// cannot be observed that way must not have reached a service at all).

const SQL = sqlInjection('people');

let platform: Platform;
let client: GatewayClient;
let sql: TenantSql;
let owner: AuthPayload;
let member: AuthPayload;
let person: PersonFields;
let apiTokenId: string;
let pendingInvitation: { email: string; token: string };

beforeAll(async () => {
  platform = await startPlatform();
  client = new GatewayClient(platform.url);
  sql = new TenantSql();
  owner = await signUpCoalition(client);
  member = await addMember(client, sql, owner, 'ORGANIZER');
  person = await createPerson(client, owner.accessToken, {
    firstName: 'Maya',
    lastName: 'Angelou',
    email: 'maya@example.org',
    tags: ['poet'],
  });
  apiTokenId = (await createApiToken(client, owner.accessToken, ['READ'])).id;
  const email = `pending-${randomUUID().slice(0, 8)}@example.org`;
  await client.data(
    'mutation ($input: InviteUserInput!) { inviteUser(input: $input) { id } }',
    { input: { email, role: 'VIEWER' } },
    { token: owner.accessToken },
  );
  pendingInvitation = { email, token: await invitationToken(sql, owner.coalition.id, email) };
});

afterAll(async () => {
  await sql?.close();
  await platform?.stop();
});

/** Everything the coalition holds, as its owner reads it. */
function coalitionState(): Promise<unknown> {
  return client.data(
    `{ people(first: 100, includeArchived: true) { totalCount edges { node { id firstName lastName email phone postalCode preferredLanguage tags updatedAt archivedAt } } }
       users(first: 100) { totalCount edges { node { id name role } } }
       invitations(first: 20) { totalCount edges { node { id email role acceptedAt } } }
       apiTokens(first: 20) { totalCount edges { node { id name scopes revokedAt } } } }`,
    {},
    { token: owner.accessToken },
  );
}

interface BadInputCase {
  name: string;
  input: unknown;
  field: string;
}

interface MutationCases {
  mutation: string;
  document: string;
  /** Public mutations run unauthenticated. */
  public?: boolean;
  valid: () => Record<string, unknown>;
  cases: (valid: Record<string, unknown>) => BadInputCase[];
}

const without = (input: Record<string, unknown>, field: string) =>
  Object.fromEntries(Object.entries(input).filter(([key]) => key !== field));

const mutations: MutationCases[] = [
  {
    mutation: 'signUp',
    public: true,
    document: 'mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken } }',
    valid: () => ({
      coalitionName: 'Good Coalition',
      name: 'Good Name',
      email: `new-${randomUUID().slice(0, 8)}@example.org`,
      password: PASSWORD,
    }),
    cases: (valid) => [
      { name: 'missing email', input: without(valid, 'email'), field: 'email' },
      { name: 'oversized coalitionName', input: { ...valid, coalitionName: LONG }, field: 'coalitionName' },
      { name: 'numeric email', input: { ...valid, email: 42 }, field: 'email' },
      { name: 'SQL in email', input: { ...valid, email: `a@b.org'; ${SQL}` }, field: 'email' },
      { name: 'HTML in coalitionName', input: { ...valid, coalitionName: HTML }, field: 'coalitionName' },
      { name: 'control characters in name', input: { ...valid, name: CONTROL }, field: 'name' },
      { name: 'short password', input: { ...valid, password: 'short' }, field: 'password' },
    ],
  },
  {
    mutation: 'createCoalition',
    document: 'mutation ($input: CreateCoalitionInput!) { createCoalition(input: $input) { accessToken } }',
    valid: () => ({ coalitionName: 'Second Coalition' }),
    cases: (valid) => [
      { name: 'missing coalitionName', input: {}, field: 'coalitionName' },
      { name: 'blank coalitionName', input: { coalitionName: '   ' }, field: 'coalitionName' },
      { name: 'oversized coalitionName', input: { coalitionName: LONG }, field: 'coalitionName' },
      { name: 'numeric coalitionName', input: { coalitionName: 7 }, field: 'coalitionName' },
      { name: 'HTML in coalitionName', input: { coalitionName: HTML }, field: 'coalitionName' },
      {
        name: 'control characters in coalitionName',
        input: { ...valid, coalitionName: CONTROL },
        field: 'coalitionName',
      },
    ],
  },
  {
    mutation: 'login',
    public: true,
    document: 'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }',
    valid: () => ({ email: owner.user.email, password: PASSWORD, coalitionSlug: owner.coalition.slug }),
    cases: (valid) => [
      { name: 'missing password', input: without(valid, 'password'), field: 'password' },
      { name: 'oversized email', input: { ...valid, email: `${LONG}@example.org` }, field: 'email' },
      { name: 'numeric coalitionSlug', input: { ...valid, coalitionSlug: 7 }, field: 'coalitionSlug' },
      { name: 'SQL in email', input: { ...valid, email: `' OR 1=1; ${SQL}` }, field: 'email' },
      { name: 'HTML in email', input: { ...valid, email: `${HTML}@example.org` }, field: 'email' },
      {
        name: 'control characters in email',
        input: { ...valid, email: `a\u0000b@example.org` },
        field: 'email',
      },
    ],
  },
  {
    mutation: 'refreshSession',
    public: true,
    document: 'mutation ($input: RefreshSessionInput!) { refreshSession(input: $input) { accessToken } }',
    valid: () => ({ refreshToken: 'irrelevant' }),
    cases: () => [
      { name: 'missing refreshToken', input: {}, field: 'refreshToken' },
      { name: 'oversized refreshToken', input: { refreshToken: LONG }, field: 'refreshToken' },
      { name: 'numeric refreshToken', input: { refreshToken: 12 }, field: 'refreshToken' },
    ],
  },
  {
    mutation: 'acceptInvitation',
    public: true,
    document: 'mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }',
    valid: () => ({ token: pendingInvitation.token, name: 'Invited Person', password: PASSWORD }),
    cases: (valid) => [
      { name: 'missing name', input: without(valid, 'name'), field: 'name' },
      { name: 'oversized password', input: { ...valid, password: LONG }, field: 'password' },
      { name: 'numeric token', input: { ...valid, token: 5 }, field: 'token' },
      { name: 'HTML in name', input: { ...valid, name: HTML }, field: 'name' },
      { name: 'control characters in name', input: { ...valid, name: CONTROL }, field: 'name' },
    ],
  },
  {
    mutation: 'inviteUser',
    document: 'mutation ($input: InviteUserInput!) { inviteUser(input: $input) { id } }',
    valid: () => ({ email: 'someone@example.org', role: 'VIEWER' }),
    cases: (valid) => [
      { name: 'missing role', input: without(valid, 'role'), field: 'role' },
      { name: 'oversized email', input: { ...valid, email: `${LONG}@example.org` }, field: 'email' },
      { name: 'unknown role', input: { ...valid, role: 'SUPERUSER' }, field: 'role' },
      { name: 'SQL in email', input: { ...valid, email: SQL }, field: 'email' },
      { name: 'HTML in email', input: { ...valid, email: `${HTML}@example.org` }, field: 'email' },
      {
        name: 'control characters in email',
        input: { ...valid, email: `some\u0007one@example.org` },
        field: 'email',
      },
    ],
  },
  {
    mutation: 'updateUserRole',
    document: 'mutation ($input: UpdateUserRoleInput!) { updateUserRole(input: $input) { id } }',
    valid: () => ({ userId: member.user.id, role: 'VIEWER' }),
    cases: (valid) => [
      { name: 'missing userId', input: without(valid, 'userId'), field: 'userId' },
      { name: 'oversized userId', input: { ...valid, userId: LONG }, field: 'userId' },
      { name: 'numeric role', input: { ...valid, role: 3 }, field: 'role' },
      { name: 'SQL in userId', input: { ...valid, userId: `${member.user.id}' OR '1'='1` }, field: 'userId' },
      { name: 'HTML in userId', input: { ...valid, userId: HTML }, field: 'userId' },
    ],
  },
  {
    mutation: 'removeUser',
    document: 'mutation ($input: RemoveUserInput!) { removeUser(input: $input) }',
    valid: () => ({ userId: member.user.id }),
    cases: () => [
      { name: 'missing userId', input: {}, field: 'userId' },
      { name: 'oversized userId', input: { userId: LONG }, field: 'userId' },
      { name: 'boolean userId', input: { userId: true }, field: 'userId' },
      { name: 'SQL in userId', input: { userId: "1' OR '1'='1" }, field: 'userId' },
      { name: 'control characters in userId', input: { userId: `${member.user.id}\u0000` }, field: 'userId' },
    ],
  },
  {
    mutation: 'createApiToken',
    document: 'mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { token } }',
    valid: () => ({ name: 'integration', scopes: ['READ'] }),
    cases: (valid) => [
      { name: 'missing scopes', input: without(valid, 'scopes'), field: 'scopes' },
      { name: 'no scopes', input: { ...valid, scopes: [] }, field: 'scopes' },
      { name: 'oversized name', input: { ...valid, name: LONG }, field: 'name' },
      { name: 'unknown scope', input: { ...valid, scopes: ['ADMIN'] }, field: 'scopes.0' },
      { name: 'HTML in name', input: { ...valid, name: HTML }, field: 'name' },
      { name: 'control characters in name', input: { ...valid, name: CONTROL }, field: 'name' },
    ],
  },
  {
    mutation: 'revokeApiToken',
    document: 'mutation ($input: RevokeApiTokenInput!) { revokeApiToken(input: $input) { id } }',
    valid: () => ({ id: apiTokenId }),
    cases: () => [
      { name: 'missing id', input: {}, field: 'id' },
      { name: 'oversized id', input: { id: LONG }, field: 'id' },
      { name: 'object id', input: { id: { $ne: null } }, field: 'id' },
      { name: 'SQL in id', input: { id: `${apiTokenId}'; ${SQL}` }, field: 'id' },
    ],
  },
  {
    mutation: 'createPerson',
    document: 'mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id } }',
    valid: () => ({
      firstName: 'Audre',
      lastName: 'Lorde',
      email: 'audre@example.org',
      phone: '+1 212 555 0100',
      postalCode: '10001',
      preferredLanguage: 'en',
      tags: ['poet'],
    }),
    cases: (valid) => [
      { name: 'missing firstName', input: without(valid, 'firstName'), field: 'firstName' },
      { name: 'oversized lastName', input: { ...valid, lastName: LONG }, field: 'lastName' },
      {
        name: 'too many tags',
        input: { ...valid, tags: Array.from({ length: 51 }, (_, i) => `tag ${i}`) },
        field: 'tags',
      },
      { name: 'numeric email', input: { ...valid, email: 42 }, field: 'email' },
      { name: 'numeric tag', input: { ...valid, tags: ['ok', 7] }, field: 'tags.1' },
      { name: 'SQL in firstName', input: { ...valid, firstName: SQL }, field: 'firstName' },
      { name: 'HTML in lastName', input: { ...valid, lastName: HTML }, field: 'lastName' },
      { name: 'HTML in a tag', input: { ...valid, tags: ['<b>bold</b>'] }, field: 'tags.0' },
      { name: 'SQL in phone', input: { ...valid, phone: "555'; DROP TABLE x" }, field: 'phone' },
      {
        name: 'control characters in postalCode',
        input: { ...valid, postalCode: '100\u000001' },
        field: 'postalCode',
      },
      {
        name: 'control characters in firstName',
        input: { ...valid, firstName: CONTROL },
        field: 'firstName',
      },
    ],
  },
  {
    mutation: 'updatePerson',
    document: 'mutation ($input: UpdatePersonInput!) { updatePerson(input: $input) { id } }',
    valid: () => ({ id: person.id, firstName: 'Changed' }),
    cases: (valid) => [
      { name: 'missing id', input: without(valid, 'id'), field: 'id' },
      { name: 'oversized firstName', input: { ...valid, firstName: LONG }, field: 'firstName' },
      { name: 'numeric email', input: { ...valid, email: 5 }, field: 'email' },
      { name: 'cleared firstName', input: { ...valid, firstName: null }, field: 'firstName' },
      { name: 'SQL in id', input: { ...valid, id: `${person.id}' OR '1'='1` }, field: 'id' },
      { name: 'HTML in lastName', input: { ...valid, lastName: HTML }, field: 'lastName' },
      {
        name: 'control characters in preferredLanguage',
        input: { ...valid, preferredLanguage: 'en\u0000' },
        field: 'preferredLanguage',
      },
    ],
  },
  {
    mutation: 'archivePerson',
    document: 'mutation ($input: ArchivePersonInput!) { archivePerson(input: $input) { id } }',
    valid: () => ({ id: person.id }),
    cases: () => [
      { name: 'missing id', input: {}, field: 'id' },
      { name: 'oversized id', input: { id: LONG }, field: 'id' },
      { name: 'list id', input: { id: [person.id, person.id] }, field: 'id' },
      { name: 'SQL in id', input: { id: "' OR 1=1 --" }, field: 'id' },
    ],
  },
];

function expectBadInput(response: GraphQLResponse<unknown>, label: string, field: string): void {
  const error = response.errors?.[0];
  expect({
    label,
    code: error?.extensions?.code,
    field: error?.extensions?.field,
    data: response.data ?? null,
  }).toEqual({
    label,
    code: 'BAD_USER_INPUT',
    field,
    data: null,
  });
  expect(Array.isArray(error?.extensions?.issues)).toBe(true);
}

describe('bad input', () => {
  it.each(mutations.map((mutation) => [mutation.mutation, mutation] as const))(
    '%s refuses it, naming the field, and writes nothing',
    async (_name, mutation) => {
      for (const badCase of mutation.cases(mutation.valid())) {
        const label = `${mutation.mutation}: ${badCase.name}`;
        const before = await coalitionState();
        const metricsBefore = await client.metrics();
        const response = await client.request(
          mutation.document,
          { input: badCase.input },
          mutation.public ? {} : { token: owner.accessToken },
        );
        const metricsAfter = await client.metrics();
        expectBadInput(response, label, badCase.field);
        expect(await coalitionState()).toEqual(before);
        if (mutation.public) {
          // Public mutations act outside this coalition: nothing may even have reached a service.
          expect({ label, natsRequests: metricsAfter.natsRequests - metricsBefore.natsRequests }).toEqual({
            label,
            natsRequests: 0,
          });
        }
      }
    },
  );

  it('refuses hostile opaque tokens as unknown, writing nothing', async () => {
    const before = await coalitionState();
    for (const refreshToken of [SQL, HTML, CONTROL]) {
      const response = await client.request(
        'mutation ($input: RefreshSessionInput!) { refreshSession(input: $input) { accessToken } }',
        { input: { refreshToken } },
      );
      expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    const accept = await client.request(
      'mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken } }',
      {
        input: { token: SQL, name: 'Someone', password: PASSWORD },
      },
    );
    expect(['UNAUTHENTICATED', 'NOT_FOUND']).toContain(accept.errors?.[0]?.extensions?.code);
    expect(await coalitionState()).toEqual(before);
  });

  it('keeps hostile text that is valid as plain data, never as code', async () => {
    const { people } = await client.data<{ people: { totalCount: number } }>(
      'query ($s: String) { people(search: $s) { totalCount } }',
      { s: SQL },
      { token: owner.accessToken },
    );
    expect(people.totalCount).toBe(0);
    const { createApiToken } = await client.data<{ createApiToken: { apiToken: { name: string } } }>(
      'mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { apiToken { name } } }',
      { input: { name: SQL, scopes: ['READ'] } },
      { token: owner.accessToken },
    );
    expect(createApiToken.apiToken.name).toBe(SQL);
  });

  it('still accepts the valid inputs the cases start from', async () => {
    await client.data(
      'mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id } }',
      {
        input: {
          firstName: 'Audre',
          lastName: 'Lorde',
          email: 'audre@example.org',
          phone: '+1 212 555 0100',
          postalCode: '10001',
          preferredLanguage: 'en',
          tags: ['poet'],
        },
      },
      { token: owner.accessToken },
    );
  });
});
