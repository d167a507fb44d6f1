import type { ApiTokenScope, Role } from '@groundwork/contracts';

/**
 * The role a token acts with where a role must be named (the viewer): WRITE tokens write like an
 * organizer, READ tokens read like a viewer. Tokens never manage users, roles or tokens.
 */
export function apiTokenRole(scopes: ApiTokenScope[]): Role {
  return scopes.includes('WRITE') ? 'ORGANIZER' : 'VIEWER';
}
