import { Module } from '@nestjs/common';
import { EVALUATION, evaluationRpc } from '@groundwork/contracts';
import { ServiceKitModule } from '@groundwork/service-kit';
import { MembershipProjectionModule } from './membership-projection/membership-projection.module';

@Module({
  imports: [
    ServiceKitModule.forService({
      service: EVALUATION,
      schema: 'evaluation',
      entities: [],
      serves: evaluationRpc,
      consumes: true,
    }),
    MembershipProjectionModule,
  ],
})
export class AppModule {}
