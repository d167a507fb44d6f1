import type { INestApplication, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { currentRequestContext } from '../context/tenant-context';
import { JsonLogger } from '../logging/json-logger';

export interface BootstrapOptions {
  service: string;
  httpPort: number;
  logLevel: string;
}

/** Starts a service: JSON logs, graceful shutdown on SIGINT/SIGTERM, HTTP for health. */
export async function bootstrapService(module: Type, options: BootstrapOptions): Promise<INestApplication> {
  const logger = new JsonLogger(options.service, options.logLevel, currentRequestContext);
  const app = await NestFactory.create(module, { logger, bufferLogs: true });
  app.enableShutdownHooks();
  await app.listen(options.httpPort);
  logger.log(`${options.service} ready; health on :${options.httpPort}/health`, 'Bootstrap');
  return app;
}
