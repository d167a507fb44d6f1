import { Injectable } from '@nestjs/common';
import type { Page, PersonDto } from '@groundwork/contracts';
import { RpcHandler } from '@groundwork/service-kit';
import type { MembershipRequest } from '../membership-rpc';
import { toPersonDto } from '../people/person.mapper';
import { SearchPeopleUseCase } from './search-people.use-case';

/** NATS adapter for people search. */
@Injectable()
export class SearchRpcController {
  constructor(private readonly searchPeople: SearchPeopleUseCase) {}

  @RpcHandler('membership.person.search')
  async search(input: MembershipRequest<'membership.person.search'>): Promise<Page<PersonDto>> {
    const page = await this.searchPeople.execute(input);
    return { ...page, items: page.items.map(toPersonDto) };
  }
}
