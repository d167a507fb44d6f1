import { Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { GraphQLError } from 'graphql';
import { Authenticator } from '../auth/authenticator';
import type { Principal } from '../auth/principal';
import { hasRoleAtLeast, type Role } from '../auth/role';
import { PublicErrorCode, tokenScopeForbidden } from '../common/graphql-errors';
import { GraphQLContextFactory } from '../graphql/graphql-context.factory';
import type { GraphQLContext } from '../graphql/graphql-context';

/** A refusal of an HTTP request, with its status and the same codes GraphQL clients see. */
export class HttpRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

const STATUS: Partial<Record<string, number>> = {
  [PublicErrorCode.UNAUTHENTICATED]: 401,
  [PublicErrorCode.FORBIDDEN]: 403,
  [PublicErrorCode.RATE_LIMITED]: 429,
};

/**
 * Authenticates plain HTTP requests exactly as GraphQL requests are (access JWT or API token in
 * `Authorization: Bearer`), then applies the same role rule as `@MinRole` and, for writes, the
 * WRITE scope. Called by the global `AuthGuard` for `@MinRole` HTTP handlers.
 */
@Injectable()
export class HttpAuthenticator {
  constructor(
    private readonly contexts: GraphQLContextFactory,
    private readonly authenticator: Authenticator,
  ) {}

  async require(
    request: Request,
    minRole: Role,
    write: boolean,
  ): Promise<{ principal: Principal; context: GraphQLContext }> {
    const context = this.contexts.create(request);
    let principal: Principal;
    try {
      principal = await this.authenticator.authenticate(context);
    } catch (error) {
      if (error instanceof GraphQLError) {
        const code = String(error.extensions.code);
        throw new HttpRefusal(STATUS[code] ?? 500, code, error.message);
      }
      throw error;
    }
    if (write && !principal.scopes.includes('WRITE')) {
      const refusal = tokenScopeForbidden();
      throw new HttpRefusal(403, PublicErrorCode.FORBIDDEN, refusal.message, {
        reason: refusal.extensions.reason,
      });
    }
    if (!hasRoleAtLeast(principal.role, minRole)) {
      throw new HttpRefusal(
        403,
        PublicErrorCode.FORBIDDEN,
        `this needs the ${minRole} role or higher in the coalition`,
      );
    }
    return { principal, context };
  }
}
