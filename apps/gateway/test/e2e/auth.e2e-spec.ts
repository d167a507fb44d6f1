import { randomUUID } from 'node:crypto';
import { eventually, startPlatform, TEST_JWT_SECRET, TenantSql, type Platform } from '@groundwork/testing';
import { decodeJwt, SignJWT, UnsecuredJWT } from 'jose';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER } from '../../src/auth/access-tokens';
import { FREE_ATTEMPTS_PER_PAIR } from '../../src/auth/login-rate-limiter';
import {
  addMember,
  AUTH_FIELDS,
  createApiToken,
  createPerson,
  PASSWORD,
  signUpCoalition,
  type AuthPayload,
} from './support/coalitions';
import { errorCode, GatewayClient } from './support/gateway-client';

const ME = '{ me { role user { id email } coalition { id slug } } }';
const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { ${AUTH_FIELDS} } }`;
const REFRESH = `mutation ($input: RefreshSessionInput!) { refreshSession(input: $input) { ${AUTH_FIELDS} } }`;
const CREATE_PERSON = 'mutation ($input: CreatePersonInput!) { createPerson(input: $input) { id } }';
const PEOPLE_COUNT = '{ people { totalCount } }';

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

function accessToken(
  owner: AuthPayload,
  options: { secret?: string; expiresAt?: number; role?: string } = {},
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  // The owner's own session: the gateway also checks that the session is live.
  const { sid } = decodeJwt(owner.accessToken);
  return new SignJWT({ tid: owner.coalition.id, role: options.role ?? owner.role, sid })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(owner.user.id)
    .setIssuer(ACCESS_TOKEN_ISSUER)
    .setAudience(ACCESS_TOKEN_AUDIENCE)
    .setIssuedAt(now - 3600)
    .setExpirationTime(options.expiresAt ?? now + 600)
    .sign(new TextEncoder().encode(options.secret ?? TEST_JWT_SECRET));
}

describe('auth', () => {
  it('runs the whole cycle: sign up, me, login, refresh (rotating), logout', async () => {
    const owner = await signUpCoalition(client);
    expect(owner.role).toBe('OWNER');
    expect(Date.parse(owner.accessTokenExpiresAt) - Date.now()).toBeLessThanOrEqual(15 * 60 * 1000);

    const { me } = await client.data<{
      me: { role: string; user: { email: string }; coalition: { slug: string } };
    }>(ME, {}, { token: owner.accessToken });
    expect(me).toMatchObject({
      role: 'OWNER',
      user: { email: owner.email },
      coalition: { slug: owner.coalition.slug },
    });

    const { login } = await client.data<{ login: AuthPayload }>(LOGIN, {
      input: { email: owner.email.toUpperCase(), password: PASSWORD, coalitionSlug: owner.coalition.slug },
    });
    expect(login.user.id).toBe(owner.user.id);

    const { refreshSession } = await client.data<{ refreshSession: AuthPayload }>(REFRESH, {
      input: { refreshToken: login.refreshToken },
    });
    expect(refreshSession.refreshToken).not.toBe(login.refreshToken);
    const replayed = await client.request(REFRESH, { input: { refreshToken: login.refreshToken } });
    expect(errorCode(replayed)).toBe('UNAUTHENTICATED');
    // The replay revoked the whole session: its access tokens stop too, and both holders sign in again.
    await eventually(
      async () =>
        expect(errorCode(await client.request(ME, {}, { token: refreshSession.accessToken }))).toBe(
          'UNAUTHENTICATED',
        ),
      1000,
      25,
    );
    expect(
      errorCode(await client.request(REFRESH, { input: { refreshToken: refreshSession.refreshToken } })),
    ).toBe('UNAUTHENTICATED');

    const { logout } = await client.data<{ logout: boolean }>(
      'mutation { logout }',
      {},
      { token: owner.accessToken },
    );
    expect(logout).toBe(true);
    expect(errorCode(await client.request(REFRESH, { input: { refreshToken: owner.refreshToken } }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(errorCode(await client.request(ME, {}, { token: owner.accessToken }))).toBe('UNAUTHENTICATED');
  });

  it('returns the caller’s correlation id, or a new one', async () => {
    const given = await client.request(ME, {}, { headers: { 'x-correlation-id': 'e2e-correlation-1' } });
    expect(given.headers.get('x-correlation-id')).toBe('e2e-correlation-1');
    const fresh = await client.request(ME);
    expect(fresh.headers.get('x-correlation-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses missing, expired, forged, unsigned and tampered access tokens', async () => {
    const owner = await signUpCoalition(client);
    // The same claims, correctly signed, are accepted: the refusals below are about the tokens alone.
    await client.data(ME, {}, { token: await accessToken(owner) });

    const valid = await accessToken(owner);
    const [header, payload, signature] = valid.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as Record<string, unknown>;
    const tampered = `${header}.${Buffer.from(JSON.stringify({ ...claims, tid: randomUUID() })).toString('base64url')}.${signature}`;
    const unsigned = new UnsecuredJWT({ tid: owner.coalition.id, role: 'OWNER', sid: randomUUID() })
      .setSubject(owner.user.id)
      .setIssuer(ACCESS_TOKEN_ISSUER)
      .setAudience(ACCESS_TOKEN_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime('10m')
      .encode();
    const refused = {
      missing: undefined,
      expired: await accessToken(owner, { expiresAt: Math.floor(Date.now() / 1000) - 60 }),
      'wrong secret': await accessToken(owner, { secret: 'not-the-gateway-secret-0123456789abcdef' }),
      'alg none': unsigned,
      tampered,
      garbage: 'not.a.jwt',
    };
    for (const [name, token] of Object.entries(refused)) {
      const response = await client.request(ME, {}, token ? { token } : {});
      expect({ name, code: errorCode(response), data: response.data }).toEqual({
        name,
        code: 'UNAUTHENTICATED',
        data: null,
      });
    }
  });

  it('refuses a revoked API token', async () => {
    const owner = await signUpCoalition(client);
    const apiToken = await createApiToken(client, owner.accessToken, ['READ']);
    await client.data(PEOPLE_COUNT, {}, { token: apiToken.token });
    await client.data(
      'mutation ($input: RevokeApiTokenInput!) { revokeApiToken(input: $input) { revokedAt } }',
      { input: { id: apiToken.id } },
      { token: owner.accessToken },
    );
    expect(errorCode(await client.request(PEOPLE_COUNT, {}, { token: apiToken.token }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(errorCode(await client.request(PEOPLE_COUNT, {}, { token: 'gwk_made_up_token' }))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('lets a VIEWER read but not write', async () => {
    const owner = await signUpCoalition(client);
    const person = await createPerson(client, owner.accessToken, { firstName: 'Grace', lastName: 'Lee' });
    const viewer = await addMember(client, sql, owner, 'VIEWER');
    expect(viewer.role).toBe('VIEWER');

    const token = viewer.accessToken;
    expect(
      (await client.data<{ people: { totalCount: number } }>(PEOPLE_COUNT, {}, { token })).people.totalCount,
    ).toBe(1);
    const writes = [
      client.request(CREATE_PERSON, { input: { firstName: 'Not', lastName: 'Allowed' } }, { token }),
      client.request(
        'mutation ($input: UpdatePersonInput!) { updatePerson(input: $input) { id } }',
        { input: { id: person.id, firstName: 'Changed' } },
        { token },
      ),
      client.request(
        'mutation ($input: ArchivePersonInput!) { archivePerson(input: $input) { id } }',
        { input: { id: person.id } },
        { token },
      ),
      client.request(
        'mutation ($input: InviteUserInput!) { inviteUser(input: $input) { id } }',
        { input: { email: 'x@example.org', role: 'ADMIN' } },
        { token },
      ),
    ];
    for (const response of await Promise.all(writes)) expect(errorCode(response)).toBe('FORBIDDEN');
    const { person: unchanged } = await client.data<{
      person: { firstName: string; archivedAt: string | null };
    }>(
      'query ($id: ID!) { person(id: $id) { firstName archivedAt } }',
      { id: person.id },
      { token: owner.accessToken },
    );
    expect(unchanged).toEqual({ firstName: 'Grace', archivedAt: null });
    expect(
      (await client.data<{ people: { totalCount: number } }>(PEOPLE_COUNT, {}, { token: owner.accessToken }))
        .people.totalCount,
    ).toBe(1);
  });

  it('lets an ORGANIZER write people but not manage users or tokens', async () => {
    const owner = await signUpCoalition(client);
    const organizer = await addMember(client, sql, owner, 'ORGANIZER');
    await createPerson(client, organizer.accessToken, { firstName: 'Organized', lastName: 'Person' });
    const token = organizer.accessToken;
    expect(errorCode(await client.request('{ users { totalCount } }', {}, { token }))).toBe('FORBIDDEN');
    expect(
      errorCode(
        await client.request(
          'mutation { createApiToken(input: { name: "x", scopes: [READ] }) { token } }',
          {},
          { token },
        ),
      ),
    ).toBe('FORBIDDEN');
  });

  it('keeps READ tokens to reading, and WRITE tokens away from users and tokens', async () => {
    const owner = await signUpCoalition(client);
    const read = await createApiToken(client, owner.accessToken, ['READ']);
    const write = await createApiToken(client, owner.accessToken, ['READ', 'WRITE']);

    const readOnly = await client.request(
      CREATE_PERSON,
      { input: { firstName: 'Read', lastName: 'Only' } },
      { token: read.token },
    );
    // The token's scope refused it, not a role: the answer says so.
    expect(readOnly.errors?.[0]?.extensions).toEqual({ code: 'FORBIDDEN', reason: 'TOKEN_SCOPE' });
    expect(readOnly.errors?.[0]?.message).toContain('this API token may only read');
    expect(errorCode(await client.request('mutation { logout }', {}, { token: read.token }))).toBe(
      'FORBIDDEN',
    );
    const { me } = await client.data<{ me: { role: string; user: null } }>(ME, {}, { token: read.token });
    expect(me).toMatchObject({ role: 'VIEWER', user: null });

    await client.data(
      CREATE_PERSON,
      { input: { firstName: 'Written', lastName: 'By Token' } },
      { token: write.token },
    );
    for (const operation of [
      '{ users { totalCount } }',
      '{ apiTokens { totalCount } }',
      '{ invitations { totalCount } }',
      'mutation { createApiToken(input: { name: "more", scopes: [WRITE] }) { token } }',
      `mutation { revokeApiToken(input: { id: "${read.id}" }) { id } }`,
      'mutation { inviteUser(input: { email: "someone@example.org", role: ADMIN }) { id } }',
      `mutation { updateUserRole(input: { userId: "${owner.user.id}", role: VIEWER }) { id } }`,
      `mutation { removeUser(input: { userId: "${owner.user.id}" }) }`,
    ]) {
      const refused = await client.request(operation, {}, { token: write.token });
      expect({ operation, ...refused.errors?.[0]?.extensions }).toEqual({ operation, code: 'FORBIDDEN' });
    }
    expect(
      (await client.data<{ people: { totalCount: number } }>(PEOPLE_COUNT, {}, { token: owner.accessToken }))
        .people.totalCount,
    ).toBe(1);
  });

  it('slows failed logins from one address at one account', async () => {
    const owner = await signUpCoalition(client);
    const attempt = (password: string) =>
      client.request(LOGIN, { input: { email: owner.email, password, coalitionSlug: owner.coalition.slug } });
    // The free attempts, then one more that starts the first wait.
    for (let i = 0; i <= FREE_ATTEMPTS_PER_PAIR; i += 1) {
      expect(errorCode(await attempt('wrong password!'))).toBe('UNAUTHENTICATED');
    }
    const limited = await attempt(PASSWORD);
    expect(errorCode(limited)).toBe('RATE_LIMITED');
    expect(limited.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);

    // Another account from the same address is not locked out.
    const other = await signUpCoalition(client);
    await client.data(LOGIN, {
      input: { email: other.email, password: PASSWORD, coalitionSlug: other.coalition.slug },
    });
  });
  it('answers sign-up with a known email the same whatever the password, slows it, and founds coalitions for signed-in users', async () => {
    const owner = await signUpCoalition(client);
    const signUp = (password: string) =>
      client.request(`mutation ($input: SignUpInput!) { signUp(input: $input) { ${AUTH_FIELDS} } }`, {
        input: { coalitionName: 'Probe', name: 'Mallory Probe', email: owner.email, password },
      });
    const right = await signUp(PASSWORD);
    const wrong = await signUp('a wrong but long enough guess');
    expect(errorCode(right)).toBe('CONFLICT');
    expect(right.errors?.[0]?.extensions?.field).toBe('email');
    expect(wrong.errors).toEqual(right.errors);
    expect(right.data ?? null).toBeNull();
    for (let i = 2; i <= FREE_ATTEMPTS_PER_PAIR; i += 1) await signUp(`guess number ${i} for this account`);
    expect(errorCode(await signUp(PASSWORD))).toBe('RATE_LIMITED');

    const weak = await client.request(
      `mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken } }`,
      {
        input: {
          coalitionName: 'Weak',
          name: 'Wes Weak',
          email: `weak-${randomUUID()}@example.org`,
          password: 'password1234',
        },
      },
    );
    expect({ code: errorCode(weak), field: weak.errors?.[0]?.extensions?.field }).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'password',
    });

    const { createCoalition } = await client.data<{ createCoalition: AuthPayload }>(
      `mutation { createCoalition(input: { coalitionName: "Second Home" }) { ${AUTH_FIELDS} } }`,
      {},
      { token: owner.accessToken },
    );
    expect(createCoalition).toMatchObject({
      role: 'OWNER',
      user: { id: owner.user.id },
      coalition: { name: 'Second Home' },
    });
    const { me } = await client.data<{ me: { coalition: { id: string } } }>(
      ME,
      {},
      { token: createCoalition.accessToken },
    );
    expect(me.coalition.id).toBe(createCoalition.coalition.id);
    const apiToken = await createApiToken(client, owner.accessToken, ['READ', 'WRITE']);
    expect(
      errorCode(
        await client.request(
          'mutation { createCoalition(input: { coalitionName: "By Token" }) { accessToken } }',
          {},
          { token: apiToken.token },
        ),
      ),
    ).toBe('FORBIDDEN');
  });
});
