import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { TrendInterval as TrendIntervalSchema } from '@groundwork/contracts';
import { DateTimeScalar } from '../common/date-time.scalar';

export const TrendInterval = TrendIntervalSchema.enum;
export type TrendInterval = TrendIntervalSchema;

registerEnumType(TrendInterval, { name: 'TrendInterval' });

@ObjectType()
export class Overview {
  @Field(() => Int, { description: 'People on the rolls (not archived).' })
  totalPeople!: number;

  @Field(() => Int)
  joinedLast30Days!: number;
}

@ObjectType()
export class TrendPoint {
  @Field(() => DateTimeScalar, { description: 'Start of the bucket (UTC).' })
  at!: string;

  @Field(() => Int, { description: 'People on the rolls at the end of the bucket.' })
  total!: number;

  @Field(() => Int)
  joined!: number;

  @Field(() => Int)
  archived!: number;
}
