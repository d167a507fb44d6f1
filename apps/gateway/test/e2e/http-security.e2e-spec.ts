import { startPlatform, TEST_METRICS_TOKEN, type Platform } from '@groundwork/testing';
import { FREE_ATTEMPTS_PER_PAIR } from '../../src/auth/login-rate-limiter';
import { AUTH_FIELDS, signUpCoalition } from './support/coalitions';
import { errorCode, GatewayClient } from './support/gateway-client';

const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { ${AUTH_FIELDS} } }`;

/** The platform as it runs directly on the internet: no proxy is trusted. */
let direct: Platform;

beforeAll(async () => {
  direct = await startPlatform();
});

afterAll(async () => {
  await direct?.stop();
});

describe('security headers', () => {
  it('sends CSP, frame, sniffing and referrer headers, and no X-Powered-By', async () => {
    for (const response of [
      await fetch(`${direct.url}/health`),
      await new GatewayClient(direct.url).post({ query: '{ __typename }' }),
      await fetch(`${direct.url}/people`, { headers: { accept: 'text/html' } }),
    ]) {
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(response.headers.get('x-powered-by')).toBeNull();
      expect(response.headers.get('strict-transport-security')).toBeNull();
    }
  });

  it('serves the admin client in a form the policy lets run: same-origin scripts, none inline', async () => {
    const page = await fetch(`${direct.url}/`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200); // `npm test` builds apps/admin before these tests
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await page.text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\ssrc="\/[^/]/);
      expect(body!.trim()).toBe('');
      const src = /src="([^"]+)"/.exec(attributes!)![1]!;
      const script = await fetch(`${direct.url}${src}`);
      expect(script.status).toBe(200);
      // No eval: the policy has no 'unsafe-eval'.
      expect(await script.text()).not.toMatch(/\bnew Function\(|[^\w.]eval\(/);
    }
  });

  it('sends no HSTS when a client merely claims TLS and no proxy is trusted', async () => {
    const response = await fetch(`${direct.url}/health`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });
});

describe('/metrics', () => {
  it('answers only with the metrics token', async () => {
    expect((await fetch(`${direct.url}/metrics`)).status).toBe(401);
    const wrong = await fetch(`${direct.url}/metrics`, {
      headers: { authorization: `Bearer ${TEST_METRICS_TOKEN}x` },
    });
    expect(wrong.status).toBe(401);
    const right = await fetch(`${direct.url}/metrics`, {
      headers: { authorization: `Bearer ${TEST_METRICS_TOKEN}` },
    });
    expect(right.status).toBe(200);
    expect(await right.text()).toMatch(/^groundwork_gateway_graphql_requests_total \d+$/m);
  });
});

describe('login throttling without a trusted proxy', () => {
  it('ignores X-Forwarded-For from clients when no proxy is trusted', async () => {
    const client = new GatewayClient(direct.url);
    const owner = await signUpCoalition(client);
    const input = (password: string) => ({
      input: { email: owner.email, password, coalitionSlug: owner.coalition.slug },
    });
    for (let i = 0; i <= FREE_ATTEMPTS_PER_PAIR; i += 1) {
      await client.request(LOGIN, input('wrong password!'), {
        headers: { 'x-forwarded-for': `203.0.113.${i}` },
      });
    }
    expect(
      errorCode(
        await client.request(LOGIN, input('wrong password!'), {
          headers: { 'x-forwarded-for': '203.0.113.200' },
        }),
      ),
    ).toBe('RATE_LIMITED');
  });
});
