import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

/** A year, the usual minimum for HSTS preload lists. */
const HSTS_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

/**
 * Headers that keep the admin client and API from being framed, sniffed or fed foreign scripts:
 * a Content-Security-Policy allowing scripts only from this origin (the admin's build is plain
 * files; styles may be inline because Mantine writes its CSS variables in a style element),
 * `frame-ancestors 'none'`, `nosniff`, a strict Referrer-Policy, no `X-Powered-By`. HSTS goes only
 * on requests that arrived over TLS, as Express judges it: `X-Forwarded-Proto` counts only from a
 * trusted proxy (`TRUST_PROXY`).
 *
 * GraphiQL (on only where introspection is, never in production) loads its page from a CDN, so its
 * `GET /graphql` page goes without the policy.
 */
export function securityHeaders(options: { graphiql: boolean }): RequestHandler[] {
  const headers = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    strictTransportSecurity: false,
    xFrameOptions: { action: 'deny' },
  });
  const withoutPolicy = helmet({ contentSecurityPolicy: false, strictTransportSecurity: false });
  const hsts = helmet.strictTransportSecurity({ maxAge: HSTS_MAX_AGE_SECONDS, includeSubDomains: true });
  return [
    (request: Request, response: Response, next: NextFunction) =>
      options.graphiql && request.method === 'GET' && request.path === '/graphql'
        ? withoutPolicy(request, response, next)
        : headers(request, response, next),
    (request: Request, response: Response, next: NextFunction) =>
      request.secure ? hsts(request, response, next) : next(),
  ];
}
