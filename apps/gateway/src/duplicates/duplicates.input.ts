import { Field, ID, InputType } from '@nestjs/graphql';
import { MergeField } from './duplicates.model';

@InputType()
export class RefreshDuplicatesInput {
  @Field(() => [ID], {
    nullable: true,
    description: 'Only pairs involving these people (at most 1000); everyone when left out.',
  })
  personIds?: string[] | null;
}

@InputType()
export class DismissDuplicateInput {
  @Field(() => ID)
  candidateId!: string;
}

@InputType()
export class MergePeopleInput {
  @Field(() => ID, { description: 'The person who stays.' })
  keptPersonId!: string;

  @Field(() => ID, { description: 'The person merged into the kept one and then deleted.' })
  mergedPersonId!: string;

  @Field(() => [MergeField], {
    nullable: true,
    description:
      'Fields to take from the merged-away person; empty fields of the kept person are filled anyway.',
  })
  fieldsFromMerged?: MergeField[] | null;
}

@InputType()
export class ErasePersonInput {
  @Field(() => ID)
  personId!: string;

  @Field({ description: 'Must be ERASE: erasure cannot be undone.' })
  confirmation!: string;
}
