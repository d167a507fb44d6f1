import {
  Anchor,
  Badge,
  Breadcrumbs,
  Button,
  Card,
  Group,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { PATHS } from '../../app/paths';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { formatDateTime } from '../../format/dates';
import { OrganizationDocument, type OrganizationDetailFieldsFragment } from '../../gql/graphql';
import { usePermissions } from '../../hooks/usePermissions';
import { fullName } from '../relationships/person-names';
import { ArchiveOrganizationModal } from './ArchiveOrganizationModal';
import { formatLocalDate } from './local-date';
import {
  formatDues,
  MEMBERSHIP_STATUS_COLORS,
  MEMBERSHIP_STATUS_LABELS,
  ORGANIZATION_TYPE_LABELS,
} from './organization-labels';
import { personPath } from './organization-paths';
import { OrganizationFormModal } from './OrganizationFormModal';
import { OrganizationPeople } from './OrganizationPeople';

export function OrganizationPage() {
  const { organizationId = '' } = useParams();
  const { canEditPeople } = usePermissions();
  const [editing, setEditing] = useState(false);
  const [archiving, setArchiving] = useState(false);
  const [{ data, error }, reexecute] = useQuery({
    query: OrganizationDocument,
    variables: { id: organizationId },
  });
  const organization = data?.organization;

  const breadcrumbs = (
    <Breadcrumbs>
      <Anchor component={Link} to={PATHS.organizations} size="sm">
        Organizations
      </Anchor>
      <Text size="sm">{organization?.name ?? '…'}</Text>
    </Breadcrumbs>
  );

  if (error && !data) {
    return (
      <Stack gap="lg">
        {breadcrumbs}
        <ErrorState
          error={error}
          title="Could not load this organization"
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      </Stack>
    );
  }
  if (!data) return <LoadingState label="Loading the organization…" />;
  if (!organization) {
    return (
      <Stack gap="lg">
        {breadcrumbs}
        <Text c="dimmed">This organization does not exist in your coalition.</Text>
      </Stack>
    );
  }

  const editable = canEditPeople && !organization.archivedAt;
  return (
    <Stack gap="lg">
      {breadcrumbs}
      <PageHeader
        title={organization.name}
        description={ORGANIZATION_TYPE_LABELS[organization.type]}
        actions={
          editable && (
            <Group gap="xs">
              <Button variant="default" onClick={() => setEditing(true)}>
                Edit
              </Button>
              <Button variant="subtle" color="red" onClick={() => setArchiving(true)}>
                Archive
              </Button>
            </Group>
          )
        }
      />
      {organization.archivedAt && (
        <Badge color="gray" variant="outline" size="lg">
          Archived {formatDateTime(organization.archivedAt)}
        </Badge>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <OrganizationDetails organization={organization} />
        <OrganizationContacts organization={organization} />
      </SimpleGrid>
      <OrganizationPeople
        organizationId={organization.id}
        organizationName={organization.name}
        editable={editable}
      />
      <OrganizationFormModal
        target={editing ? { mode: 'edit', organization } : null}
        onClose={() => setEditing(false)}
      />
      <ArchiveOrganizationModal
        organization={archiving ? organization : null}
        onClose={() => setArchiving(false)}
      />
    </Stack>
  );
}

function OrganizationDetails({ organization }: { organization: OrganizationDetailFieldsFragment }) {
  const { dues } = organization;
  return (
    <Card
      withBorder
      radius="md"
      padding="lg"
      component="section"
      aria-labelledby="organization-details-title"
    >
      <Stack gap="sm">
        <Title order={2} size="h4" id="organization-details-title">
          Details
        </Title>
        <Field label="Membership">
          <Badge color={MEMBERSHIP_STATUS_COLORS[organization.membershipStatus]} variant="light">
            {MEMBERSHIP_STATUS_LABELS[organization.membershipStatus]}
          </Badge>
        </Field>
        <Field label="Joined">{formatLocalDate(organization.joinedOn)}</Field>
        {organization.leftOn && <Field label="Left">{formatLocalDate(organization.leftOn)}</Field>}
        <Field label="Sector">{organization.sector ?? '—'}</Field>
        <Field label="Area">{organization.area ?? '—'}</Field>
        <Field label="Dues">
          {dues ? (
            <>
              {formatDues(dues)}
              {dues.paidUntil && (
                <Text span c="dimmed" size="sm">{` · paid until ${formatLocalDate(dues.paidUntil)}`}</Text>
              )}
            </>
          ) : (
            'None'
          )}
        </Field>
      </Stack>
    </Card>
  );
}

function OrganizationContacts({ organization }: { organization: OrganizationDetailFieldsFragment }) {
  return (
    <Card
      withBorder
      radius="md"
      padding="lg"
      component="section"
      aria-labelledby="organization-contacts-title"
    >
      <Stack gap="sm">
        <Title order={2} size="h4" id="organization-contacts-title">
          Contacts
        </Title>
        {organization.contacts.length === 0 ? (
          <Text size="sm" c="dimmed">
            No contacts yet.
          </Text>
        ) : (
          organization.contacts.map((contact) => (
            <div key={contact.id}>
              <Anchor component={Link} to={personPath(contact.id)} size="sm" fw={500}>
                {fullName(contact)}
              </Anchor>
              <Text size="xs" c="dimmed">
                {[contact.email, contact.phone].filter(Boolean).join(' · ') || 'No email or phone'}
              </Text>
            </div>
          ))
        )}
      </Stack>
    </Card>
  );
}

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Group gap="md" wrap="nowrap" align="baseline">
      <Text size="sm" c="dimmed" w={110} style={{ flexShrink: 0 }}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </Group>
  );
}
