import { ActorType } from '@groundwork/contracts';
import type { TenantContext } from '@groundwork/service-kit';

/**
 * The user to record in "who" fields (changed_by, recorded_by…): the acting user, or null when an
 * API token or the system acted. The gateway has authenticated the actor before any write reaches us.
 */
export function actingUserId(context: TenantContext): string | null {
  const actor = context.actor();
  return actor?.type === ActorType.USER ? actor.id : null;
}
