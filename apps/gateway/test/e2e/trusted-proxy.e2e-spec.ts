import { startPlatform, type Platform } from '@groundwork/testing';
import { FREE_ATTEMPTS_PER_PAIR } from '../../src/auth/login-rate-limiter';
import { AUTH_FIELDS, PASSWORD, signUpCoalition } from './support/coalitions';
import { errorCode, GatewayClient } from './support/gateway-client';

const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { ${AUTH_FIELDS} } }`;

/** The platform behind a proxy on this machine (`TRUST_PROXY=loopback`), like behind the Kubernetes ingress. */
let proxied: Platform;

beforeAll(async () => {
  proxied = await startPlatform({ env: { TRUST_PROXY: 'loopback' } });
});

afterAll(async () => {
  await proxied?.stop();
});

describe('behind a trusted proxy', () => {
  it('sends HSTS when the proxy says the request came over TLS', async () => {
    expect(
      (await fetch(`${proxied.url}/health`, { headers: { 'x-forwarded-proto': 'https' } })).headers.get(
        'strict-transport-security',
      ),
    ).toMatch(/max-age=31536000/);
    expect((await fetch(`${proxied.url}/health`)).headers.get('strict-transport-security')).toBeNull();
  });
});

describe('login throttling sees the client behind a trusted proxy', () => {
  it('slows the guessing address while the owner signs in from theirs', async () => {
    const client = new GatewayClient(proxied.url);
    const owner = await signUpCoalition(client);
    const input = (password: string) => ({
      input: { email: owner.email, password, coalitionSlug: owner.coalition.slug },
    });
    const attacker = { headers: { 'x-forwarded-for': '203.0.113.66' } };
    for (let i = 0; i <= FREE_ATTEMPTS_PER_PAIR; i += 1) {
      expect(errorCode(await client.request(LOGIN, input('wrong password!'), attacker))).toBe(
        'UNAUTHENTICATED',
      );
    }
    const slowed = await client.request(LOGIN, input(PASSWORD), attacker);
    expect(errorCode(slowed)).toBe('RATE_LIMITED');
    expect(slowed.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);

    await client.data(LOGIN, input(PASSWORD), { headers: { 'x-forwarded-for': '198.51.100.20' } });
  });
});
