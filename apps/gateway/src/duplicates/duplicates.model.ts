import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  DuplicateReason as DuplicateReasonSchema,
  DuplicateStatus as DuplicateStatusSchema,
} from '@groundwork/contracts';
import { Connection } from '../common/connection.model';
import { DateTimeScalar } from '../common/date-time.scalar';

export const DuplicateReason = DuplicateReasonSchema.enum;
export type DuplicateReason = DuplicateReasonSchema;
export const DuplicateStatus = DuplicateStatusSchema.enum;
export type DuplicateStatus = DuplicateStatusSchema;

registerEnumType(DuplicateReason, {
  name: 'DuplicateReason',
  description:
    'Why two people look like one: a shared email, a shared phone, a similar name in the same postal code.',
});
registerEnumType(DuplicateStatus, { name: 'DuplicateStatus' });

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
