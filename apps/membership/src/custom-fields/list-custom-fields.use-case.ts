import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@groundwork/service-kit';
import type { CustomFieldDefinition } from './custom-field-definition';
import { CustomFieldDefinitionRepository } from './custom-field-definition.repository';

/** The coalition's custom fields in the order they were defined. */
@Injectable()
export class ListCustomFieldsUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly definitions: CustomFieldDefinitionRepository,
  ) {}

  execute(includeArchived: boolean): Promise<CustomFieldDefinition[]> {
    return this.unitOfWork.run(() => this.definitions.list(includeArchived));
  }
}
