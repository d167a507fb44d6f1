import { ArgsType, Field } from '@nestjs/graphql';
import { DateTimeScalar } from '../common/date-time.scalar';
import { TrendInterval } from './overview.model';

@ArgsType()
export class MembershipTrendArgs {
  @Field(() => DateTimeScalar)
  from!: string;

  @Field(() => DateTimeScalar)
  to!: string;

  @Field(() => TrendInterval)
  interval!: TrendInterval;
}
