import type { Actor, ApiTokenScope } from '@groundwork/contracts';
import type { Role } from './role';

/** Who is calling: a signed-in user (with a session) or an API token, always inside one coalition. */
export interface Principal {
  tenantId: string;
  actor: Actor;
  role: Role;
  scopes: ApiTokenScope[];
  /** Present for users: the session their refresh token belongs to. */
  sessionId?: string;
}
