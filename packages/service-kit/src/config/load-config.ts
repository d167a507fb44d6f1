import { z } from 'zod';

/** Environment shared by every service. Read here and nowhere else. */
export const serviceEnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NATS_URL: z.string().min(1).default('nats://127.0.0.1:4222'),
  /** Optional prefix for subjects and stream names, so test runs can share one NATS server. */
  NATS_NAMESPACE: z
    .string()
    .regex(/^[a-zA-Z0-9_-]*$/, 'may contain letters, digits, _ and -')
    .default(''),
  RPC_TIMEOUT_MS: z.coerce.number().int().positive().default(5000),
  HTTP_PORT: z.coerce.number().int().min(0).max(65535),
});
export type ServiceEnv = z.infer<typeof serviceEnvSchema>;

export const databaseEnvSchema = z.object({
  APP_DATABASE_URL: z.string().url('must be a postgres:// URL'),
  DATABASE_POOL_SIZE: z.coerce.number().int().positive().default(10),
});
export type DatabaseEnv = z.infer<typeof databaseEnvSchema>;

/** The migration owner's connection, for the commands that change the schema or empty projections. */
export const ownerDatabaseEnvSchema = z.object({
  OWNER_DATABASE_URL: z.string().url('must be a postgres:// URL'),
});

export class ConfigError extends Error {}

/** Validates the environment against `schema` and fails start-up with every problem listed. */
export function loadConfig<T extends z.ZodType>(
  schema: T,
  env: NodeJS.ProcessEnv = process.env,
): z.output<T> {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
      .join('\n');
    throw new ConfigError(`Invalid configuration:\n${problems}`);
  }
  return parsed.data;
}
