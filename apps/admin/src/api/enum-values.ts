/**
 * Lists of a generated GraphQL enum's values (src/gql/graphql.ts), in the order the screen shows
 * them. The schema sorts enum values alphabetically, so the display order is written here, but
 * typecheck holds it to the schema: a value the enum lacks is refused, and a value the enum gained
 * and the list leaves out fails with `missingEnumValues` naming it.
 */
type Unlisted<T, Listed> = Exclude<T, Listed>;
type EveryValue<T, Listed> = [Unlisted<T, Listed>] extends [never]
  ? unknown
  : { missingEnumValues: Unlisted<T, Listed> };

/** Every value of enum `T`: `enumValues<Role>()(['OWNER', 'ADMIN', 'ORGANIZER', 'VIEWER'])`. */
export function enumValues<T extends string>() {
  return <const V extends readonly T[]>(values: V & EveryValue<T, V[number]>): T[] => [...values];
}

/** One option per value of enum `T`, e.g. `{ value, label }` for a select. */
export function enumOptions<T extends string>() {
  return <const V extends readonly { value: T }[]>(
    options: V & EveryValue<T, V[number]['value']>,
  ): Array<V[number]> => [...options];
}
