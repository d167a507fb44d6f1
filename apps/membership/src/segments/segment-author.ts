import { ActorType } from '@groundwork/contracts';
import type { TenantContext } from '@groundwork/service-kit';

/** The user who saves a segment, or null when an API token does. */
export function segmentAuthor(context: TenantContext): string | null {
  const actor = context.actor();
  return actor?.type === ActorType.USER ? actor.id : null;
}
