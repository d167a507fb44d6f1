import { randomUUID } from 'node:crypto';
import { Injectable, type NestMiddleware } from '@nestjs/common';
import { Header } from '@groundwork/contracts';
import { TenantContext } from '@groundwork/service-kit';
import type { NextFunction, Request, Response } from 'express';

/** Accepted from clients as is; anything else is replaced, so ids stay safe to log and to send on. */
const CORRELATION_ID = /^[A-Za-z0-9._:-]{1,100}$/;

/**
 * Gives every HTTP request a correlation id (the client's `x-correlation-id` or a new one), returns it
 * as a response header, and runs the rest of the request in a context carrying it, so logs, errors
 * and service calls all quote the same id.
 */
@Injectable()
export class CorrelationMiddleware implements NestMiddleware {
  constructor(private readonly tenantContext: TenantContext) {}

  use(request: Request, response: Response, next: NextFunction): void {
    const incoming = request.headers[Header.CORRELATION_ID];
    const correlationId =
      typeof incoming === 'string' && CORRELATION_ID.test(incoming) ? incoming : randomUUID();
    response.setHeader(Header.CORRELATION_ID, correlationId);
    void this.tenantContext.run({ tenantId: null, actor: null, correlationId }, async () => next());
  }
}
