import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ConfigError, JsonLogger } from '@groundwork/service-kit/client';
import { AppModule, GATEWAY } from './app.module';
import { loadGatewayConfig } from './config';
import { adminClient } from './http/admin-client';
import { securityHeaders } from './http/security-headers';

async function main(): Promise<void> {
  const config = loadGatewayConfig();
  const logger = new JsonLogger(GATEWAY, config.LOG_LEVEL);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    logger,
    bufferLogs: true,
  });
  // GraphQL bodies up to 1 MB: bulk operations take up to 10,000 ids (about 370 kB); express's default
  // is 100 kB. Query size itself stays bounded by the token, depth and cost limits.
  app.useBodyParser('json', { limit: '1mb' });
  // Whom to believe about the client's address and protocol (rate limits, HSTS); see config.ts.
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  app.use(...securityHeaders({ graphiql: config.introspection }));
  app.use(adminClient(config.ADMIN_DIST, logger));
  app.enableShutdownHooks();
  await app.listen(config.HTTP_PORT);
  logger.log(
    `gateway ready: GraphQL on :${config.HTTP_PORT}/graphql, admin client on :${config.HTTP_PORT}/`,
    'Bootstrap',
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
