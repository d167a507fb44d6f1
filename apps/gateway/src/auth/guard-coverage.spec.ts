import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema } from 'graphql';
// The keys @nestjs/graphql sets on @Query/@Mutation handlers and on @ResolveField handlers.
import {
  RESOLVER_PROPERTY_METADATA,
  RESOLVER_TYPE_METADATA,
} from '@nestjs/graphql/dist/graphql.constants.js';
import { PATH_METADATA } from '@nestjs/common/constants.js';
import { AppModule } from '../app.module';
import { loadGatewayConfig } from '../config';
import { ImportsHttpModule } from '../imports/imports-http.module';
import { resolvers } from '../resolvers';
import { SegmentsHttpModule } from '../segments/segments-http.module';
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

/** HTTP handlers anyone may call: health for probes, metrics behind its own token. */
// Probes and monitoring: health (and its liveness and readiness forms) answers anyone; /metrics checks its own token.
const PUBLIC_HTTP_HANDLERS = [
  'HealthController.get',
  'HealthController.live',
  'HealthController.ready',
  'MetricsController.metrics',
];

function httpHandlers(): Array<{ name: string; isPublic: boolean; minRole: unknown }> {
  const app = AppModule.forRoot(loadGatewayConfig({ JWT_SECRET: 'x'.repeat(32) }));
  const controllers = [
    ...(app.controllers ?? []),
    ...[ImportsHttpModule, SegmentsHttpModule].flatMap(
      (module) =>
        (Reflect.getMetadata('controllers', module) as Array<new (...args: never[]) => unknown>) ?? [],
    ),
  ];
  return controllers.flatMap((controller) => {
    const prototype = controller.prototype as Record<string, object>;
    return Object.getOwnPropertyNames(prototype)
      .filter(
        (key) => key !== 'constructor' && Reflect.getMetadata(PATH_METADATA, prototype[key]!) !== undefined,
      )
      .map((key) => ({
        name: `${controller.name}.${key}`,
        isPublic: Reflect.getMetadata(PUBLIC, prototype[key]!) === true,
        minRole: Reflect.getMetadata(MIN_ROLE, prototype[key]!),
      }));
  });
}

describe('every HTTP handler is guarded', () => {
  it('finds the upload and export endpoints', () => {
    expect(httpHandlers().map((handler) => handler.name)).toEqual(
      expect.arrayContaining([
        'ImportsController.upload',
        'ImportsController.rejected',
        'SegmentExportController.export',
        ...PUBLIC_HTTP_HANDLERS,
      ]),
    );
  });

  it('marks each @MinRole(…), or @Public() only where anyone may call it', () => {
    const handlers = httpHandlers();
    expect(
      handlers.filter((handler) => !handler.isPublic && !handler.minRole).map((handler) => handler.name),
    ).toEqual([]);
    expect(
      handlers
        .filter((handler) => handler.isPublic)
        .map((handler) => handler.name)
        .sort(),
    ).toEqual([...PUBLIC_HTTP_HANDLERS].sort());
  });
});
