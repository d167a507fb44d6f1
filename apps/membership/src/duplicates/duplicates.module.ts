import { Module } from '@nestjs/common';
import { DismissDuplicateUseCase } from './dismiss-duplicate.use-case';
import { DuplicateCandidateRepository } from './duplicate-candidate.repository';
import { DuplicatesRpcController } from './duplicates.rpc-controller';
import { GetDuplicatesUseCase } from './get-duplicates.use-case';
import { ListDuplicatesUseCase } from './list-duplicates.use-case';
import { RefreshDuplicatesUseCase } from './refresh-duplicates.use-case';

/** The duplicates review queue: candidate pairs by email, phone, and similar name in a postal code. */
@Module({
  providers: [
    DuplicateCandidateRepository,
    ListDuplicatesUseCase,
    GetDuplicatesUseCase,
    RefreshDuplicatesUseCase,
    DismissDuplicateUseCase,
    DuplicatesRpcController,
  ],
  exports: [DuplicateCandidateRepository, RefreshDuplicatesUseCase],
})
export class DuplicatesModule {}
