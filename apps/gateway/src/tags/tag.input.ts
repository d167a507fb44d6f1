import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class CreateTagGroupInput {
  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

/** Fields left out stay as they are. */
@InputType()
export class UpdateTagGroupInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@InputType()
export class DeleteTagGroupInput {
  @Field(() => ID)
  id!: string;
}

@InputType()
export class CreateTagInput {
  @Field()
  name!: string;

  @Field(() => ID, { nullable: true })
  groupId?: string | null;

  @Field(() => String, { nullable: true, description: 'A colour like #1f8a70.' })
  colour?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

/** Fields left out stay as they are; `groupId: null` and `colour: null` clear them. A new name renames the tag on every person. */
@InputType()
export class UpdateTagInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, {
    nullable: true,
    description: 'CONFLICT when another tag has this name: merge the two instead.',
  })
  name?: string | null;

  @Field(() => ID, { nullable: true })
  groupId?: string | null;

  @Field(() => String, { nullable: true })
  colour?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@InputType()
export class MergeTagsInput {
  @Field(() => ID, { description: 'The tag that goes away; its people get the target.' })
  sourceId!: string;

  @Field(() => ID)
  targetId!: string;
}

@InputType()
export class DeleteTagInput {
  @Field(() => ID)
  id!: string;
}

@InputType()
export class BulkTagInput {
  @Field()
  tag!: string;

  @Field(() => [ID], {
    description: 'At most 10,000; archived people and ids the coalition does not have are skipped.',
  })
  personIds!: string[];
}
