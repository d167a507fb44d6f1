import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { CustomFieldType } from './custom-field.model';

@InputType()
export class CreateCustomFieldInput {
  @Field({ description: 'a-z, 0-9 and _, starting with a letter; at most 50 characters.' })
  key!: string;

  @Field()
  label!: string;

  @Field(() => CustomFieldType)
  type!: CustomFieldType;

  @Field(() => [String], { nullable: true })
  options?: string[] | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  required?: boolean | null;
}

/** Fields left out stay as they are. Key and type never change. */
@InputType()
export class UpdateCustomFieldInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  label?: string | null;

  @Field(() => [String], { nullable: true })
  options?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  required?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  archived?: boolean | null;
}

@ArgsType()
export class CustomFieldsArgs {
  @Field(() => Boolean, { nullable: true, defaultValue: false })
  includeArchived?: boolean | null;
}
