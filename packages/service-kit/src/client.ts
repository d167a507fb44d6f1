/**
 * What a process that only calls services needs (the gateway), without the async-local request
 * context: nothing reachable from here loads nestjs-cls, which would turn on async hooks for every
 * promise of the process. A lint rule keeps the gateway on this entry point.
 */
export * from './config/load-config';
export * from './context/request-context';
export * from './database/in-one-write';
export * from './errors/domain-error';
export * from './errors/rpc-error';
export * from './errors/validation';
export * from './health/health.service';
export * from './logging/json-logger';
export * from './nats/connect-options';
export * from './nats/namespace';
export * from './nats/nats-client.module';
export * from './nats/nats.tokens';
export * from './nats/rpc-client';
export * from './registry/service-registry';
