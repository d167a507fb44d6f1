import { Module } from '@nestjs/common';
import { CreateCustomFieldUseCase } from './create-custom-field.use-case';
import { CustomFieldDefinitionRepository } from './custom-field-definition.repository';
import { CustomFieldValues } from './custom-field-values';
import { CustomFieldsRpcController } from './custom-fields.rpc-controller';
import { ListCustomFieldsUseCase } from './list-custom-fields.use-case';
import { UpdateCustomFieldUseCase } from './update-custom-field.use-case';

/** Custom fields a coalition defines for its people, and the checking of their values. */
@Module({
  providers: [
    CustomFieldDefinitionRepository,
    CustomFieldValues,
    CreateCustomFieldUseCase,
    UpdateCustomFieldUseCase,
    ListCustomFieldsUseCase,
    CustomFieldsRpcController,
  ],
  exports: [CustomFieldValues],
})
export class CustomFieldsModule {}
