import { Injectable } from '@nestjs/common';
import { RpcHandler } from '@groundwork/service-kit';
import type { MembershipReply, MembershipRequest } from '../membership-rpc';
import { DismissDuplicateUseCase } from './dismiss-duplicate.use-case';
import { toDuplicateCandidateDto } from './duplicate-candidate.mapper';
import { GetDuplicatesUseCase } from './get-duplicates.use-case';
import { ListDuplicatesUseCase } from './list-duplicates.use-case';
import { RefreshDuplicatesUseCase } from './refresh-duplicates.use-case';

/** NATS adapter for the duplicates review queue. */
@Injectable()
export class DuplicatesRpcController {
  constructor(
    private readonly listDuplicates: ListDuplicatesUseCase,
    private readonly getDuplicates: GetDuplicatesUseCase,
    private readonly refreshDuplicates: RefreshDuplicatesUseCase,
    private readonly dismissDuplicate: DismissDuplicateUseCase,
  ) {}

  @RpcHandler('membership.duplicates.list')
  list(
    input: MembershipRequest<'membership.duplicates.list'>,
  ): Promise<MembershipReply<'membership.duplicates.list'>> {
    return this.listDuplicates.execute(input);
  }

  @RpcHandler('membership.duplicates.get-many')
  getMany(
    input: MembershipRequest<'membership.duplicates.get-many'>,
  ): Promise<MembershipReply<'membership.duplicates.get-many'>> {
    return this.getDuplicates.execute(input.ids);
  }

  @RpcHandler('membership.duplicates.refresh')
  refresh(
    input: MembershipRequest<'membership.duplicates.refresh'>,
  ): Promise<MembershipReply<'membership.duplicates.refresh'>> {
    return this.refreshDuplicates.execute(input.personIds);
  }

  @RpcHandler('membership.duplicates.dismiss')
  async dismiss(
    input: MembershipRequest<'membership.duplicates.dismiss'>,
  ): Promise<MembershipReply<'membership.duplicates.dismiss'>> {
    return toDuplicateCandidateDto(await this.dismissDuplicate.execute(input.candidateId));
  }
}
