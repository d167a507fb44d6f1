import { ArgsType, Field, ID } from '@nestjs/graphql';
import { PageArgs } from '../common/page.args';

@ArgsType()
export class PeopleArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Matches names and email.' })
  search?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  includeArchived?: boolean | null;
}

@ArgsType()
export class PersonArgs {
  @Field(() => ID)
  id!: string;
}
