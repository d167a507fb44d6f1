import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class RefreshDuplicatesInput {
  @Field(() => [ID], {
    nullable: true,
    description: 'Only pairs involving these people (at most 1000); everyone when left out.',
  })
  personIds?: string[] | null;
}

@InputType()
export class DismissDuplicateInput {
  @Field(() => ID)
  candidateId!: string;
}
