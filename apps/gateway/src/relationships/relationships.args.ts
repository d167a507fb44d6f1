import { ArgsType, Field, ID, Int } from '@nestjs/graphql';

@ArgsType()
export class RelationalGraphArgs {
  @Field(() => ID)
  personId!: string;

  @Field(() => Int, { nullable: true, defaultValue: 2, description: '1 or 2.' })
  depth?: number | null;

  @Field(() => Int, { nullable: true, defaultValue: 200, description: 'At most 500.' })
  maxNodes?: number | null;
}
