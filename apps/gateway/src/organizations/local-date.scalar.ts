import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const EXPECTED = 'must be a date like 2026-01-31';

function isLocalDate(value: unknown): value is string {
  if (typeof value !== 'string' || !LOCAL_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

function parse(value: unknown): string {
  if (!isLocalDate(value)) throw new GraphQLError(EXPECTED);
  return value;
}

/**
 * A calendar date without a time or zone (`2026-01-31`): joined and left dates, dues paid until, the
 * day a one-on-one was held. Kept as the string the services exchange; a date-time would make every
 * client pick a time zone for a day.
 */
export const LocalDateScalar = new GraphQLScalarType<string, string>({
  name: 'LocalDate',
  description: 'A calendar date without a time zone, such as 2026-01-31 (ISO 8601).',
  serialize(value) {
    if (isLocalDate(value)) return value;
    throw new GraphQLError(`LocalDate cannot represent ${JSON.stringify(value)}`);
  },
  parseValue: parse,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError(EXPECTED);
    return parse(ast.value);
  },
});
