import { Injectable } from '@nestjs/common';
import { RpcHandler } from '@groundwork/service-kit';
import type { MembershipReply, MembershipRequest } from '../membership-rpc';
import { CreateCustomFieldUseCase } from './create-custom-field.use-case';
import { toCustomFieldDefinitionDto } from './custom-field.mapper';
import { ListCustomFieldsUseCase } from './list-custom-fields.use-case';
import { UpdateCustomFieldUseCase } from './update-custom-field.use-case';

/** NATS adapter for custom field definitions. */
@Injectable()
export class CustomFieldsRpcController {
  constructor(
    private readonly createCustomField: CreateCustomFieldUseCase,
    private readonly updateCustomField: UpdateCustomFieldUseCase,
    private readonly listCustomFields: ListCustomFieldsUseCase,
  ) {}

  @RpcHandler('membership.custom-field.create')
  async create(
    input: MembershipRequest<'membership.custom-field.create'>,
  ): Promise<MembershipReply<'membership.custom-field.create'>> {
    return toCustomFieldDefinitionDto(await this.createCustomField.execute(input));
  }

  @RpcHandler('membership.custom-field.update')
  async update(
    input: MembershipRequest<'membership.custom-field.update'>,
  ): Promise<MembershipReply<'membership.custom-field.update'>> {
    return toCustomFieldDefinitionDto(await this.updateCustomField.execute(input));
  }

  @RpcHandler('membership.custom-field.list')
  async list(
    input: MembershipRequest<'membership.custom-field.list'>,
  ): Promise<MembershipReply<'membership.custom-field.list'>> {
    return (await this.listCustomFields.execute(input.includeArchived)).map(toCustomFieldDefinitionDto);
  }
}
