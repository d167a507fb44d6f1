import { Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { forbidden } from '../common/graphql-errors';
import type { GraphQLContext } from '../graphql/graphql-context';
import { Authenticator } from './authenticator';
import { MIN_ROLE } from './min-role.decorator';
import { PUBLIC } from './public.decorator';
import { hasRoleAtLeast, type Role } from './role';

/**
 * The global guard. Denies by default: a handler runs only if it is `@Public()` or its `@MinRole`
 * is met by an authenticated caller; mutations also need the WRITE scope (API tokens may lack it).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger(AuthGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: Authenticator,
  ) {}

  async canActivate(execution: ExecutionContext): Promise<boolean> {
    const targets = [execution.getHandler(), execution.getClass()];
    if (this.reflector.getAllAndOverride<boolean | undefined>(PUBLIC, targets)) return true;
    const minRole = this.reflector.getAllAndOverride<Role | undefined>(MIN_ROLE, targets);
    if (!minRole || execution.getType<GqlContextType>() !== 'graphql') {
      this.logger.error(
        `${execution.getClass().name}.${execution.getHandler().name} is neither @Public nor @MinRole: denied`,
      );
      throw forbidden('this operation is not available');
    }
    const graphql = GqlExecutionContext.create(execution);
    const principal = await this.authenticator.authenticate(graphql.getContext<GraphQLContext>());
    if (!hasRoleAtLeast(principal.role, minRole)) {
      throw forbidden(`this needs the ${minRole} role or higher in the coalition`);
    }
    const isMutation = graphql.getInfo<GraphQLResolveInfo>().parentType.name === 'Mutation';
    if (isMutation && !principal.scopes.includes('WRITE')) throw forbidden('this API token may only read');
    return true;
  }
}
