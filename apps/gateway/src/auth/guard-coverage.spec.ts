import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema } from 'graphql';
// The keys @nestjs/graphql sets on @Query/@Mutation handlers and on @ResolveField handlers.
import {
  RESOLVER_PROPERTY_METADATA,
  RESOLVER_TYPE_METADATA,
} from '@nestjs/graphql/dist/graphql.constants.js';
import { resolvers } from '../resolvers';
import { MIN_ROLE } from './min-role.decorator';
import { PUBLIC } from './public.decorator';

interface Handler {
  name: string;
  guarded: boolean;
  /** A @Query or @Mutation, rather than a @ResolveField. */
  root: boolean;
}

function handlers(): Handler[] {
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
        root: Reflect.getMetadata(RESOLVER_TYPE_METADATA, method) !== undefined,
        guarded:
          classGuarded ||
          Reflect.getMetadata(PUBLIC, method) === true ||
          Reflect.getMetadata(MIN_ROLE, method) !== undefined,
      }));
  });
}

describe('every GraphQL handler is guarded', () => {
  it('finds a handler for every query and mutation of the committed schema', () => {
    const schema = buildSchema(readFileSync(join(__dirname, '..', '..', 'schema.gql'), 'utf8'));
    const rootFields = [schema.getQueryType(), schema.getMutationType()].flatMap((type) =>
      Object.keys(type?.getFields() ?? {}),
    );
    expect(handlers().filter((handler) => handler.root)).toHaveLength(rootFields.length);
    expect(handlers().filter((handler) => !handler.root).length).toBeGreaterThan(0);
  });

  it('marks each @Public() or @MinRole(…)', () => {
    expect(
      handlers()
        .filter((handler) => !handler.guarded)
        .map((handler) => handler.name),
    ).toEqual([]);
  });
});
