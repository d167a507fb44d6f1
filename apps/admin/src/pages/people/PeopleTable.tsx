import { Anchor, Badge, Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';
import { formatDate } from '../../format/dates';
import type { PersonFieldsFragment } from '../../gql/graphql';
import { personPath } from './profile/person-path';

interface PeopleTableProps {
  people: PersonFieldsFragment[];
  canEdit: boolean;
  onEdit: (person: PersonFieldsFragment) => void;
  onArchive: (person: PersonFieldsFragment) => void;
}

export function PeopleTable({ people, canEdit, onEdit, onArchive }: PeopleTableProps) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="sm" aria-label="People">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Email</Table.Th>
            <Table.Th>Phone</Table.Th>
            <Table.Th>Postal code</Table.Th>
            <Table.Th>Tags</Table.Th>
            <Table.Th>Added</Table.Th>
            {canEdit && (
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {people.map((person) => {
            const fullName = `${person.firstName} ${person.lastName}`;
            return (
              <Table.Tr key={person.id}>
                <Table.Td>
                  <Anchor component={Link} to={personPath(person.id)} size="sm" fw={500}>
                    {fullName}
                  </Anchor>
                  {person.preferredLanguage && (
                    <Text size="xs" c="dimmed">
                      {person.preferredLanguage}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{person.email ?? '—'}</Table.Td>
                <Table.Td>{person.phone ?? '—'}</Table.Td>
                <Table.Td>{person.postalCode ?? '—'}</Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {person.tags.map((tag) => (
                      <Badge key={tag} variant="light" color="gray" size="sm">
                        {tag}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>{formatDate(person.createdAt)}</Table.Td>
                {canEdit && (
                  <Table.Td>
                    <Group gap="xs" justify="flex-end" wrap="nowrap">
                      <Button
                        size="xs"
                        variant="light"
                        onClick={() => onEdit(person)}
                        aria-label={`Edit ${fullName}`}
                      >
                        Edit
                      </Button>
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        onClick={() => onArchive(person)}
                        aria-label={`Archive ${fullName}`}
                      >
                        Archive
                      </Button>
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
