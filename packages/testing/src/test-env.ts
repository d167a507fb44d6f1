import { randomBytes } from 'node:crypto';
import { serviceAccessList, serviceEnvName, withCredentials } from './service-access';

/**
 * Environment for integration and e2e tests, set before any service module is imported. Each test
 * file gets its own NATS namespace, so its requests and streams never meet another run's.
 * Refuses a database whose name does not say "test".
 */
export function prepareTestEnv(env: NodeJS.ProcessEnv = process.env): void {
  const dbUrl =
    env.APP_DATABASE_URL ?? 'postgres://groundwork_app:groundwork_app@127.0.0.1:5432/groundwork_test';
  const ownerUrl =
    env.OWNER_DATABASE_URL ?? 'postgres://groundwork_owner:groundwork_owner@127.0.0.1:5432/groundwork_test';
  for (const url of [dbUrl, ownerUrl]) assertTestDatabase(url);
  env.APP_DATABASE_URL = dbUrl;
  env.OWNER_DATABASE_URL = ownerUrl;
  // Each service's own role (scripts export them; the default passwords are the role names).
  for (const { name, dbRole } of serviceAccessList()) {
    if (!dbRole) continue;
    const variable = serviceEnvName(name, 'DATABASE_URL');
    env[variable] ??= withCredentials(ownerUrl, dbRole, dbRole);
    assertTestDatabase(env[variable]);
  }
  env.NATS_URL ??= 'nats://127.0.0.1:4222';
  env.NATS_NAMESPACE = `t${randomBytes(5).toString('hex')}`;
  env.NODE_ENV = 'test';
  env.LOG_LEVEL ??= 'warn';
  env.HTTP_PORT ??= '0';
  env.DATABASE_POOL_SIZE ??= '4';
}

export function assertTestDatabase(url: string): void {
  const name = new URL(url).pathname.replace(/^\//, '');
  if (!/test/i.test(name)) {
    throw new Error(`Refusing to run tests against database "${name}": its name must say "test"`);
  }
}
