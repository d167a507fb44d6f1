import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { assignCorrelationId } from './correlation-id';

/** Gives every HTTP request a correlation id, so logs, errors and service calls all quote the same one. */
@Injectable()
export class CorrelationMiddleware implements NestMiddleware {
  use(request: Request, response: Response, next: NextFunction): void {
    assignCorrelationId(request, response);
    next();
  }
}
