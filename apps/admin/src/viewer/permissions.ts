import { enumValues } from '../api/enum-values';
import type { Role } from '../gql/graphql';

/** Mirrors the gateway's rules so the client hides what the role cannot do; the gateway still decides. */
export interface Permissions {
  canEditPeople: boolean;
  canManageTeam: boolean;
  /** Roles this viewer may hand out; only an owner can make another owner. */
  assignableRoles: Role[];
}

const ROLES = enumValues<Role>()(['OWNER', 'ADMIN', 'ORGANIZER', 'VIEWER']);

export function permissionsFor(role: Role): Permissions {
  const canManageTeam = role === 'OWNER' || role === 'ADMIN';
  return {
    canEditPeople: role !== 'VIEWER',
    canManageTeam,
    assignableRoles: !canManageTeam ? [] : role === 'OWNER' ? ROLES : ROLES.filter((r) => r !== 'OWNER'),
  };
}

export const ROLE_LABELS: Record<Role, string> = {
  OWNER: 'Owner',
  ADMIN: 'Admin',
  ORGANIZER: 'Organizer',
  VIEWER: 'Viewer',
};
