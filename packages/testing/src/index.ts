export * from './eventually';
export * from './raw-rpc';
export * from './streams';
export * from './tenant-sql';
export * from './test-env';
