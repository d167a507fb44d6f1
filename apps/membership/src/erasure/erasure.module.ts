import { Module } from '@nestjs/common';
import { MergeModule } from '../merge/merge.module';
import { ErasePersonUseCase } from './erase-person.use-case';
import { ErasureRpcController } from './erasure.rpc-controller';
import { PersonErasureRepository } from './person-erasure.repository';
import { ActingMemberModule } from '../users/acting-member.module';

/** Erasing a person from membership (ADMIN and OWNER only). */
@Module({
  imports: [MergeModule, ActingMemberModule],
  providers: [PersonErasureRepository, ErasePersonUseCase, ErasureRpcController],
})
export class ErasureModule {}
