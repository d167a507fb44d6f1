import { resolve } from 'node:path';
import { loadConfig, serviceEnvSchema, serviceScopedEnv } from '@groundwork/service-kit/client';
import { z } from 'zod';

const gatewayEnvSchema = serviceEnvSchema
  .extend({
    HTTP_PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    /** HS256 key for access JWTs; 32 characters at least, so it cannot be brute-forced offline. */
    JWT_SECRET: z.string().min(32, 'must be at least 32 characters'),
    /** The built admin client, served at `/`. */
    ADMIN_DIST: z
      .string()
      .min(1)
      .default(resolve(__dirname, '..', '..', 'admin', 'dist')),
    /** `true` or `false`; on by default outside production. */
    GRAPHQL_INTROSPECTION: z.enum(['true', 'false']).optional(),
    /**
     * Which proxies in front of the gateway to believe about the client's address and protocol
     * (`X-Forwarded-For`, `X-Forwarded-Proto`): empty for none (clients connect directly), a hop
     * count (`1` behind one ingress), or a comma-separated list of addresses and CIDR ranges
     * (`10.0.0.0/8,loopback`). `true` would believe anyone and is refused.
     */
    TRUST_PROXY: z
      .string()
      .trim()
      .default('')
      .refine((value) => value !== 'true', 'must be a hop count or a list of addresses, not true'),
    /**
     * The bearer token `/metrics` asks for (`Authorization: Bearer <token>`); without one `/metrics`
     * answers 404. At least 32 characters.
     */
    METRICS_TOKEN: z
      .string()
      .refine((value) => value === '' || value.length >= 32, 'must be at least 32 characters')
      .optional()
      .transform((value) => value || undefined),
  })
  .transform((env) => ({
    ...env,
    introspection: env.GRAPHQL_INTROSPECTION
      ? env.GRAPHQL_INTROSPECTION === 'true'
      : env.NODE_ENV !== 'production',
    production: env.NODE_ENV === 'production',
    trustProxy: trustProxySetting(env.TRUST_PROXY),
  }));

/** Express's `trust proxy` value: false, a hop count, or the list of trusted addresses. */
function trustProxySetting(value: string): false | number | string[] {
  if (!value || value === 'false') return false;
  if (/^\d+$/.test(value)) return Number(value);
  return value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
}

export type GatewayConfig = z.output<typeof gatewayEnvSchema>;

/** Injection token of the validated configuration. */
export const GATEWAY_CONFIG = Symbol('GATEWAY_CONFIG');

export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  return loadConfig(gatewayEnvSchema, serviceScopedEnv('gateway', env));
}
