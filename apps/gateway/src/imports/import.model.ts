import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  ImportMatchOn as MatchOnSchema,
  ImportOnMatch as OnMatchSchema,
  ImportStatus as StatusSchema,
} from '@groundwork/contracts';
import { Connection } from '../common/connection.model';
import { DateTimeScalar } from '../common/date-time.scalar';

export const ImportStatus = StatusSchema.enum;
export const ImportMatchOn = MatchOnSchema.enum;
export const ImportOnMatch = OnMatchSchema.enum;
registerEnumType(ImportStatus, { name: 'ImportStatus' });
registerEnumType(ImportMatchOn, {
  name: 'ImportMatchOn',
  description: 'How a row finds an existing person.',
});
registerEnumType(ImportOnMatch, {
  name: 'ImportOnMatch',
  description:
    'SKIP leaves a matched person alone; FILL_EMPTY fills only their empty fields; OVERWRITE replaces fields the row has a value for. Tags are always added, never removed.',
});

@ObjectType()
export class ImportField {
  @Field({ description: 'The key to use in a mapping, e.g. firstName.' })
  key!: string;

  @Field()
  label!: string;

  @Field({ description: 'Needed to create a person; a matched person can be updated without it.' })
  requiredToCreate!: boolean;

  @Field({ description: 'Can be used as matchOn.' })
  matchable!: boolean;
}

@ObjectType()
export class ImportColumnSuggestion {
  @Field()
  column!: string;

  @Field(() => String, { nullable: true, description: 'The suggested field key; null when no field fits.' })
  field!: string | null;
}

@ObjectType()
export class ImportColumnMapping {
  @Field()
  column!: string;

  @Field()
  field!: string;
}

@ObjectType()
export class ImportProgress {
  @Field(() => ImportStatus, {
    nullable: true,
    description: 'VALIDATING, IMPORTING or UNDOING while running.',
  })
  phase!: string | null;

  @Field(() => Int)
  rowsDone!: number;

  @Field(() => Int)
  rowsTotal!: number;

  @Field(() => Float, { nullable: true })
  rowsPerSecond!: number | null;

  @Field(() => Int, { nullable: true })
  secondsLeft!: number | null;
}

@ObjectType()
export class ImportCounts {
  @Field(() => Int)
  created!: number;

  @Field(() => Int)
  updated!: number;

  @Field(() => Int, { description: 'Matched people left as they were.' })
  unchanged!: number;

  @Field(() => Int)
  rejected!: number;

  @Field(() => Int, {
    description: 'Rows that repeat a person of an earlier row (same match key), merged into that row.',
  })
  merged!: number;
}

@ObjectType({ description: 'Rejected rows of one reason.' })
export class ImportReasonCount {
  @Field({
    description:
      'INVALID_<FIELD> (e.g. INVALID_EMAIL) for a value its field refuses; MALFORMED_ROW, MISSING_NAME, EMAIL_TAKEN, EXTERNAL_ID_TAKEN, EMAIL_REPEATED or EXTERNAL_ID_REPEATED.',
  })
  reason!: string;

  @Field(() => Int)
  rows!: number;

  @Field(() => Int, { description: 'The file line of the first such row (the header is line 1).' })
  firstLine!: number;

  @Field({ description: 'What is wrong with the first such row.' })
  firstMessage!: string;
}

@ObjectType({ description: 'Every row checked against a mapping and options, before anything is written.' })
export class ImportCheck {
  @Field(() => [ImportColumnMapping])
  mapping!: ImportColumnMapping[];

  @Field(() => ImportMatchOn)
  matchOn!: string;

  @Field(() => ImportOnMatch)
  onMatch!: string;

  @Field(() => Int, {
    description: 'People the import would create or match (good rows, repeats of one person counted once).',
  })
  people!: number;

  @Field(() => Int, { description: 'Rows merged into an earlier row of the same person.' })
  merged!: number;

  @Field(() => Int)
  rejected!: number;

  @Field(() => [ImportReasonCount], { description: 'Most frequent first.' })
  reasons!: ImportReasonCount[];

  @Field(() => DateTimeScalar)
  checkedAt!: string;
}

@ObjectType()
export class ImportError {
  @Field({ description: 'A machine-readable reason, e.g. ROWS_REJECTED, HEADER_ONLY, STAGING_LOST.' })
  reason!: string;

  @Field()
  message!: string;

  @Field(() => Int, { nullable: true, description: 'The file line at fault, when one is.' })
  line!: number | null;
}

@ObjectType()
export class ImportPreviewValue {
  @Field()
  field!: string;

  @Field(() => String, { nullable: true, description: 'The value as it will be stored.' })
  value!: string | null;
}

@ObjectType()
export class ImportRowError {
  @Field(() => String, { nullable: true })
  field!: string | null;

  @Field()
  message!: string;
}

@ObjectType()
export class ImportPreviewRow {
  @Field(() => Int, { description: 'The row’s place among the data rows; people are shown `line`.' })
  rowNumber!: number;

  @Field(() => Int, { description: 'The file line the row starts on, the header being line 1.' })
  line!: number;

  @Field(() => [ImportPreviewValue])
  values!: ImportPreviewValue[];

  @Field(() => [ImportRowError])
  errors!: ImportRowError[];
}

@ObjectType()
export class ImportJob {
  @Field(() => ID)
  id!: string;

  @Field(() => ImportStatus)
  status!: string;

  @Field(() => String, { nullable: true })
  fileName!: string | null;

  @Field(() => String, { nullable: true, description: 'The delimiter found: , ; tab or |.' })
  delimiter!: string | null;

  @Field(() => [String])
  columns!: string[];

  @Field(() => Int)
  rowCount!: number;

  @Field(() => Float)
  byteCount!: number;

  @Field(() => [ImportColumnSuggestion])
  suggestedMapping!: ImportColumnSuggestion[];

  @Field(() => [ImportColumnMapping], { nullable: true })
  mapping!: ImportColumnMapping[] | null;

  @Field(() => ImportMatchOn, { nullable: true })
  matchOn!: string | null;

  @Field(() => ImportOnMatch, { nullable: true })
  onMatch!: string | null;

  @Field(() => [String])
  tags!: string[];

  @Field()
  skipBadRows!: boolean;

  @Field(() => ImportCheck, {
    nullable: true,
    description: 'The last whole-file check (checkImport, or the start’s own); null before one.',
  })
  check!: ImportCheck | null;

  @Field(() => ID, { nullable: true, description: 'The import whose rows this one reuses (retryImport).' })
  retryOf!: string | null;

  @Field(() => ImportProgress)
  progress!: ImportProgress;

  @Field(() => ImportCounts)
  counts!: ImportCounts;

  @Field(() => [ImportError])
  errors!: ImportError[];

  @Field(() => DateTimeScalar)
  createdAt!: string;

  @Field(() => DateTimeScalar, { nullable: true })
  startedAt!: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  finishedAt!: string | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'Until when undoImport works; null when it does not.',
  })
  undoableUntil!: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  undoneAt!: string | null;

  @Field({ description: 'Path of the rejected rows report (GET, same authentication).' })
  rejectedRowsUrl!: string;
}

@ObjectType()
export class ImportJobConnection extends Connection(ImportJob, 'ImportJob') {}
