import { Module } from '@nestjs/common';
import { PersonSearchRepository } from './person-search.repository';
import { SearchPeopleUseCase } from './search-people.use-case';
import { SearchRpcController } from './search.rpc-controller';

/** Ranked people search over the term index kept by the search migration's triggers. */
@Module({ providers: [PersonSearchRepository, SearchPeopleUseCase, SearchRpcController] })
export class SearchModule {}
