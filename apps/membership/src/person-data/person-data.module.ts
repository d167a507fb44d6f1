import { Module } from '@nestjs/common';
import { MergeModule } from '../merge/merge.module';
import { GetPersonDataUseCase } from './get-person-data.use-case';
import { PersonDataRepository } from './person-data.repository';
import { PersonDataRpcController } from './person-data.rpc-controller';
import { ActingMemberModule } from '../users/acting-member.module';

/** A person's complete data as JSON, for data-subject access requests (ADMIN and OWNER only). */
@Module({
  imports: [MergeModule, ActingMemberModule],
  providers: [PersonDataRepository, GetPersonDataUseCase, PersonDataRpcController],
})
export class PersonDataModule {}
