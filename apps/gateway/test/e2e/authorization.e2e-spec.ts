import { eventually, startPlatform, TEST_JWT_SECRET, TenantSql, type Platform } from '@groundwork/testing';
import { decodeJwt, SignJWT } from 'jose';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER } from '../../src/auth/access-tokens';
import {
  addMember,
  AUTH_FIELDS,
  createApiToken,
  invitationToken,
  PASSWORD,
  signUpCoalition,
  uniqueEmail,
  type AuthPayload,
} from './support/coalitions';
import { errorCode, GatewayClient, type GraphQLResponse } from './support/gateway-client';

/** A demotion, removal or logout must take effect within this long (the issue's budget). */
const WITHIN_MS = 1000;

const ME = '{ me { role } }';
const PEOPLE_COUNT = '{ people { totalCount } }';
const CREATE_WRITE_TOKEN =
  'mutation { createApiToken(input: { name: "after demotion", scopes: [READ, WRITE] }) { token } }';
const INVITE_ADMIN =
  'mutation ($email: String!) { inviteUser(input: { email: $email, role: ADMIN }) { id } }';
const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { ${AUTH_FIELDS} } }`;

let platform: Platform;
let client: GatewayClient;
let sql: TenantSql;

beforeAll(async () => {
  platform = await startPlatform();
  client = new GatewayClient(platform.url);
  sql = new TenantSql();
});

afterAll(async () => {
  await sql?.close();
  await platform?.stop();
});

/** Waits at most WITHIN_MS (from `since`) for `request` to be refused with one of `codes`. */
async function refusedWithin(
  since: number,
  codes: string[],
  request: () => Promise<GraphQLResponse<unknown>>,
): Promise<void> {
  await eventually(
    async () => {
      const response = await request();
      expect(codes).toContain(errorCode(response));
      expect(response.data ?? null).toBeNull();
    },
    WITHIN_MS,
    25,
  );
  expect(Date.now() - since).toBeLessThanOrEqual(WITHIN_MS + 200);
}

async function updateRole(owner: AuthPayload, userId: string, role: string): Promise<void> {
  await client.data(
    'mutation ($input: UpdateUserRoleInput!) { updateUserRole(input: $input) { id } }',
    { input: { userId, role } },
    { token: owner.accessToken },
  );
}

async function removeUser(actor: AuthPayload, userId: string, keepTheirTokens?: boolean) {
  return client.request<{ removeUser: boolean }>(
    'mutation ($input: RemoveUserInput!) { removeUser(input: $input) }',
    { input: { userId, ...(keepTheirTokens === undefined ? {} : { keepTheirTokens }) } },
    { token: actor.accessToken },
  );
}

describe('authorization follows the current membership and session', () => {
  it('stops a demoted ADMIN from creating a WRITE token or inviting an ADMIN within a second', async () => {
    const owner = await signUpCoalition(client);
    const admin = await addMember(client, sql, owner, 'ADMIN');
    // Powers the admin has now, and the gateway has seen (so its cache holds them).
    await client.data(CREATE_WRITE_TOKEN, {}, { token: admin.accessToken });
    await client.data(INVITE_ADMIN, { email: uniqueEmail('before') }, { token: admin.accessToken });

    await updateRole(owner, admin.user.id, 'VIEWER');
    const demotedAt = Date.now();
    await refusedWithin(demotedAt, ['UNAUTHENTICATED', 'FORBIDDEN'], () =>
      client.request(CREATE_WRITE_TOKEN, {}, { token: admin.accessToken }),
    );
    await refusedWithin(demotedAt, ['UNAUTHENTICATED', 'FORBIDDEN'], () =>
      client.request(INVITE_ADMIN, { email: uniqueEmail('after') }, { token: admin.accessToken }),
    );

    // Signed in again, they act with the role they hold now.
    const { login } = await client.data<{ login: AuthPayload }>(LOGIN, {
      input: { email: admin.user.email, password: PASSWORD, coalitionSlug: owner.coalition.slug },
    });
    expect((await client.data<{ me: { role: string } }>(ME, {}, { token: login.accessToken })).me.role).toBe(
      'VIEWER',
    );
    expect(errorCode(await client.request(CREATE_WRITE_TOKEN, {}, { token: login.accessToken }))).toBe(
      'FORBIDDEN',
    );
    const { apiTokens } = await client.data<{ apiTokens: { edges: Array<{ node: { name: string } }> } }>(
      '{ apiTokens { edges { node { name } } } }',
      {},
      { token: owner.accessToken },
    );
    expect(apiTokens.edges.map((edge) => edge.node.name)).toEqual(['after demotion']);
  });

  it('stops a removed user’s access token, API tokens and invitations', async () => {
    const owner = await signUpCoalition(client);
    const admin = await addMember(client, sql, owner, 'ADMIN');
    const apiToken = await createApiToken(client, admin.accessToken, ['READ', 'WRITE']);
    const inviteeEmail = uniqueEmail('invitee');
    await client.data(INVITE_ADMIN, { email: inviteeEmail }, { token: admin.accessToken });
    await client.data(PEOPLE_COUNT, {}, { token: apiToken.token });
    await client.data(ME, {}, { token: admin.accessToken });

    expect((await removeUser(owner, admin.user.id)).data).toEqual({ removeUser: true });
    const removedAt = Date.now();
    await refusedWithin(removedAt, ['UNAUTHENTICATED'], () =>
      client.request(ME, {}, { token: admin.accessToken }),
    );
    await refusedWithin(removedAt, ['UNAUTHENTICATED'], () =>
      client.request(PEOPLE_COUNT, {}, { token: apiToken.token }),
    );
    const accepted = await client.request(
      `mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { ${AUTH_FIELDS} } }`,
      {
        input: {
          token: await invitationToken(sql, owner.coalition.id, inviteeEmail),
          name: 'Late Invitee',
          password: PASSWORD,
        },
      },
    );
    expect(errorCode(accepted)).not.toBeUndefined();
    expect(accepted.data ?? null).toBeNull();
  });

  it('keeps a removed user’s API tokens only when an OWNER chooses to', async () => {
    const owner = await signUpCoalition(client);
    const admin = await addMember(client, sql, owner, 'ADMIN');
    const otherAdmin = await addMember(client, sql, owner, 'ADMIN');
    const apiToken = await createApiToken(client, admin.accessToken, ['READ']);

    expect(errorCode(await removeUser(otherAdmin, admin.user.id, true))).toBe('FORBIDDEN');
    expect((await removeUser(owner, admin.user.id, true)).data).toEqual({ removeUser: true });
    await refusedWithin(Date.now(), ['UNAUTHENTICATED'], () =>
      client.request(ME, {}, { token: admin.accessToken }),
    );
    await client.data(PEOPLE_COUNT, {}, { token: apiToken.token });
  });

  it('takes the role from the membership, not from the access token’s claim', async () => {
    const owner = await signUpCoalition(client);
    const viewer = await addMember(client, sql, owner, 'VIEWER');
    const claims = decodeJwt(viewer.accessToken);
    const claimingOwner = await new SignJWT({ ...claims, role: 'OWNER' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(ACCESS_TOKEN_ISSUER)
      .setAudience(ACCESS_TOKEN_AUDIENCE)
      .sign(new TextEncoder().encode(TEST_JWT_SECRET));
    expect((await client.data<{ me: { role: string } }>(ME, {}, { token: claimingOwner })).me.role).toBe(
      'VIEWER',
    );
    // `users` is checked by the gateway alone: membership lists members for any member.
    expect(errorCode(await client.request('{ users { totalCount } }', {}, { token: claimingOwner }))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await client.request(CREATE_WRITE_TOKEN, {}, { token: claimingOwner }))).toBe(
      'FORBIDDEN',
    );
  });

  it('stops the access token of a session that logged out, and no other', async () => {
    const owner = await signUpCoalition(client);
    const { login } = await client.data<{ login: AuthPayload }>(LOGIN, {
      input: { email: owner.email, password: PASSWORD, coalitionSlug: owner.coalition.slug },
    });
    await client.data(ME, {}, { token: login.accessToken });

    await client.data('mutation { logout }', {}, { token: login.accessToken });
    await refusedWithin(Date.now(), ['UNAUTHENTICATED'], () =>
      client.request(ME, {}, { token: login.accessToken }),
    );
    await client.data(ME, {}, { token: owner.accessToken });
  });

  it('asks membership once per session, not once per request', async () => {
    const owner = await signUpCoalition(client);
    const apiToken = await createApiToken(client, owner.accessToken, ['READ']);
    await client.data(PEOPLE_COUNT, {}, { token: owner.accessToken });
    await client.data(PEOPLE_COUNT, {}, { token: apiToken.token });

    const before = await client.metrics();
    for (let i = 0; i < 5; i += 1) {
      await client.data(PEOPLE_COUNT, {}, { token: owner.accessToken });
      await client.data(PEOPLE_COUNT, {}, { token: apiToken.token });
    }
    const after = await client.metrics();
    // Each `people { totalCount }` is one request to membership; authorization adds none.
    expect(after.natsRequests - before.natsRequests).toBe(10);
  });
});
