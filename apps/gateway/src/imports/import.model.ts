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
  @Field(() => Int)
  rowNumber!: number;

  @Field(() => Int)
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
