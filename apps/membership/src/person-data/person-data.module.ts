import { Module } from '@nestjs/common';
import { MergeModule } from '../merge/merge.module';
import { AdminAccess } from './admin-access';
import { GetPersonDataUseCase } from './get-person-data.use-case';
import { PersonDataRepository } from './person-data.repository';
import { PersonDataRpcController } from './person-data.rpc-controller';

/** A person's complete data as JSON, for data-subject access requests (ADMIN and OWNER only). */
@Module({
  imports: [MergeModule],
  providers: [AdminAccess, PersonDataRepository, GetPersonDataUseCase, PersonDataRpcController],
  exports: [AdminAccess],
})
export class PersonDataModule {}
