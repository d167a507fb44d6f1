import { Module } from '@nestjs/common';
import { DemographicsRpcController } from './demographics.rpc-controller';
import { GetDemographicsUseCase } from './get-demographics.use-case';
import { PersonDemographicsRepository } from './person-demographics.repository';
import { RepresentationReportUseCase } from './representation-report.use-case';
import { SetDemographicsUseCase } from './set-demographics.use-case';
import { ActingMemberModule } from '../users/acting-member.module';

/** Self-described demographics of people, for representation reports; ADMIN and OWNER only. */
@Module({
  imports: [ActingMemberModule],
  providers: [
    PersonDemographicsRepository,
    GetDemographicsUseCase,
    SetDemographicsUseCase,
    RepresentationReportUseCase,
    DemographicsRpcController,
  ],
})
export class DemographicsModule {}
