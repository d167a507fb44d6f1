import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../common/date-time.scalar';
import { JsonObjectScalar } from '../custom-fields/json-object.scalar';

@ObjectType({
  description: 'Everything membership holds about one person, for a data-subject access request.',
})
export class PersonData {
  @Field(() => ID)
  personId!: string;

  @Field(() => DateTimeScalar)
  exportedAt!: string;

  @Field(() => JsonObjectScalar, { description: 'The people row, columns as stored.' })
  person!: Record<string, unknown>;

  @Field(() => JsonObjectScalar, {
    description: 'Per table that refers to people, its rows about the person (empty tables included).',
  })
  tables!: Record<string, unknown>;
}
