import { z } from 'zod';
import { isoDateTime, plainText, uuid } from './fields';
import { rpc } from './rpc';

export const LISTENING = 'listening';

export const ListeningItemDto = z.object({ id: uuid(), name: z.string(), createdAt: isoDateTime() });
export type ListeningItemDto = z.infer<typeof ListeningItemDto>;

/** The subjects listening answers. */
export const listeningRpc = {
  'listening.item.create': rpc({
    tenant: true,
    request: z.object({ name: plainText(200) }),
    reply: ListeningItemDto,
  }),
} as const;
export type ListeningRpc = typeof listeningRpc;
