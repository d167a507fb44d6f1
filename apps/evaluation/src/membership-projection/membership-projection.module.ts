import { Module } from '@nestjs/common';
import { GetMembershipTrendUseCase } from './get-membership-trend.use-case';
import { GetOverviewUseCase } from './get-overview.use-case';
import { MembershipProjectionConsumer } from './membership-projection.consumer';
import { MembershipProjectionRepository } from './membership-projection.repository';
import { MembershipProjectionRpcController } from './membership-projection.rpc-controller';
import { RecordPersonArchivedUseCase } from './record-person-archived.use-case';
import { RecordPersonJoinedUseCase } from './record-person-joined.use-case';

@Module({
  providers: [
    MembershipProjectionRepository,
    RecordPersonJoinedUseCase,
    RecordPersonArchivedUseCase,
    MembershipProjectionConsumer,
    GetOverviewUseCase,
    GetMembershipTrendUseCase,
    MembershipProjectionRpcController,
  ],
})
export class MembershipProjectionModule {}
