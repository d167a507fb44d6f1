import { Stack } from '@mantine/core';
import { useState } from 'react';
import { useQuery } from 'urql';
import { CursorPager } from '../../components/CursorPager';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { UsersDocument, type CoalitionUserFieldsFragment } from '../../gql/graphql';
import { useCursorPaging } from '../../hooks/useCursorPaging';
import { usePermissions } from '../../hooks/usePermissions';
import { useViewer } from '../../hooks/useViewer';
import { RemoveUserModal } from './RemoveUserModal';
import { UsersTable } from './UsersTable';

const PAGE_SIZE = 50;
const USERS_QUERY_CONTEXT = { additionalTypenames: ['CoalitionUser'] };

export function TeamUsers() {
  const viewer = useViewer();
  const { canManageTeam, assignableRoles } = usePermissions();
  const paging = useCursorPaging();
  const [userToRemove, setUserToRemove] = useState<CoalitionUserFieldsFragment | null>(null);
  const [{ data, error }, reexecuteUsers] = useQuery({
    query: UsersDocument,
    variables: { first: PAGE_SIZE, after: paging.after },
    context: USERS_QUERY_CONTEXT,
  });

  if (!data) {
    if (!error) return <LoadingState label="Loading users…" />;
    return (
      <ErrorState
        error={error}
        title="Could not load users"
        onRetry={() => reexecuteUsers({ requestPolicy: 'network-only' })}
      />
    );
  }

  const users = data.users.edges.map((edge) => edge.node);
  return (
    <Stack>
      <UsersTable
        users={users}
        viewerUserId={viewer.user?.id}
        canManage={canManageTeam}
        assignableRoles={assignableRoles}
        onRemove={setUserToRemove}
      />
      <CursorPager connection={data.users} paging={paging} pageSize={PAGE_SIZE} noun="users" />
      <RemoveUserModal user={userToRemove} onClose={() => setUserToRemove(null)} />
    </Stack>
  );
}
