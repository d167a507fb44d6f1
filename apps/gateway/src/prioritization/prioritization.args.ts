import { ArgsType, Field, ID } from '@nestjs/graphql';

@ArgsType()
export class PrioritizationRoundArgs {
  @Field(() => ID)
  id!: string;
}

@ArgsType()
export class PrioritizationResultArgs {
  @Field(() => ID)
  roundId!: string;
}
