import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { GraphQLContext } from '../graphql/graphql-context';
import type { Principal } from './principal';

/** What the guard found out about a plain HTTP request's caller. */
export interface HttpCaller {
  principal: Principal;
  /** The same context GraphQL requests carry, for service calls and loaders. */
  context: GraphQLContext;
}

const CALLER = Symbol('groundwork:http-caller');

export function setHttpCaller(request: Request, caller: HttpCaller): void {
  (request as Request & { [CALLER]?: HttpCaller })[CALLER] = caller;
}

/** The authenticated caller of a `@MinRole` HTTP handler; its absence is a bug and fails closed. */
export const Caller = createParamDecorator((_data: unknown, execution: ExecutionContext): HttpCaller => {
  const caller = execution.switchToHttp().getRequest<Request & { [CALLER]?: HttpCaller }>()[CALLER];
  if (!caller) throw new Error('no authenticated caller in a guarded HTTP handler');
  return caller;
});
