import { loadConfig, runMigrations } from '@groundwork/service-kit';
import { migrations } from './migrations';
import { ownerDatabaseEnvSchema } from './owner-database-env';

const env = loadConfig(ownerDatabaseEnvSchema);

runMigrations({ ownerUrl: env.OWNER_DATABASE_URL, schema: 'evaluation', migrations }).catch(
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
