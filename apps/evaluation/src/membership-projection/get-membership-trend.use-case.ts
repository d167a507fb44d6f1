import { Injectable } from '@nestjs/common';
import {
  MAX_TREND_POINTS,
  type EvaluationRpc,
  type RpcParsedRequest,
  type TrendPointDto,
} from '@groundwork/contracts';
import { UnitOfWork } from '@groundwork/service-kit';
import { MembershipProjectionRepository } from './membership-projection.repository';
import { countTrendBuckets } from './trend-buckets';
import { MembershipTrendErrors } from './membership-trend.errors';

export type MembershipTrendRequest = RpcParsedRequest<EvaluationRpc['evaluation.membership-trend.get']>;

/** Nobody's membership history starts earlier; it also keeps dates inside what Postgres accepts. */
const EARLIEST = new Date('1900-01-01T00:00:00Z');

@Injectable()
export class GetMembershipTrendUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly projection: MembershipProjectionRepository,
  ) {}

  async execute(request: MembershipTrendRequest): Promise<TrendPointDto[]> {
    const from = new Date(request.from);
    if (from < EARLIEST) throw MembershipTrendErrors.fromTooEarly();
    const buckets = countTrendBuckets(from, new Date(request.to), request.interval);
    if (buckets > MAX_TREND_POINTS) {
      throw MembershipTrendErrors.tooManyBuckets(MAX_TREND_POINTS, request.interval, buckets);
    }
    const rows = await this.unitOfWork.run(() =>
      this.projection.trend(request.from, request.to, request.interval),
    );
    return rows.map((row) => ({ ...row, at: row.at.toISOString() }));
  }
}
