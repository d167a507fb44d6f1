import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { CustomFieldDefinitionDto } from '@groundwork/contracts';
import { MinRole } from '../auth/min-role.decorator';
import { Role } from '../auth/role';
import { ServiceRpc } from '../common/service-rpc';
import type { GraphQLContext } from '../graphql/graphql-context';
import { CreateCustomFieldInput, CustomFieldsArgs, UpdateCustomFieldInput } from './custom-field.input';
import { CustomFieldDefinition } from './custom-field.model';

/** Custom field definitions: anyone in the coalition reads them, ADMIN and above define them. */
@Resolver(() => CustomFieldDefinition)
export class CustomFieldsResolver {
  constructor(private readonly services: ServiceRpc) {}

  @MinRole(Role.VIEWER)
  @Query(() => [CustomFieldDefinition], { description: 'In the order they were defined (at most 200).' })
  customFields(
    @Args() args: CustomFieldsArgs,
    @Context() context: GraphQLContext,
  ): Promise<CustomFieldDefinitionDto[]> {
    return this.services.request(context, 'membership.custom-field.list', {
      includeArchived: args.includeArchived ?? false,
    });
  }

  @MinRole(Role.ADMIN)
  @Mutation(() => CustomFieldDefinition)
  createCustomField(
    @Args('input') input: CreateCustomFieldInput,
    @Context() context: GraphQLContext,
  ): Promise<CustomFieldDefinitionDto> {
    return this.services.request(context, 'membership.custom-field.create', {
      key: input.key,
      label: input.label,
      type: input.type,
      ...(input.options ? { options: input.options } : {}),
      required: input.required ?? false,
    });
  }

  @MinRole(Role.ADMIN)
  @Mutation(() => CustomFieldDefinition)
  updateCustomField(
    @Args('input') input: UpdateCustomFieldInput,
    @Context() context: GraphQLContext,
  ): Promise<CustomFieldDefinitionDto> {
    const { id, ...changes } = input;
    return this.services.request(context, 'membership.custom-field.update', {
      id,
      ...Object.fromEntries(
        Object.entries(changes).filter(([, value]) => value !== null && value !== undefined),
      ),
    });
  }
}
