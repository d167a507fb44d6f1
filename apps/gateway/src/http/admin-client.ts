import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { LoggerService } from '@nestjs/common';
import express, { type NextFunction, type Request, type Response } from 'express';

/** Paths the gateway answers itself; everything else belongs to the admin client. */
const API_PATHS = ['/graphql', '/health', '/metrics', '/api'];

function isApiPath(path: string): boolean {
  return API_PATHS.some((api) => path === api || path.startsWith(`${api}/`));
}

/**
 * Express middleware serving the built admin client: its files as they are, and index.html for any
 * other GET that wants a page, so client-side routes survive a reload. Without a build it serves nothing.
 */
export function adminClient(dir: string, logger: LoggerService): express.Handler {
  const indexHtml = join(dir, 'index.html');
  if (!existsSync(indexHtml)) {
    logger.warn(`no admin client at ${dir} (build apps/admin); serving the API only`, 'AdminClient');
    return (_request, _response, next) => next();
  }
  const files = express.static(dir, { index: false });
  return (request: Request, response: Response, next: NextFunction) => {
    if (isApiPath(request.path)) return next();
    files(request, response, () => {
      if (request.method === 'GET' && request.accepts('html')) return response.sendFile(indexHtml);
      next();
    });
  };
}
