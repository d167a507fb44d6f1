import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { SegmentMemberFieldsFragment } from '../../gql/graphql';
import { personPath } from '../people/profile/person-path';
import { STATUS_COLORS, STATUS_LABELS } from '../people/profile/profile-labels';

export function SegmentMembersTable({
  people,
  label,
}: {
  people: SegmentMemberFieldsFragment[];
  label: string;
}) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="xs" aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Email</Table.Th>
            <Table.Th>Phone</Table.Th>
            <Table.Th>Area</Table.Th>
            <Table.Th>Level</Table.Th>
            <Table.Th>Tags</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {people.map((person) => (
            <Table.Tr key={person.id}>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Anchor component={Link} to={personPath(person.id)} size="sm" fw={500}>
                    {person.firstName} {person.lastName}
                  </Anchor>
                  {person.status !== 'ACTIVE' && (
                    <Badge size="xs" variant="light" color={STATUS_COLORS[person.status]}>
                      {STATUS_LABELS[person.status]}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>{person.email ?? '—'}</Table.Td>
              <Table.Td>{person.phone ?? '—'}</Table.Td>
              <Table.Td>{person.area ?? '—'}</Table.Td>
              <Table.Td>{person.ladderLevel?.level.name ?? '—'}</Table.Td>
              <Table.Td>
                {person.tags.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    —
                  </Text>
                ) : (
                  <Group gap={4}>
                    {person.tags.map((tag) => (
                      <Badge key={tag} variant="light" color="gray" size="sm">
                        {tag}
                      </Badge>
                    ))}
                  </Group>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
