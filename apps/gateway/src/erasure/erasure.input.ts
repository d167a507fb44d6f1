import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class ErasePersonInput {
  @Field(() => ID)
  personId!: string;

  @Field({ description: 'Must be ERASE: erasure cannot be undone.' })
  confirmation!: string;
}
