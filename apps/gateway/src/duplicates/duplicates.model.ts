import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  DuplicateReason as DuplicateReasonSchema,
  DuplicateStatus as DuplicateStatusSchema,
  MergeField as MergeFieldSchema,
  PersonIdFate as PersonIdFateSchema,
} from '@groundwork/contracts';
import { Connection } from '../common/connection.model';
import { DateTimeScalar } from '../common/date-time.scalar';
import { JsonObjectScalar } from '../custom-fields/json-object.scalar';

export const DuplicateReason = DuplicateReasonSchema.enum;
export type DuplicateReason = DuplicateReasonSchema;
export const DuplicateStatus = DuplicateStatusSchema.enum;
export type DuplicateStatus = DuplicateStatusSchema;
export const MergeField = MergeFieldSchema.enum;
export type MergeField = MergeFieldSchema;
export const PersonIdFate = PersonIdFateSchema.enum;
export type PersonIdFate = PersonIdFateSchema;

registerEnumType(DuplicateReason, {
  name: 'DuplicateReason',
  description:
    'Why two people look like one: a shared email, a shared phone, a similar name in the same postal code.',
});
registerEnumType(DuplicateStatus, { name: 'DuplicateStatus' });
registerEnumType(MergeField, {
  name: 'MergeField',
  description: 'A field of the kept person that a merge may take from the merged-away person instead.',
});
registerEnumType(PersonIdFate, { name: 'PersonIdFate' });

/** A candidate pair of the review queue. `firstPerson` / `secondPerson` are resolved by `DuplicatesResolver`. */
@ObjectType()
export class DuplicateCandidate {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  firstPersonId!: string;

  @Field(() => ID)
  secondPersonId!: string;

  @Field(() => [DuplicateReason])
  reasons!: DuplicateReason[];

  @Field(() => Float, { description: '0–1; higher is likelier the same person.' })
  score!: number;

  @Field(() => Float, { description: 'Trigram similarity of the two full names, 0–1.' })
  nameSimilarity!: number;

  @Field(() => DuplicateStatus)
  status!: DuplicateStatus;

  @Field(() => DateTimeScalar)
  detectedAt!: string;

  @Field(() => DateTimeScalar, { nullable: true })
  resolvedAt!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The user or API token that merged or dismissed the pair.',
  })
  resolvedBy!: string | null;
}

@ObjectType()
export class DuplicateCandidateConnection extends Connection(DuplicateCandidate, 'DuplicateCandidate') {}

@ObjectType()
export class DuplicatesRefresh {
  @Field(() => Int, { description: 'Pairs the refresh found (open, dismissed and merged ones alike).' })
  foundCount!: number;

  @Field(() => Int, { description: 'Pairs now waiting for review.' })
  openCount!: number;
}

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

@ObjectType()
export class PersonErasure {
  @Field(() => ID)
  personId!: string;

  @Field(() => DateTimeScalar)
  erasedAt!: string;

  @Field(() => String, { nullable: true })
  erasedBy!: string | null;
}
