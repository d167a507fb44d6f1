import { Anchor, Badge, Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';
import type { OneOnOneFieldsFragment } from '../../gql/graphql';
import { formatLocalDate, todayLocalDate } from '../organizations/local-date';
import { personPath } from '../organizations/organization-paths';
import { fullName } from '../relationships/person-names';

interface OneOnOnesTableProps {
  oneOnOnes: OneOnOneFieldsFragment[];
  canEdit: boolean;
  /** Leaves out the person column (on a person's own profile). */
  hidePerson?: boolean;
  onOpen: (oneOnOne: OneOnOneFieldsFragment) => void;
}

export function OneOnOnesTable({ oneOnOnes, canEdit, hidePerson = false, onOpen }: OneOnOnesTableProps) {
  const today = todayLocalDate();
  return (
    <Table.ScrollContainer minWidth={hidePerson ? 640 : 820}>
      <Table striped highlightOnHover verticalSpacing="sm" aria-label="One-on-ones">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Date</Table.Th>
            {!hidePerson && <Table.Th>Person</Table.Th>}
            <Table.Th>Organizer</Table.Th>
            <Table.Th>Self-interest</Table.Th>
            <Table.Th>Next step</Table.Th>
            <Table.Th>Strength</Table.Th>
            <Table.Th>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {oneOnOnes.map((oneOnOne) => {
            const overdue = Boolean(oneOnOne.nextStepDueOn && oneOnOne.nextStepDueOn < today);
            const who = fullName(oneOnOne.person);
            return (
              <Table.Tr key={oneOnOne.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm">{formatLocalDate(oneOnOne.heldOn)}</Text>
                  <Text size="xs" c="dimmed">
                    {[oneOnOne.durationMinutes ? `${oneOnOne.durationMinutes} min` : null, oneOnOne.place]
                      .filter(Boolean)
                      .join(' · ')}
                  </Text>
                </Table.Td>
                {!hidePerson && (
                  <Table.Td>
                    {oneOnOne.person ? (
                      <Anchor component={Link} to={personPath(oneOnOne.person.id)} size="sm" fw={500}>
                        {who}
                      </Anchor>
                    ) : (
                      <Text size="sm">{who}</Text>
                    )}
                  </Table.Td>
                )}
                <Table.Td>{oneOnOne.organizer?.name ?? 'Former user'}</Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={2}>
                    {oneOnOne.selfInterest ?? '—'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={2}>
                    {oneOnOne.nextStep ?? '—'}
                  </Text>
                  {oneOnOne.nextStepDueOn && (
                    <Text size="xs" c={overdue ? 'red' : 'dimmed'}>
                      {overdue ? 'Overdue since' : 'Due'} {formatLocalDate(oneOnOne.nextStepDueOn)}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {oneOnOne.relationshipStrength ? (
                    <Badge variant="light" color={oneOnOne.relationshipStrength >= 4 ? 'green' : 'gray'}>
                      {oneOnOne.relationshipStrength} / 5
                    </Badge>
                  ) : (
                    '—'
                  )}
                </Table.Td>
                <Table.Td>
                  <Group justify="flex-end">
                    <Button
                      size="xs"
                      variant="light"
                      onClick={() => onOpen(oneOnOne)}
                      aria-label={`${canEdit ? 'Edit' : 'View'} one-on-one with ${who} on ${formatLocalDate(oneOnOne.heldOn)}`}
                    >
                      {canEdit ? 'Edit' : 'View'}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
