export * from './eventually';
export * from './platform';
export * from './raw-rpc';
export * from './service-access';
export * from './service-node-options';
export * from './streams';
export * from './tenant-sql';
export * from './test-env';
