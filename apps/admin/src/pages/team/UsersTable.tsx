import { Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { RoleBadge } from '../../components/RoleBadge';
import { formatDate } from '../../format/dates';
import type { CoalitionUserFieldsFragment, Role } from '../../gql/graphql';
import { UserRoleSelect } from './UserRoleSelect';

interface UsersTableProps {
  users: CoalitionUserFieldsFragment[];
  viewerUserId: string | undefined;
  canManage: boolean;
  assignableRoles: Role[];
  onRemove: (user: CoalitionUserFieldsFragment) => void;
}

export function UsersTable({ users, viewerUserId, canManage, assignableRoles, onRemove }: UsersTableProps) {
  /** Nobody changes their own role or removes themselves; only an owner touches another owner. */
  const canManageUser = (user: CoalitionUserFieldsFragment) =>
    canManage && user.id !== viewerUserId && assignableRoles.includes(user.role);

  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="sm" aria-label="Users">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Email</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th>Joined</Table.Th>
            {canManage && (
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((user) => (
            <Table.Tr key={user.id}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {user.name}
                  {user.id === viewerUserId && (
                    <Text span c="dimmed" size="xs">
                      {' '}
                      (you)
                    </Text>
                  )}
                </Text>
              </Table.Td>
              <Table.Td>{user.email}</Table.Td>
              <Table.Td>
                {canManageUser(user) ? (
                  <UserRoleSelect user={user} assignableRoles={assignableRoles} />
                ) : (
                  <RoleBadge role={user.role} />
                )}
              </Table.Td>
              <Table.Td>{formatDate(user.joinedAt)}</Table.Td>
              {canManage && (
                <Table.Td ta="right">
                  {canManageUser(user) && (
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      onClick={() => onRemove(user)}
                      aria-label={`Remove ${user.name}`}
                    >
                      Remove
                    </Button>
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
