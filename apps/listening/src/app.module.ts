import { Module } from '@nestjs/common';
import { LISTENING, LISTENING_STREAM, listeningRpc } from '@groundwork/contracts';
import { ServiceKitModule } from '@groundwork/service-kit';
import { PrioritizationModule } from './prioritization.module';

@Module({
  imports: [
    ServiceKitModule.forService({
      service: LISTENING,
      schema: LISTENING,
      entities: [],
      serves: listeningRpc,
      publishes: LISTENING_STREAM,
      idempotentWrites: true,
    }),
    PrioritizationModule,
  ],
})
export class AppModule {}
