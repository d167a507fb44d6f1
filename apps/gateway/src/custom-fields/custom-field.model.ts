import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CustomFieldType as CustomFieldTypeSchema } from '@groundwork/contracts';
import { DateTimeScalar } from '../common/date-time.scalar';

export const CustomFieldType = CustomFieldTypeSchema.enum;
export type CustomFieldType = CustomFieldTypeSchema;
registerEnumType(CustomFieldType, {
  name: 'CustomFieldType',
  description:
    'How values are written in Person.customFields: TEXT and SINGLE_CHOICE as a string, NUMBER as a number, DATE as YYYY-MM-DD, MULTIPLE_CHOICE as a list of options.',
});

@ObjectType({ description: 'A field a coalition defines for its people.' })
export class CustomFieldDefinition {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'The key values are stored under in Person.customFields; never changes.' })
  key!: string;

  @Field()
  label!: string;

  @Field(() => CustomFieldType, { description: 'Never changes.' })
  type!: CustomFieldType;

  @Field(() => [String], { description: 'For SINGLE_CHOICE and MULTIPLE_CHOICE.' })
  options!: string[];

  @Field({ description: 'New people must have a value; a value cannot be cleared.' })
  required!: boolean;

  @Field({ description: 'Archived fields keep their values but take no new ones.' })
  archived!: boolean;

  @Field(() => DateTimeScalar)
  createdAt!: string;

  @Field(() => DateTimeScalar)
  updatedAt!: string;
}
