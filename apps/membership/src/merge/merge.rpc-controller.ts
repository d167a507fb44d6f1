import { Injectable } from '@nestjs/common';
import { RpcHandler } from '@groundwork/service-kit';
import type { MembershipReply, MembershipRequest } from '../membership-rpc';
import { ListPersonMergesUseCase } from './list-person-merges.use-case';
import { MergePeopleUseCase } from './merge-people.use-case';
import { toPersonMergeDto } from './person-merge.mapper';
import { ResolvePersonIdsUseCase } from './resolve-person-ids.use-case';

/** NATS adapter for merging people and finding where merged-away ids went. */
@Injectable()
export class MergeRpcController {
  constructor(
    private readonly mergePeople: MergePeopleUseCase,
    private readonly listMerges: ListPersonMergesUseCase,
    private readonly resolveIds: ResolvePersonIdsUseCase,
  ) {}

  @RpcHandler('membership.person.merge')
  async merge(
    input: MembershipRequest<'membership.person.merge'>,
  ): Promise<MembershipReply<'membership.person.merge'>> {
    return toPersonMergeDto(await this.mergePeople.execute(input));
  }

  @RpcHandler('membership.person.merges.list')
  list(
    input: MembershipRequest<'membership.person.merges.list'>,
  ): Promise<MembershipReply<'membership.person.merges.list'>> {
    return this.listMerges.execute(input);
  }

  @RpcHandler('membership.person.resolve-ids')
  resolve(
    input: MembershipRequest<'membership.person.resolve-ids'>,
  ): Promise<MembershipReply<'membership.person.resolve-ids'>> {
    return this.resolveIds.execute(input.ids);
  }
}
