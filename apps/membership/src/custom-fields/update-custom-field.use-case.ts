import { Injectable } from '@nestjs/common';
import { membershipEvents } from '@groundwork/contracts';
import { OutboxWriter, UnitOfWork } from '@groundwork/service-kit';
import type { MembershipRequest } from '../membership-rpc';
import { CHOICE_TYPES, type CustomFieldDefinition } from './custom-field-definition';
import { CustomFieldDefinitionRepository } from './custom-field-definition.repository';
import { CustomFieldErrors } from './custom-field.errors';

/** Label, options, required and archived may change; key and type never do. */
@Injectable()
export class UpdateCustomFieldUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly definitions: CustomFieldDefinitionRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  execute({
    id,
    ...input
  }: MembershipRequest<'membership.custom-field.update'>): Promise<CustomFieldDefinition> {
    return this.unitOfWork.run(async () => {
      const definition = await this.definitions.findForUpdate(id);
      if (!definition) throw CustomFieldErrors.notFound(id);
      if (input.options !== undefined) {
        if (!CHOICE_TYPES.has(definition.type)) throw CustomFieldErrors.optionsNotAllowed();
        if (input.options.length === 0) throw CustomFieldErrors.optionsRequired();
      }
      const next: CustomFieldDefinition = {
        ...definition,
        ...(input.label !== undefined ? { label: input.label } : {}),
        ...(input.options !== undefined ? { options: input.options } : {}),
        ...(input.required !== undefined ? { required: input.required } : {}),
      };
      if (input.archived !== undefined && input.archived !== (definition.archivedAt !== null)) {
        next.archivedAt = input.archived ? new Date() : null;
      }
      const changedFields = (['label', 'options', 'required', 'archivedAt'] as const).filter(
        (field) => JSON.stringify(next[field]) !== JSON.stringify(definition[field]),
      );
      if (changedFields.length === 0) return definition;
      next.updatedAt = new Date();
      await this.definitions.update(next);
      await this.outbox.append(membershipEvents.customFieldDefined, {
        customFieldId: next.id,
        key: next.key,
        changedFields: changedFields.map((field) => (field === 'archivedAt' ? 'archived' : field)),
        at: next.updatedAt.toISOString(),
      });
      return next;
    });
  }
}
