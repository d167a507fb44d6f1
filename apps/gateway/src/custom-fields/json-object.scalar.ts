import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

const EXPECTED = 'must be a JSON object';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function literal(ast: ValueNode): unknown {
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return ast.values.map(literal);
    case Kind.OBJECT:
      return Object.fromEntries(ast.fields.map((field) => [field.name.value, literal(field.value)]));
    default:
      throw new GraphQLError(
        'JSONObject literals cannot contain variables or enums; pass the whole object as a variable',
      );
  }
}

/**
 * A JSON object, for values whose shape a coalition defines (custom field values by key) or a
 * source defines (timeline entry facts). The owning service checks the content.
 */
export const JsonObjectScalar = new GraphQLScalarType<Record<string, unknown>, Record<string, unknown>>({
  name: 'JSONObject',
  description: 'A JSON object, e.g. { "shirt_size": "M", "children": 2 }.',
  serialize(value) {
    if (!isPlainObject(value)) throw new GraphQLError(`JSONObject cannot represent ${JSON.stringify(value)}`);
    return value;
  },
  parseValue(value) {
    if (!isPlainObject(value)) throw new GraphQLError(EXPECTED);
    return value;
  },
  parseLiteral(ast) {
    const value = literal(ast);
    if (!isPlainObject(value)) throw new GraphQLError(EXPECTED);
    return value;
  },
});
