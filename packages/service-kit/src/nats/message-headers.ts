import { ActorType, Header, type Actor } from '@groundwork/contracts';
import { headers as natsHeaders, type MsgHdrs } from '@nats-io/transport-node';
import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../context/request-context';

const actorTypes = new Set<string>(Object.values(ActorType));

export function contextHeaders(context: RequestContext | undefined): MsgHdrs {
  const headers = natsHeaders();
  headers.set(Header.CORRELATION_ID, context?.correlationId ?? randomUUID());
  if (context?.tenantId) headers.set(Header.TENANT_ID, context.tenantId);
  if (context?.actor) {
    headers.set(Header.ACTOR_ID, context.actor.id);
    headers.set(Header.ACTOR_TYPE, context.actor.type);
  }
  if (context?.idempotencyKey) headers.set(Header.IDEMPOTENCY_KEY, context.idempotencyKey);
  return headers;
}

export function contextFromHeaders(headers: MsgHdrs | undefined): RequestContext {
  const tenantId = headers?.get(Header.TENANT_ID) || null;
  const actorId = headers?.get(Header.ACTOR_ID);
  const actorType = headers?.get(Header.ACTOR_TYPE);
  const actor: Actor | null =
    actorId && actorType && actorTypes.has(actorType) ? { id: actorId, type: actorType as ActorType } : null;
  const idempotencyKey = headers?.get(Header.IDEMPOTENCY_KEY);
  return {
    tenantId,
    actor,
    correlationId: headers?.get(Header.CORRELATION_ID) || randomUUID(),
    ...(idempotencyKey ? { idempotencyKey } : {}),
  };
}
