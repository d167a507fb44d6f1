/**
 * `@groundwork/testing/harness`: a service booted in the test process. Apart from the main entry
 * because it loads Nest and the service-kit main entry (nestjs-cls turns on async hooks for the whole
 * process), which the platform launcher's users (gateway e2e tests, the benchmark) must not pay for.
 */
export * from './service-harness';
export * from './entity-drift';
export * from './event-publisher';
