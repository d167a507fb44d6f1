import type { GraphQLContext } from '../graphql/graphql-context';

const loadersByRequest = new WeakMap<object, Map<string, unknown>>();

/**
 * A DataLoader created once per request, on first use. The loaders the context factory builds are
 * the ones every request needs; the profile's further loaders (contacts, demographics) are made
 * here instead, keyed by the request's `loaders` object, which every shallow copy of the GraphQL
 * context shares, so they live and die with the request like the others.
 */
export function requestLoader<T>(context: GraphQLContext, name: string, create: () => T): T {
  let loaders = loadersByRequest.get(context.loaders);
  if (!loaders) {
    loaders = new Map();
    loadersByRequest.set(context.loaders, loaders);
  }
  if (!loaders.has(name)) loaders.set(name, create());
  return loaders.get(name) as T;
}
