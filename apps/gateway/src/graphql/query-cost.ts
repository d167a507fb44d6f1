import {
  getNamedType,
  GraphQLError,
  isObjectType,
  isInputType,
  isInterfaceType,
  Kind,
  typeFromAST,
  valueFromAST,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

export interface QueryCostWeights {
  objectCost: number;
  scalarCost: number;
  depthCostFactor: number;
}

/** graphql-armor's weights, so limits and the figures quoted in GRAPHQL_LIMITS keep their meaning. */
export const QUERY_COST_WEIGHTS: QueryCostWeights = { objectCost: 2, scalarCost: 1, depthCostFactor: 1.5 };

/** Arguments that multiply the cost of everything under a field (connection page sizes). */
const PAGE_SIZE_ARGUMENTS = ['first', 'last'];

/**
 * The cost of one operation as it will run: like graphql-armor's cost limit (each object 2, each
 * scalar 1, each level ×1.5, a connection × its page size), except that a page size is read from
 * the request's variables (or their defaults) and, when omitted, from the argument's default in the schema. Armor reads
 * only literals, so `first: $n` with n = 100 counted as 1.
 */
export function operationCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  weights: QueryCostWeights = QUERY_COST_WEIGHTS,
): number {
  const root = schema.getRootType(operation.operation);
  const visiting = new Set<string>();
  // A variable left out takes its definition's default, as execution will.
  const values: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const type = typeFromAST(schema, definition.type);
    if (definition.defaultValue && type && isInputType(type)) {
      values[definition.variable.name.value] = valueFromAST(definition.defaultValue, type);
    }
  }
  Object.assign(values, variables);

  function selectionCost(
    selectionSet: SelectionSetNode,
    parent: GraphQLNamedType | null | undefined,
    depthFactor: number,
  ): number {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === '__schema' || selection.name.value === '__type') continue;
        const field = fieldOf(parent, selection.name.value);
        cost += depthFactor * fieldCost(selection.selectionSet, field, selection.arguments ?? []);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        cost += depthFactor * selectionCost(selection.selectionSet, type, 1);
      } else {
        const fragment = fragments[selection.name.value];
        // A fragment spreading itself is refused by validation; never loop here.
        if (!fragment || visiting.has(fragment.name.value)) continue;
        visiting.add(fragment.name.value);
        cost +=
          depthFactor *
          selectionCost(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value), 1);
        visiting.delete(fragment.name.value);
      }
    }
    return cost;
  }

  function fieldCost(
    selectionSet: SelectionSetNode | undefined,
    field: GraphQLField<unknown, unknown> | undefined,
    args: ReadonlyArray<{ name: { value: string }; value: Parameters<typeof valueFromAST>[0] }>,
  ): number {
    if (!selectionSet) return weights.scalarCost;
    const children = selectionSet && field ? getNamedType(field.type) : undefined;
    const cost = weights.objectCost + selectionCost(selectionSet, children, weights.depthCostFactor);
    return cost * pageSize(field, args);
  }

  function pageSize(
    field: GraphQLField<unknown, unknown> | undefined,
    args: ReadonlyArray<{ name: { value: string }; value: Parameters<typeof valueFromAST>[0] }>,
  ): number {
    let size = 1;
    for (const name of PAGE_SIZE_ARGUMENTS) {
      const definition = field?.args.find((arg) => arg.name === name);
      const given = args.find((arg) => arg.name.value === name);
      const value: unknown = given
        ? definition
          ? valueFromAST(given.value, definition.type, values)
          : undefined
        : definition?.defaultValue;
      if (typeof value === 'number' && Number.isFinite(value)) size = Math.max(size, value);
    }
    return size;
  }

  return root ? selectionCost(operation.selectionSet, root, 1) : 0;
}

function fieldOf(
  type: GraphQLNamedType | null | undefined,
  name: string,
): GraphQLField<unknown, unknown> | undefined {
  return type && (isObjectType(type) || isInterfaceType(type)) ? type.getFields()[name] : undefined;
}

export function costLimitExceeded(maxCost: number, cost: number): GraphQLError {
  return new GraphQLError(`Query cost limit of ${maxCost} exceeded, found ${Math.round(cost)}.`, {
    extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
  });
}
