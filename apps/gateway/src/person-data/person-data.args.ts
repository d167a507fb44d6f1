import { ArgsType, Field, ID } from '@nestjs/graphql';

@ArgsType()
export class PersonDataArgs {
  @Field(() => ID)
  personId!: string;
}
