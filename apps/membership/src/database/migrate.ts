import { MEMBERSHIP } from '@groundwork/contracts';
import { loadConfig, runMigrations } from '@groundwork/service-kit';
import { z } from 'zod';
import { membershipMigrations } from './migrations';

/** `npm run db:migrate`: applies membership's migrations as the owner role. */
export function migrateMembership(ownerUrl: string, log?: (line: string) => void): Promise<string[]> {
  return runMigrations({ ownerUrl, schema: MEMBERSHIP, migrations: membershipMigrations, log });
}

if (require.main === module) {
  const env = loadConfig(z.object({ OWNER_DATABASE_URL: z.string().url('must be a postgres:// URL') }));
  migrateMembership(env.OWNER_DATABASE_URL).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
