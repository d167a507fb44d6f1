import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../common/connection.model';
import { DateTimeScalar } from '../common/date-time.scalar';

/** A heading that gathers tags, e.g. Languages or Campaigns. */
@ObjectType()
export class TagGroup {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  description!: string;

  @Field(() => DateTimeScalar)
  createdAt!: string;
}

/** A tag of the coalition's catalogue; every name used on a person is in it. */
@ObjectType()
export class Tag {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true, description: 'A colour like #1f8a70.' })
  colour!: string | null;

  @Field()
  description!: string;

  @Field(() => DateTimeScalar)
  createdAt!: string;

  @Field(() => DateTimeScalar)
  updatedAt!: string;
}

@ObjectType()
export class TagConnection extends Connection(Tag, 'Tag') {}

@ObjectType()
export class BulkTagResult {
  @Field()
  tag!: string;

  @Field(() => Int, { description: 'People named who belong to the coalition and are not archived.' })
  matched!: number;

  @Field(() => Int, { description: 'People whose tags actually changed.' })
  changed!: number;

  @Field(() => Int, {
    description: 'People left as they were because they already hold the most tags a person may have.',
  })
  skippedAtTagLimit!: number;
}
