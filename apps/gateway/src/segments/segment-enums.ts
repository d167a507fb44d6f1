import { registerEnumType } from '@nestjs/graphql';
import {
  CustomFieldOperator as CustomFieldOperatorSchema,
  TagMatch as TagMatchSchema,
} from '@groundwork/contracts';

export const TagMatch = TagMatchSchema.enum;
export type TagMatch = TagMatchSchema;
registerEnumType(TagMatch, {
  name: 'TagMatch',
  description: 'ALL: has every tag named; ANY: has at least one.',
});

export const CustomFieldOperator = CustomFieldOperatorSchema.enum;
export type CustomFieldOperator = CustomFieldOperatorSchema;
registerEnumType(CustomFieldOperator, {
  name: 'CustomFieldOperator',
  description:
    'TEXT: EQUALS or CONTAINS (case-insensitive); NUMBER and DATE: EQUALS or RANGE; SINGLE_CHOICE: EQUALS; MULTIPLE_CHOICE: CONTAINS (has the option).',
});
