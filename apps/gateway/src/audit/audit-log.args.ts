import { ArgsType, Field, ID } from '@nestjs/graphql';
import { DateTimeScalar } from '../common/date-time.scalar';
import { PageArgs } from '../common/page.args';

@ArgsType()
export class AuditLogArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only changes about this person.' })
  personId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only changes made by this user or API token id.' })
  actorId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only actions starting with this, e.g. "membership.person." for every change to people.',
  })
  action?: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  from?: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  to?: string | null;
}
