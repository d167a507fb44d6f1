import { ArgsType, Field, ID } from '@nestjs/graphql';
import { PageArgs } from '../common/page.args';

@ArgsType()
export class PersonMergesArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only merges into or of this person.' })
  personId?: string | null;
}

@ArgsType()
export class ResolvePersonIdsArgs {
  @Field(() => [ID], { description: 'At most 500.' })
  ids!: string[];
}
