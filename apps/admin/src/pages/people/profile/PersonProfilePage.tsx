import { Anchor, Badge, Grid, Group, Stack, Text } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { PATHS } from '../../../app/paths';
import { ErrorState } from '../../../components/ErrorState';
import { LoadingState } from '../../../components/LoadingState';
import { PageHeader } from '../../../components/PageHeader';
import { PersonProfileDocument } from '../../../gql/graphql';
import { usePermissions } from '../../../hooks/usePermissions';
import { useViewer } from '../../../hooks/useViewer';
import { ContactPointsCard } from './ContactPointsCard';
import { CustomFieldsCard } from './CustomFieldsCard';
import { DemographicsCard } from './DemographicsCard';
import { NotesCard } from './NotesCard';
import { personProfileSections } from './profile-sections';
import { ProfileDetailsCard } from './ProfileDetailsCard';
import { STATUS_COLORS, STATUS_LABELS } from './profile-labels';
import { TimelineCard } from './TimelineCard';

/** Refetch after any change to the person (contacts, profile, custom fields). */
const PROFILE_CONTEXT = { additionalTypenames: ['Person'] };

/** One person: profile, contact points, custom fields, demographics (ADMIN+), notes and timeline. */
export function PersonProfilePage() {
  const { id = '' } = useParams();
  const { canEditPeople } = usePermissions();
  const { role } = useViewer();
  const isAdmin = role === 'ADMIN' || role === 'OWNER';
  const [{ data, error }, reexecute] = useQuery({
    query: PersonProfileDocument,
    variables: { id },
    context: PROFILE_CONTEXT,
  });

  if (error && !data) {
    return (
      <ErrorState
        error={error}
        title="Could not load this person"
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      />
    );
  }
  if (!data) return <LoadingState label="Loading person…" />;
  const person = data.person;
  if (!person) {
    return (
      <Stack>
        <Text>This coalition has no such person.</Text>
        <Anchor component={Link} to={PATHS.people}>
          Back to people
        </Anchor>
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      <Anchor component={Link} to={PATHS.people} size="sm">
        ← People
      </Anchor>
      <PageHeader
        title={`${person.firstName} ${person.lastName}`}
        description={[person.pronouns, person.email, person.phone].filter(Boolean).join(' · ') || undefined}
        actions={
          <Group gap="xs">
            <Badge color={STATUS_COLORS[person.status]} variant="light">
              {STATUS_LABELS[person.status]}
            </Badge>
          </Group>
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            <ProfileDetailsCard person={person} canEdit={canEditPeople} />
            <ContactPointsCard person={person} canEdit={canEditPeople} />
            <CustomFieldsCard person={person} definitions={data.customFields} canEdit={canEditPeople} />
            {isAdmin && <DemographicsCard personId={person.id} canEdit={!person.archivedAt} />}
            {personProfileSections.map(({ key, component: Section }) => (
              <Section key={key} person={person} />
            ))}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="lg">
            <NotesCard personId={person.id} canWrite={canEditPeople && !person.archivedAt} />
            <TimelineCard personId={person.id} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
