import { NestFactory } from '@nestjs/core';
import { ConfigError, JsonLogger } from '@groundwork/service-kit';
import { AppModule, GATEWAY } from './app.module';
import { loadGatewayConfig } from './config';
import { adminClient } from './http/admin-client';

async function main(): Promise<void> {
  const config = loadGatewayConfig();
  const logger = new JsonLogger(GATEWAY, config.LOG_LEVEL);
  const app = await NestFactory.create(AppModule.forRoot(config), { logger, bufferLogs: true });
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
