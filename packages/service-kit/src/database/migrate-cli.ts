import type { MigrationInterface } from 'typeorm';
import { loadConfig, ownerDatabaseEnvSchema } from '../config/load-config';
import { registeredService } from '../registry/service-registry';
import { runMigrations } from './run-migrations';

export interface ServiceMigrations {
  /** The service's name in services.json, which names its schema. */
  service: string;
  /** Every migration of the service, oldest first. */
  migrations: Array<new () => MigrationInterface>;
}

/** The schema services.json gives a service; throws for a service without a database. */
export function migrationSchema(service: string): string {
  const { schema } = registeredService(service);
  if (!schema) throw new Error(`services.json gives ${service} no schema, so it has no migrations`);
  return schema;
}

/** Applies a service's migrations as the owner role (under the advisory lock of `runMigrations`). */
export function migrateService(
  target: ServiceMigrations,
  ownerUrl: string,
  log?: (line: string) => void,
): Promise<string[]> {
  return runMigrations({
    ownerUrl,
    schema: migrationSchema(target.service),
    migrations: target.migrations,
    log,
  });
}

/**
 * The whole of a service's `src/database/migrate.ts` (its `migrate` entry in services.json):
 *
 * ```ts
 * migrateCli(module, { service: 'evaluation', migrations });
 * ```
 *
 * Run as a program (`node dist/database/migrate.js`, `npm run db:migrate`), it reads OWNER_DATABASE_URL
 * and migrates, exiting non-zero on failure; imported, it does nothing.
 */
export function migrateCli(entry: NodeJS.Module, target: ServiceMigrations): void {
  if (require.main !== entry) return;
  const env = loadConfig(ownerDatabaseEnvSchema);
  migrateService(target, env.OWNER_DATABASE_URL).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
