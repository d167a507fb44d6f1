import { Module } from '@nestjs/common';
import { DuplicatesModule } from '../duplicates/duplicates.module';
import { ListPersonMergesUseCase } from './list-person-merges.use-case';
import { MergePeopleUseCase } from './merge-people.use-case';
import { MergeRpcController } from './merge.rpc-controller';
import { PersonMergeRepository } from './person-merge.repository';
import { PersonMergesRepository } from './person-merges.repository';
import { PersonReferenceCatalog } from './person-reference.catalog';
import { ResolvePersonIdsUseCase } from './resolve-person-ids.use-case';

/** Merging duplicate people, the record of merges, and where merged-away ids went. */
@Module({
  imports: [DuplicatesModule],
  providers: [
    PersonReferenceCatalog,
    PersonMergeRepository,
    PersonMergesRepository,
    MergePeopleUseCase,
    ListPersonMergesUseCase,
    ResolvePersonIdsUseCase,
    MergeRpcController,
  ],
  exports: [PersonReferenceCatalog],
})
export class MergeModule {}
