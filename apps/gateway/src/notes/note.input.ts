import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class AddPersonNoteInput {
  @Field(() => ID)
  personId!: string;

  @Field({ description: 'Plain text, line breaks allowed; at most 10000 characters.' })
  body!: string;
}

@InputType({ description: 'Its author may edit a note, and so may ADMIN and OWNER users.' })
export class UpdatePersonNoteInput {
  @Field(() => ID)
  id!: string;

  @Field()
  body!: string;
}
