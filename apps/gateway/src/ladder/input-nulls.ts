import { badUserInput } from '../common/graphql-errors';

type WithoutNull<T> = { [K in keyof T]: Exclude<T[K], null> };

/**
 * GraphQL lets a client send `null` for any optional input field, while the services' contracts
 * mean "left out" by a missing key. On creation a null field takes its default, as if left out.
 */
export function nullsAsDefaults<T extends object>(input: T): WithoutNull<T> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null)) as WithoutNull<T>;
}

/**
 * On update a field left out stays as it is; null is refused, naming the field, unless the field is
 * one that `clearable` says may be emptied (those pass on as null).
 */
export function refuseNulls<T extends object>(input: T): WithoutNull<T>;
export function refuseNulls<T extends object, C extends keyof T>(
  input: T,
  clearable: readonly C[],
): WithoutNull<Omit<T, C>> & Pick<T, C>;
export function refuseNulls<T extends object>(input: T, clearable: readonly PropertyKey[] = []): Partial<T> {
  const refused = Object.entries(input)
    .filter(([field, value]) => value === null && !clearable.includes(field))
    .map(([field]) => ({ field, message: 'must not be null' }));
  if (refused.length > 0) throw badUserInput(refused);
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as Partial<T>;
}
