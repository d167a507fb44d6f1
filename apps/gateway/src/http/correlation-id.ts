import { randomUUID } from 'node:crypto';
import { Header } from '@groundwork/contracts';
import type { Request, Response } from 'express';

/** Accepted from clients as is; anything else is replaced, so ids stay safe to log and to send on. */
const CORRELATION_ID = /^[A-Za-z0-9._:-]{1,100}$/;

const assigned = new WeakMap<Request, string>();

/**
 * Gives a request its correlation id (the client's `x-correlation-id` or a new one) and returns it as
 * a response header. The gateway passes the id on explicitly (GraphQL context, service calls, log
 * lines) instead of through async-local storage, whose hooks on every promise cost the hot path more
 * than anything else the gateway adds.
 */
export function assignCorrelationId(request: Request, response: Response): string {
  const incoming = request.headers[Header.CORRELATION_ID];
  const correlationId =
    typeof incoming === 'string' && CORRELATION_ID.test(incoming) ? incoming : randomUUID();
  assigned.set(request, correlationId);
  response.setHeader(Header.CORRELATION_ID, correlationId);
  return correlationId;
}

/** The id `CorrelationMiddleware` gave this request. */
export function correlationIdOf(request: Request): string {
  return assigned.get(request) ?? 'none';
}
