import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '../common/connection.model';
import { DateTimeScalar } from '../common/date-time.scalar';

@ObjectType({ description: 'A note an organizer wrote about a person.' })
export class PersonNote {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  personId!: string;

  @Field(() => ID, { nullable: true, description: 'The user who wrote it; null when an API token did.' })
  authorId!: string | null;

  @Field()
  body!: string;

  @Field(() => DateTimeScalar)
  createdAt!: string;

  @Field(() => DateTimeScalar, { nullable: true })
  editedAt!: string | null;
}

@ObjectType()
export class PersonNoteConnection extends Connection(PersonNote, 'PersonNote') {}
