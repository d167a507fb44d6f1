import type { CustomFieldDefinitionDto } from '@groundwork/contracts';
import type { CustomFieldDefinition } from './custom-field-definition';

export function toCustomFieldDefinitionDto(definition: CustomFieldDefinition): CustomFieldDefinitionDto {
  return {
    id: definition.id,
    key: definition.key,
    label: definition.label,
    type: definition.type,
    options: definition.options,
    required: definition.required,
    archived: definition.archivedAt !== null,
    createdAt: definition.createdAt.toISOString(),
    updatedAt: definition.updatedAt.toISOString(),
  };
}
