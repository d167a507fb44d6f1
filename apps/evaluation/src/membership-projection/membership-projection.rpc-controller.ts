import { Injectable } from '@nestjs/common';
import type { OverviewDto, TrendPointDto } from '@groundwork/contracts';
import { RpcHandler } from '@groundwork/service-kit';
import { GetMembershipTrendUseCase, type MembershipTrendRequest } from './get-membership-trend.use-case';
import { GetOverviewUseCase } from './get-overview.use-case';

@Injectable()
export class MembershipProjectionRpcController {
  constructor(
    private readonly getOverview: GetOverviewUseCase,
    private readonly getMembershipTrend: GetMembershipTrendUseCase,
  ) {}

  @RpcHandler('evaluation.overview.get')
  overview(): Promise<OverviewDto> {
    return this.getOverview.execute();
  }

  @RpcHandler('evaluation.membership-trend.get')
  membershipTrend(request: MembershipTrendRequest): Promise<TrendPointDto[]> {
    return this.getMembershipTrend.execute(request);
  }
}
