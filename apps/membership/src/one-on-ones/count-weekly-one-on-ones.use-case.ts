import { Injectable } from '@nestjs/common';
import type { MembershipRpc, RpcParsedRequest, WeeklyOneOnOnesDto } from '@groundwork/contracts';
import { UnitOfWork } from '@groundwork/service-kit';
import { OneOnOneRepository } from './one-on-one.repository';

export type WeeklyOneOnOnesInput = RpcParsedRequest<MembershipRpc['membership.one-on-one.weekly-counts']>;

/** One-on-ones per organizer per week over a date range: the organizing rhythm of the team. */
@Injectable()
export class CountWeeklyOneOnOnesUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly oneOnOnes: OneOnOneRepository,
  ) {}

  execute(input: WeeklyOneOnOnesInput): Promise<WeeklyOneOnOnesDto[]> {
    return this.unitOfWork.run(() => this.oneOnOnes.weeklyCounts(input.from, input.to, input.organizerId));
  }
}
