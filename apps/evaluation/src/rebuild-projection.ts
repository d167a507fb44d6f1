import {
  JsonLogger,
  loadConfig,
  ownerDatabaseEnvSchema,
  serviceEnvSchema,
  serviceScopedEnv,
} from '@groundwork/service-kit';
import { rebuildMembershipProjection } from './membership-projection/rebuild-membership-projection';

// Operator command (`npm run projection:rebuild -w @groundwork/evaluation`), run with the service's
// environment plus OWNER_DATABASE_URL. See rebuildMembershipProjection for why it is safe to run
// while the service is up.
const env = loadConfig(serviceEnvSchema.extend(ownerDatabaseEnvSchema.shape), serviceScopedEnv('evaluation'));
const logger = new JsonLogger('evaluation', env.LOG_LEVEL);

rebuildMembershipProjection({
  ownerDatabaseUrl: env.OWNER_DATABASE_URL,
  natsUrl: env.NATS_URL,
  namespace: env.NATS_NAMESPACE,
  logger,
}).then(
  () => process.exit(0),
  (error: unknown) => {
    logger.error({ msg: 'projection rebuild failed', err: error });
    process.exit(1);
  },
);
