import type { ErrorBody } from './errors';

/** Every NATS request-reply answer has this shape. */
export type RpcReply<T> = { ok: true; data: T } | { ok: false; error: ErrorBody };
