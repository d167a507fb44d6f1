import { campaignsRpc } from './listening-campaigns';
import { conversationsRpc } from './listening-conversations';
import { prioritizationRpc } from './listening-prioritization';
import { themesRpc } from './listening-themes';

export * from './listening-service';

/** The subjects listening answers. */
export const listeningRpc = {
  ...prioritizationRpc,
  ...campaignsRpc,
  ...conversationsRpc,
  ...themesRpc,
} as const;
export type ListeningRpc = typeof listeningRpc;
