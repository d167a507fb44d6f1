import { Module } from '@nestjs/common';
import { MergeModule } from '../merge/merge.module';
import { PersonDataModule } from '../person-data/person-data.module';
import { ErasePersonUseCase } from './erase-person.use-case';
import { ErasureRpcController } from './erasure.rpc-controller';
import { PersonErasureRepository } from './person-erasure.repository';

/** Erasing a person from membership (ADMIN and OWNER only). */
@Module({
  imports: [MergeModule, PersonDataModule],
  providers: [PersonErasureRepository, ErasePersonUseCase, ErasureRpcController],
})
export class ErasureModule {}
