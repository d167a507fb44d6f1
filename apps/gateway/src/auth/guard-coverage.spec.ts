import 'reflect-metadata';
// The keys @nestjs/graphql sets on @Query/@Mutation handlers and on @ResolveField handlers.
import {
  RESOLVER_PROPERTY_METADATA,
  RESOLVER_TYPE_METADATA,
} from '@nestjs/graphql/dist/graphql.constants.js';
import { resolvers } from '../resolvers';
import { MIN_ROLE } from './min-role.decorator';
import { PUBLIC } from './public.decorator';

function handlers(): Array<{ name: string; guarded: boolean }> {
  return resolvers.flatMap((resolver) => {
    const prototype = resolver.prototype as unknown as Record<string, object>;
    const classGuarded =
      Reflect.getMetadata(PUBLIC, resolver) !== undefined ||
      Reflect.getMetadata(MIN_ROLE, resolver) !== undefined;
    return Object.getOwnPropertyNames(prototype)
      .filter((key) => key !== 'constructor' && typeof prototype[key] === 'function')
      .map((key) => ({ key, method: prototype[key]! }))
      .filter(
        ({ method }) =>
          Reflect.getMetadata(RESOLVER_TYPE_METADATA, method) !== undefined ||
          Reflect.getMetadata(RESOLVER_PROPERTY_METADATA, method) !== undefined,
      )
      .map(({ key, method }) => ({
        name: `${resolver.name}.${key}`,
        guarded:
          classGuarded ||
          Reflect.getMetadata(PUBLIC, method) === true ||
          Reflect.getMetadata(MIN_ROLE, method) !== undefined,
      }));
  });
}

describe('every GraphQL handler is guarded', () => {
  it('finds the handlers (13 mutations, 8 queries, 2 resolved fields)', () => {
    expect(handlers()).toHaveLength(23);
  });

  it('marks each @Public() or @MinRole(…)', () => {
    expect(
      handlers()
        .filter((handler) => !handler.guarded)
        .map((handler) => handler.name),
    ).toEqual([]);
  });
});
