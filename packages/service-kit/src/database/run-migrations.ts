import { DataSource, type MigrationInterface } from 'typeorm';

export interface MigrationOptions {
  ownerUrl: string;
  schema: string;
  migrations: Array<new () => MigrationInterface>;
  log?: (line: string) => void;
}

/**
 * Runs a service's migrations as the owner role, under an advisory lock so two starting instances
 * never migrate at once. The migrations table lives in the service's own schema.
 */
export async function runMigrations(options: MigrationOptions): Promise<string[]> {
  const log = options.log ?? ((line: string) => console.log(line));
  const dataSource = new DataSource({
    type: 'postgres',
    url: options.ownerUrl,
    migrations: options.migrations,
    schema: options.schema,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    applicationName: `${options.schema}-migrate`,
  });
  await dataSource.initialize();
  const lockKey = `groundwork:migrate:${options.schema}`;
  try {
    await dataSource.query(`select pg_advisory_lock(hashtext($1))`, [lockKey]);
    await dataSource.query(`CREATE SCHEMA IF NOT EXISTS ${options.schema}`);
    const applied = await dataSource.runMigrations();
    for (const migration of applied) log(`${options.schema}: applied ${migration.name}`);
    if (applied.length === 0) log(`${options.schema}: up to date`);
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.query(`select pg_advisory_unlock(hashtext($1))`, [lockKey]).catch(() => undefined);
    await dataSource.destroy();
  }
}
