import { HttpException, Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import type { Request, Response } from 'express';
import type { GraphQLResolveInfo } from 'graphql';
import { forbidden, tokenScopeForbidden } from '../common/graphql-errors';
import type { GraphQLContext } from '../graphql/graphql-context';
import { HttpAuthenticator, HttpRefusal } from '../imports/http-authenticator';
import { Authenticator } from './authenticator';
import { setHttpCaller } from './http-caller';
import { MIN_ROLE } from './min-role.decorator';
import { PUBLIC } from './public.decorator';
import { hasRoleAtLeast, type Role } from './role';

/**
 * The global guard, for GraphQL resolvers and HTTP controllers alike. Denies by default: a handler
 * runs only if it is `@Public()` or its `@MinRole` is met by an authenticated caller; mutations (and
 * HTTP requests other than GET and HEAD) also need the WRITE scope (API tokens may lack it).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger(AuthGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: Authenticator,
    private readonly httpAuthenticator: HttpAuthenticator,
  ) {}

  async canActivate(execution: ExecutionContext): Promise<boolean> {
    const targets = [execution.getHandler(), execution.getClass()];
    if (this.reflector.getAllAndOverride<boolean | undefined>(PUBLIC, targets)) return true;
    const minRole = this.reflector.getAllAndOverride<Role | undefined>(MIN_ROLE, targets);
    const type = execution.getType<GqlContextType>();
    if (minRole && type === 'http') return this.canActivateHttp(execution, minRole);
    if (!minRole || type !== 'graphql') {
      this.logger.error(
        `${execution.getClass().name}.${execution.getHandler().name} is neither @Public nor @MinRole: denied`,
      );
      throw forbidden('this operation is not available');
    }
    const graphql = GqlExecutionContext.create(execution);
    const principal = await this.authenticator.authenticate(graphql.getContext<GraphQLContext>());
    // The scope first: a READ token's viewer role would otherwise hide that the token is what refuses.
    const isMutation = graphql.getInfo<GraphQLResolveInfo>().parentType.name === 'Mutation';
    if (isMutation && !principal.scopes.includes('WRITE')) throw tokenScopeForbidden();
    if (!hasRoleAtLeast(principal.role, minRole)) {
      throw forbidden(`this needs the ${minRole} role or higher in the coalition`);
    }
    return true;
  }

  /** The same rules for plain HTTP; a refusal answers `{ code, message }` with its status. */
  private async canActivateHttp(execution: ExecutionContext, minRole: Role): Promise<boolean> {
    const http = execution.switchToHttp();
    const request = http.getRequest<Request>();
    const writes = request.method !== 'GET' && request.method !== 'HEAD';
    try {
      setHttpCaller(request, await this.httpAuthenticator.require(request, minRole, writes));
      return true;
    } catch (error) {
      if (!(error instanceof HttpRefusal)) throw error;
      // A refused upload's body is not wanted: answer now and close rather than read it all.
      if (!request.complete) http.getResponse<Response>().setHeader('Connection', 'close');
      throw new HttpException({ code: error.code, message: error.message, ...error.extra }, error.status);
    }
  }
}
