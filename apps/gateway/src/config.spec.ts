import { ConfigError } from '@groundwork/service-kit/client';
import { loadGatewayConfig } from './config';

const SECRET = 'a-secret-of-at-least-thirty-two-characters';

describe('gateway configuration', () => {
  it('defaults the port and turns introspection on outside production only', () => {
    expect(loadGatewayConfig({ JWT_SECRET: SECRET })).toMatchObject({
      HTTP_PORT: 4000,
      introspection: true,
      production: false,
    });
    expect(loadGatewayConfig({ JWT_SECRET: SECRET, NODE_ENV: 'production' })).toMatchObject({
      introspection: false,
      production: true,
    });
    expect(
      loadGatewayConfig({ JWT_SECRET: SECRET, NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' })
        .introspection,
    ).toBe(true);
    expect(loadGatewayConfig({ JWT_SECRET: SECRET, GRAPHQL_INTROSPECTION: 'false' }).introspection).toBe(
      false,
    );
  });

  it('refuses to start without a strong JWT secret', () => {
    expect(() => loadGatewayConfig({})).toThrow(ConfigError);
    expect(() => loadGatewayConfig({ JWT_SECRET: 'short' })).toThrow(
      /JWT_SECRET: must be at least 32 characters/,
    );
  });

  it('reads the trusted proxies as none, a hop count or a list, and never trusts everyone', () => {
    expect(loadGatewayConfig({ JWT_SECRET: SECRET }).trustProxy).toBe(false);
    expect(loadGatewayConfig({ JWT_SECRET: SECRET, TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadGatewayConfig({ JWT_SECRET: SECRET, TRUST_PROXY: '10.0.0.0/8, loopback' }).trustProxy).toEqual(
      ['10.0.0.0/8', 'loopback'],
    );
    expect(() => loadGatewayConfig({ JWT_SECRET: SECRET, TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY/);
  });

  it('refuses a short metrics token', () => {
    expect(() => loadGatewayConfig({ JWT_SECRET: SECRET, METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
    expect(loadGatewayConfig({ JWT_SECRET: SECRET, METRICS_TOKEN: '' }).METRICS_TOKEN).toBeUndefined();
  });
});
