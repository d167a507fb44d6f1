import type { z } from 'zod';

/**
 * One request-reply subject: its request and reply schemas, and whether it runs inside a tenant.
 * `tenant: false` marks the few named paths that act before a tenant is known (sign-up, login,
 * token authentication, health); the server refuses every other subject that arrives without a tenant.
 */
export interface RpcDefinition<Req extends z.ZodType = z.ZodType, Rep extends z.ZodType = z.ZodType> {
  request: Req;
  reply: Rep;
  tenant: boolean;
}

export const rpc = <Req extends z.ZodType, Rep extends z.ZodType>(definition: {
  request: Req;
  reply: Rep;
  tenant: boolean;
}): RpcDefinition<Req, Rep> => definition;

export type RpcRequest<D> = D extends RpcDefinition<infer Req, z.ZodType> ? z.input<Req> : never;
export type RpcParsedRequest<D> = D extends RpcDefinition<infer Req, z.ZodType> ? z.output<Req> : never;
export type RpcResult<D> = D extends RpcDefinition<z.ZodType, infer Rep> ? z.output<Rep> : never;
