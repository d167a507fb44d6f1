import { Card, Stack, Title } from '@mantine/core';
import { PageHeader } from '../../components/PageHeader';
import { usePermissions } from '../../hooks/usePermissions';
import { InviteUserForm } from './InviteUserForm';
import { PendingInvitations } from './PendingInvitations';
import { TeamUsers } from './TeamUsers';

export function TeamPage() {
  const { canManageTeam, assignableRoles } = usePermissions();
  return (
    <Stack gap="lg">
      <PageHeader
        title="Users & roles"
        description="Who can sign in to this coalition, and what they can do"
      />
      {canManageTeam && (
        <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="invite-title">
          <Stack>
            <Title order={2} size="h4" id="invite-title">
              Invite someone
            </Title>
            <InviteUserForm assignableRoles={assignableRoles} />
          </Stack>
        </Card>
      )}
      <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="users-title">
        <Stack>
          <Title order={2} size="h4" id="users-title">
            Users
          </Title>
          <TeamUsers />
        </Stack>
      </Card>
      {canManageTeam && (
        <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="invitations-title">
          <Stack>
            <Title order={2} size="h4" id="invitations-title">
              Pending invitations
            </Title>
            <PendingInvitations />
          </Stack>
        </Card>
      )}
    </Stack>
  );
}
