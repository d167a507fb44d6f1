import { DomainError } from '@groundwork/service-kit';

export const CustomFieldErrors = {
  notFound: (id: string) => DomainError.notFound('custom field', id),
  keyTaken: () => DomainError.conflict('this coalition already has a custom field with this key', 'key'),
  optionsRequired: () => DomainError.badInput('options', 'must name at least one option for a choice field'),
  optionsNotAllowed: () =>
    DomainError.badInput('options', 'apply only to SINGLE_CHOICE and MULTIPLE_CHOICE fields'),
  tooMany: (max: number) => DomainError.conflict(`a coalition can define at most ${max} custom fields`),
  badValue: (key: string, message: string) => DomainError.badInput(`customFields.${key}`, message),
};
