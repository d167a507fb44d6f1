import { Badge, Stack, Table, Text } from '@mantine/core';
import { useQuery } from 'urql';
import { CursorPager } from '../../components/CursorPager';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { RoleBadge } from '../../components/RoleBadge';
import { formatDate } from '../../format/dates';
import { InvitationsDocument } from '../../gql/graphql';
import { useCursorPaging } from '../../hooks/useCursorPaging';

/** Refetch after an invitation is sent, even when the list was empty. */
const INVITATIONS_QUERY_CONTEXT = { additionalTypenames: ['Invitation'] };
const PAGE_SIZE = 50;

function hasExpired(expiresAt: string): boolean {
  return Date.parse(expiresAt) < Date.now();
}

export function PendingInvitations() {
  const paging = useCursorPaging();
  const [{ data, error }, reexecuteInvitations] = useQuery({
    query: InvitationsDocument,
    variables: { first: PAGE_SIZE, after: paging.after },
    context: INVITATIONS_QUERY_CONTEXT,
  });

  if (!data) {
    if (!error) return <LoadingState label="Loading invitations…" />;
    return (
      <ErrorState
        error={error}
        title="Could not load invitations"
        onRetry={() => reexecuteInvitations({ requestPolicy: 'network-only' })}
      />
    );
  }

  const pending = data.invitations.edges
    .map((edge) => edge.node)
    .filter((invitation) => !invitation.acceptedAt);
  if (data.invitations.totalCount === 0) {
    return (
      <Text c="dimmed" size="sm">
        No pending invitations.
      </Text>
    );
  }

  return (
    <Stack>
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="sm" aria-label="Pending invitations">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Email</Table.Th>
              <Table.Th>Role</Table.Th>
              <Table.Th>Invited by</Table.Th>
              <Table.Th>Sent</Table.Th>
              <Table.Th>Expires</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {pending.map((invitation) => (
              <Table.Tr key={invitation.id}>
                <Table.Td>{invitation.email}</Table.Td>
                <Table.Td>
                  <RoleBadge role={invitation.role} />
                </Table.Td>
                <Table.Td>{invitation.invitedBy?.name ?? '—'}</Table.Td>
                <Table.Td>{formatDate(invitation.createdAt)}</Table.Td>
                <Table.Td>
                  {hasExpired(invitation.expiresAt) ? (
                    <Badge color="gray" variant="light">
                      Expired
                    </Badge>
                  ) : (
                    formatDate(invitation.expiresAt)
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <CursorPager
        connection={data.invitations}
        paging={paging}
        pageSize={PAGE_SIZE}
        noun="pending invitations"
      />
    </Stack>
  );
}
