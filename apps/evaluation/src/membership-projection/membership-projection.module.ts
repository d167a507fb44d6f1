import { Module } from '@nestjs/common';
import { GetMembershipTrendUseCase } from './get-membership-trend.use-case';
import { GetOverviewUseCase } from './get-overview.use-case';
import { ImportJoinsRepository } from './import-joins.repository';
import { MembershipProjectionConsumer } from './membership-projection.consumer';
import { MembershipProjectionRepository } from './membership-projection.repository';
import { MembershipProjectionRpcController } from './membership-projection.rpc-controller';
import { RecordImportUndoneUseCase } from './record-import-undone.use-case';
import { RecordPeopleImportedUseCase } from './record-people-imported.use-case';
import { RecordPersonArchivedUseCase } from './record-person-archived.use-case';
import { RecordPersonErasedUseCase } from './record-person-erased.use-case';
import { RecordPersonJoinedUseCase } from './record-person-joined.use-case';
import { RecordPersonMergedUseCase } from './record-person-merged.use-case';

@Module({
  providers: [
    MembershipProjectionRepository,
    RecordPersonJoinedUseCase,
    RecordPersonArchivedUseCase,
    RecordPersonMergedUseCase,
    RecordPersonErasedUseCase,
    ImportJoinsRepository,
    RecordPeopleImportedUseCase,
    RecordImportUndoneUseCase,
    MembershipProjectionConsumer,
    GetOverviewUseCase,
    GetMembershipTrendUseCase,
    MembershipProjectionRpcController,
  ],
})
export class MembershipProjectionModule {}
