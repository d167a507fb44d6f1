import { evaluationRpc } from './evaluation';
import { membershipRpc } from './membership';
import { listeningRpc } from './listening';

export * from './envelope';
export * from './errors';
export * from './evaluation';
export * from './fields';
export * from './headers';
export * from './health';
export * from './membership';
export * from './membership-audit';
export * from './membership-organizations';
export * from './membership-people';
export * from './membership-relationships';
export * from './membership-ladder';
export * from './membership-consent';
export * from './membership-tags';
export * from './membership-imports';
export * from './membership-segments';
export * from './membership-duplicates';
export * from './reply';
export * from './rpc';
export * from './listening';
export * from './listening-prioritization';
export * from './listening-campaigns';
export * from './listening-conversations';
export * from './listening-themes';

/** Every request-reply subject in the platform; typed clients and servers are keyed by it. */
export const platformRpc = { ...membershipRpc, ...evaluationRpc, ...listeningRpc } as const;
export type PlatformRpc = typeof platformRpc;
export type Subject = keyof PlatformRpc;
