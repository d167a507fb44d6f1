import { ArgsType, Field, ID } from '@nestjs/graphql';
import { PageArgs } from '../common/page.args';
import { LocalDateScalar } from '../organizations/local-date.scalar';

@ArgsType()
export class OneOnOneArgs {
  @Field(() => ID)
  id!: string;
}

@ArgsType()
export class OneOnOnesArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  personId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A user id.' })
  organizerId?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Held on or after.' })
  from?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Held on or before.' })
  to?: string | null;
}

@ArgsType()
export class WeeklyOneOnOnesArgs {
  @Field(() => LocalDateScalar)
  from!: string;

  @Field(() => LocalDateScalar, { description: 'At most 731 days after from.' })
  to!: string;

  @Field(() => ID, { nullable: true })
  organizerId?: string | null;
}
