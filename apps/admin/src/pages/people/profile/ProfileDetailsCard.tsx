import { Anchor, Button, Card, Group, SimpleGrid, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { personPath } from './person-path';
import { formatDate } from '../../../format/dates';
import type { PersonProfileFieldsFragment } from '../../../gql/graphql';
import { Field } from './Field';
import { ProfileFormModal } from './ProfileFormModal';
import { SOURCE_LABELS } from './profile-labels';

interface ProfileDetailsCardProps {
  person: PersonProfileFieldsFragment;
  canEdit: boolean;
}

export function ProfileDetailsCard({ person, canEdit }: ProfileDetailsCardProps) {
  const [editing, setEditing] = useState(false);
  const address = [
    person.addressLine1,
    person.addressLine2,
    [person.postalCode, person.city].filter(Boolean).join(' '),
    person.region,
    person.country,
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <Card withBorder radius="md" padding="lg">
      <Stack>
        <Group justify="space-between">
          <Title order={2} size="h4">
            Profile
          </Title>
          {canEdit && !person.archivedAt && (
            <Button size="xs" variant="light" onClick={() => setEditing(true)}>
              Edit profile
            </Button>
          )}
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Field label="Pronouns">{person.pronouns}</Field>
          <Field label="Preferred languages">{person.preferredLanguages.join(', ')}</Field>
          <Field label="Address">{address}</Field>
          <Field label="Area or neighbourhood">{person.area}</Field>
          <Field label="Joined">{person.joinedOn && formatDate(`${person.joinedOn}T12:00:00Z`)}</Field>
          <Field label="Source">
            {person.source && [SOURCE_LABELS[person.source], person.sourceDetail].filter(Boolean).join(' — ')}
          </Field>
          <Field label="Referred by">
            {person.referredBy && (
              <Anchor component={Link} to={personPath(person.referredBy.id)}>
                {person.referredBy.firstName} {person.referredBy.lastName}
              </Anchor>
            )}
          </Field>
          <Field label="Assigned organizer">{person.assignedOrganizer?.name}</Field>
          <Field label="External id">{person.externalId}</Field>
          <Field label="Tags">{person.tags.join(', ')}</Field>
        </SimpleGrid>
      </Stack>
      <ProfileFormModal person={person} opened={editing} onClose={() => setEditing(false)} />
    </Card>
  );
}
