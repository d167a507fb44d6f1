import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { SegmentFilter } from '@groundwork/contracts';
import { Connection } from '../common/connection.model';
import { DateTimeScalar } from '../common/date-time.scalar';
import { JsonObjectScalar } from '../custom-fields/json-object.scalar';

@ObjectType({ description: 'A saved filter over people, evaluated live.' })
export class Segment {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field()
  description!: string;

  @Field(() => JsonObjectScalar, {
    description: 'The filter as saved: the fields of SegmentFilterInput that were given.',
  })
  filter!: SegmentFilter;

  @Field(() => ID, { nullable: true, description: 'The user who saved it; null when an API token did.' })
  createdBy!: string | null;

  @Field(() => DateTimeScalar)
  createdAt!: string;

  @Field(() => DateTimeScalar)
  updatedAt!: string;

  @Field({
    description:
      'GET this (authenticated) for the CSV: add ?columns=first_name,email,… and optionally &channel=EMAIL.',
  })
  exportUrl!: string;
}

@ObjectType()
export class SegmentConnection extends Connection(Segment, 'Segment') {}

@ObjectType({ description: 'A column a segment export can have.' })
export class ExportColumn {
  @Field({ description: 'What to put in ?columns= (custom fields are custom.<key>).' })
  key!: string;

  @Field()
  label!: string;
}

@ObjectType()
export class SegmentCount {
  @Field(() => Int)
  count!: number;
}
