import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import type { OverviewDto, TrendPointDto } from '@groundwork/contracts';
import { MinRole } from '../auth/min-role.decorator';
import { Role } from '../auth/role';
import { ServiceRpc } from '../common/service-rpc';
import type { GraphQLContext } from '../graphql/graphql-context';
import { MembershipTrendArgs } from './overview.args';
import { Overview, TrendPoint } from './overview.model';

/** Figures computed by evaluation from membership's events; they follow writes within moments. */
@Resolver()
export class OverviewResolver {
  constructor(private readonly services: ServiceRpc) {}

  @MinRole(Role.VIEWER)
  @Query(() => Overview)
  overview(@Context() context: GraphQLContext): Promise<OverviewDto> {
    return this.services.request(context, 'evaluation.overview.get', {});
  }

  @MinRole(Role.VIEWER)
  @Query(() => [TrendPoint])
  membershipTrend(
    @Args() args: MembershipTrendArgs,
    @Context() context: GraphQLContext,
  ): Promise<TrendPointDto[]> {
    return this.services.request(context, 'evaluation.membership-trend.get', {
      from: args.from,
      to: args.to,
      interval: args.interval,
    });
  }
}
