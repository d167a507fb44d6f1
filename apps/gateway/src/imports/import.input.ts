import { Field, ID, InputType } from '@nestjs/graphql';
import { ImportMatchOn, ImportOnMatch } from './import.model';

@InputType()
export class ImportColumnMappingInput {
  @Field({ description: 'A column name of the file.' })
  column!: string;

  @Field({ description: 'An import field key (see importFields).' })
  field!: string;
}

@InputType()
export class StartImportInput {
  @Field(() => ID)
  importId!: string;

  @Field(() => [ImportColumnMappingInput], { description: 'Columns left out are not imported.' })
  mapping!: ImportColumnMappingInput[];

  @Field(() => ImportMatchOn)
  matchOn!: 'EMAIL' | 'PHONE' | 'EXTERNAL_ID';

  @Field(() => ImportOnMatch)
  onMatch!: 'SKIP' | 'FILL_EMPTY' | 'OVERWRITE';

  @Field(() => [String], {
    nullable: true,
    description: 'Added to every person the import creates or updates.',
  })
  tags?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: true,
    description:
      'Import the good rows when some are bad (they go to the rejected rows report; the default); false: a bad row stops the whole import before anything is written.',
  })
  skipBadRows?: boolean | null;
}

@InputType()
export class CheckImportInput {
  @Field(() => ID)
  importId!: string;

  @Field(() => [ImportColumnMappingInput])
  mapping!: ImportColumnMappingInput[];

  @Field(() => ImportMatchOn)
  matchOn!: 'EMAIL' | 'PHONE' | 'EXTERNAL_ID';

  @Field(() => ImportOnMatch)
  onMatch!: 'SKIP' | 'FILL_EMPTY' | 'OVERWRITE';
}

@InputType()
export class RetryImportInput {
  @Field(() => ID, { description: 'An import that failed, completed or was undone.' })
  id!: string;
}

@InputType()
export class UndoImportInput {
  @Field(() => ID)
  id!: string;
}
