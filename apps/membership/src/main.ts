import 'reflect-metadata';
import { bootstrapService, loadConfig } from '@groundwork/service-kit';
import { MEMBERSHIP } from '@groundwork/contracts';
import { AppModule } from './app.module';
import { membershipEnvSchema } from './config';

async function main(): Promise<void> {
  const config = loadConfig(membershipEnvSchema);
  await bootstrapService(AppModule, {
    service: MEMBERSHIP,
    httpPort: config.HTTP_PORT,
    logLevel: config.LOG_LEVEL,
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
