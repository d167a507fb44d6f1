import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '../common/connection.model';
import { DateTimeScalar } from '../common/date-time.scalar';
import { JsonObjectScalar } from '../custom-fields/json-object.scalar';

@ObjectType({ description: 'Something that happened to or with a person.' })
export class TimelineEntry {
  @Field(() => ID, {
    description: 'The id of the record the entry shows (note id, change id…), unique within its kind.',
  })
  id!: string;

  @Field({
    description:
      'PERSON_CREATED (data: source, joinedOn), STATUS_CHANGED (data: from, to), NOTE (data: body, editedAt); more kinds join as other areas add them.',
  })
  kind!: string;

  @Field(() => DateTimeScalar)
  occurredAt!: string;

  @Field(() => ID, { nullable: true, description: 'The user who did it, when a user did.' })
  actorId!: string | null;

  @Field(() => JsonObjectScalar, { description: 'The facts of this kind of entry.' })
  data!: Record<string, unknown>;
}

@ObjectType()
export class TimelineEntryConnection extends Connection(TimelineEntry, 'TimelineEntry') {}
