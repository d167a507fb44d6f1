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
  })
  .transform((env) => ({
    ...env,
    introspection: env.GRAPHQL_INTROSPECTION
      ? env.GRAPHQL_INTROSPECTION === 'true'
      : env.NODE_ENV !== 'production',
    production: env.NODE_ENV === 'production',
  }));

export type GatewayConfig = z.output<typeof gatewayEnvSchema>;

/** Injection token of the validated configuration. */
export const GATEWAY_CONFIG = Symbol('GATEWAY_CONFIG');

export function loadGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  return loadConfig(gatewayEnvSchema, serviceScopedEnv('gateway', env));
}
