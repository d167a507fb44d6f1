import { registerEnumType } from '@nestjs/graphql';
import { Role as RoleSchema } from '@groundwork/contracts';

export const Role = RoleSchema.enum;
export type Role = RoleSchema;

registerEnumType(Role, { name: 'Role' });

const rank: Record<Role, number> = { VIEWER: 0, ORGANIZER: 1, ADMIN: 2, OWNER: 3 };

/** Whether `role` carries at least the rights of `required`. */
export function hasRoleAtLeast(role: Role, required: Role): boolean {
  return rank[role] >= rank[required];
}
