import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i;
const EXPECTED = 'must be an ISO 8601 date-time with an offset, like 2026-01-31T09:00:00Z';

function isIsoDateTime(value: unknown): value is string {
  return typeof value === 'string' && ISO_DATE_TIME.test(value) && !Number.isNaN(Date.parse(value));
}

function parse(value: unknown): string {
  if (!isIsoDateTime(value)) throw new GraphQLError(EXPECTED);
  return new Date(value).toISOString();
}

/**
 * ISO 8601 date-times. Services exchange them as strings, so inputs parse to a normalized UTC string
 * (not a `Date`) and outputs accept the services' strings as they are. Nest's built-in scalar would
 * turn garbage into an Invalid Date and serialize strings as null.
 */
export const DateTimeScalar = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  description: 'An ISO 8601 date-time with an offset, such as 2026-01-31T09:00:00Z.',
  serialize(value) {
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
    if (isIsoDateTime(value)) return value;
    throw new GraphQLError(`DateTime cannot represent ${JSON.stringify(value)}`);
  },
  parseValue: parse,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError(EXPECTED);
    return parse(ast.value);
  },
});
