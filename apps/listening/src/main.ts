import { LISTENING } from '@groundwork/contracts';
import { bootstrapService, loadConfig, serviceEnvSchema } from '@groundwork/service-kit';
import { AppModule } from './app.module';

const env = loadConfig(serviceEnvSchema);

bootstrapService(AppModule, { service: LISTENING, httpPort: env.HTTP_PORT, logLevel: env.LOG_LEVEL }).catch(
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
