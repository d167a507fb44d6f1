import { Client } from 'pg';

const KEY = 'evaluation-tests:projection-tables';

/**
 * The rebuild test TRUNCATEs the projection tables of the shared test database, which would wipe rows
 * another run's tests are asserting on. Every test file holds this session lock shared and the rebuild
 * takes it exclusively, so concurrent runs of this suite (two people, or a person and CI) wait for
 * each other instead of failing.
 */
export class ProjectionLock {
  private constructor(private readonly client: Client) {}

  static async acquireShared(): Promise<ProjectionLock> {
    const client = new Client({
      connectionString: process.env.OWNER_DATABASE_URL,
      application_name: 'evaluation-test-lock',
    });
    await client.connect();
    await client.query('SELECT pg_advisory_lock_shared(hashtext($1))', [KEY]);
    return new ProjectionLock(client);
  }

  /** Runs `fn` once no other test file holds the lock. */
  async exclusively<T>(fn: () => Promise<T>): Promise<T> {
    await this.client.query('SELECT pg_advisory_lock(hashtext($1))', [KEY]);
    try {
      return await fn();
    } finally {
      await this.client.query('SELECT pg_advisory_unlock(hashtext($1))', [KEY]);
    }
  }

  release(): Promise<void> {
    return this.client.end();
  }
}
