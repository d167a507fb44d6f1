import { prioritizationRpc } from './listening-prioritization';

export * from './listening-service';

/** The subjects listening answers. */
export const listeningRpc = { ...prioritizationRpc } as const;
export type ListeningRpc = typeof listeningRpc;
