import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { MergeField as MergeFieldSchema, PersonIdFate as PersonIdFateSchema } from '@groundwork/contracts';
import { Connection } from '../common/connection.model';
import { DateTimeScalar } from '../common/date-time.scalar';

export const MergeField = MergeFieldSchema.enum;
export type MergeField = MergeFieldSchema;
export const PersonIdFate = PersonIdFateSchema.enum;
export type PersonIdFate = PersonIdFateSchema;

registerEnumType(MergeField, {
  name: 'MergeField',
  description: 'A field of the kept person that a merge may take from the merged-away person instead.',
});
registerEnumType(PersonIdFate, { name: 'PersonIdFate' });

@ObjectType()
export class PersonMerge {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  keptPersonId!: string;

  @Field(() => ID, { description: 'No longer a person: `resolvePersonIds` says where it went.' })
  mergedPersonId!: string;

  @Field(() => [MergeField], {
    description: 'Fields taken from the merged-away person because they were chosen.',
  })
  fieldsFromMerged!: MergeField[];

  @Field(() => [String], {
    description: 'Fields the kept person left empty, filled from the merged-away person.',
  })
  fieldsFilled!: string[];

  @Field(() => String, { nullable: true })
  mergedBy!: string | null;

  @Field(() => DateTimeScalar)
  mergedAt!: string;
}

@ObjectType()
export class PersonMergeConnection extends Connection(PersonMerge, 'PersonMerge') {}

@ObjectType()
export class PersonIdResolution {
  @Field(() => ID)
  personId!: string;

  @Field(() => PersonIdFate)
  fate!: PersonIdFate;

  @Field(() => ID, {
    nullable: true,
    description: 'The living person the id stands for now; null when erased or unknown.',
  })
  currentPersonId!: string | null;
}
