import type { LoggerService } from '@nestjs/common';
import pino, { type Logger } from 'pino';
import type { RequestContext } from '../context/request-context';

/** Where a log line finds the work in progress; services pass `currentRequestContext`. */
export type LogContextSource = () => Pick<RequestContext, 'correlationId' | 'tenantId'> | undefined;

/**
 * JSON lines through pino, each carrying the correlation id and tenant of the work in progress (from
 * `contextOf`), so one request can be followed across the gateway and services. The gateway keeps no
 * async-local context and puts the correlation id in the lines that need it.
 */
export class JsonLogger implements LoggerService {
  private readonly pino: Logger;

  constructor(service: string, level: string, contextOf: LogContextSource = () => undefined) {
    this.pino = pino({
      level,
      base: { service },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin: () => {
        const context = contextOf();
        return context
          ? { correlationId: context.correlationId, tenantId: context.tenantId ?? undefined }
          : {};
      },
    });
  }

  log(message: unknown, context?: string): void {
    this.write('info', message, context);
  }
  error(message: unknown, stackOrContext?: string, context?: string): void {
    this.write('error', message, context ?? stackOrContext);
  }
  warn(message: unknown, context?: string): void {
    this.write('warn', message, context);
  }
  debug(message: unknown, context?: string): void {
    this.write('debug', message, context);
  }
  verbose(message: unknown, context?: string): void {
    this.write('trace', message, context);
  }
  fatal(message: unknown, context?: string): void {
    this.write('fatal', message, context);
  }

  private write(
    level: 'info' | 'error' | 'warn' | 'debug' | 'trace' | 'fatal',
    message: unknown,
    context?: string,
  ): void {
    if (message !== null && typeof message === 'object') {
      this.pino[level]({ context, ...(message as Record<string, unknown>) });
    } else {
      this.pino[level]({ context }, String(message));
    }
  }
}
