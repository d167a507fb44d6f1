import { Badge } from '@mantine/core';
import type { Role } from '../gql/graphql';
import { ROLE_LABELS } from '../viewer/permissions';

const ROLE_COLORS: Record<Role, string> = {
  OWNER: 'grape',
  ADMIN: 'blue',
  ORGANIZER: 'green',
  VIEWER: 'gray',
};

export function RoleBadge({ role }: { role: Role }) {
  return (
    <Badge color={ROLE_COLORS[role]} variant="light">
      {ROLE_LABELS[role]}
    </Badge>
  );
}
