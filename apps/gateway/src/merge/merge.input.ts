import { Field, ID, InputType } from '@nestjs/graphql';
import { MergeField } from './person-merge.model';

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
