import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { membershipEvents } from '@groundwork/contracts';
import { OutboxWriter, TenantContext, UnitOfWork } from '@groundwork/service-kit';
import type { MembershipRequest } from '../membership-rpc';
import { CHOICE_TYPES, type CustomFieldDefinition } from './custom-field-definition';
import { CustomFieldDefinitionRepository } from './custom-field-definition.repository';
import { CustomFieldErrors } from './custom-field.errors';

/** Archived definitions count too: their values stay stored under their keys. */
export const MAX_CUSTOM_FIELDS = 200;

@Injectable()
export class CreateCustomFieldUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly context: TenantContext,
    private readonly definitions: CustomFieldDefinitionRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  execute(input: MembershipRequest<'membership.custom-field.create'>): Promise<CustomFieldDefinition> {
    const options = input.options ?? [];
    if (CHOICE_TYPES.has(input.type) && options.length === 0) throw CustomFieldErrors.optionsRequired();
    if (!CHOICE_TYPES.has(input.type) && options.length > 0) throw CustomFieldErrors.optionsNotAllowed();
    return this.unitOfWork.run(async () => {
      if ((await this.definitions.count()) >= MAX_CUSTOM_FIELDS)
        throw CustomFieldErrors.tooMany(MAX_CUSTOM_FIELDS);
      const now = new Date();
      const definition: CustomFieldDefinition = {
        tenantId: this.context.tenantId(),
        id: randomUUID(),
        key: input.key,
        label: input.label,
        type: input.type,
        options,
        required: input.required,
        archivedAt: null,
        createdAt: now,
        updatedAt: now,
      };
      await this.definitions.insert(definition);
      await this.outbox.append(membershipEvents.customFieldDefined, {
        customFieldId: definition.id,
        key: definition.key,
        changedFields: ['created'],
        at: now.toISOString(),
      });
      return definition;
    });
  }
}
