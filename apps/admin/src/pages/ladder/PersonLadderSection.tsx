import { Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useQuery } from 'urql';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { formatDate, formatDateTime } from '../../format/dates';
import { PersonLadderDocument } from '../../gql/graphql';
import { usePermissions } from '../../hooks/usePermissions';
import type { PersonProfileSectionProps } from '../people/profile/profile-sections';
import { MovePersonModal, type PersonToMove } from './MovePersonModal';

/** Refetch after any move, wherever it was made. */
const LADDER_CONTEXT = { additionalTypenames: ['PersonLevel', 'LevelChange'] };

/** The person's place on the ladder of engagement, how they got there, and a way to move them. */
export function PersonLadderSection({ person }: PersonProfileSectionProps) {
  const { canEditPeople } = usePermissions();
  const [moving, setMoving] = useState<PersonToMove | null>(null);
  const [{ data, error }, reexecute] = useQuery({
    query: PersonLadderDocument,
    variables: { id: person.id },
    context: LADDER_CONTEXT,
  });

  const current = data?.person?.ladderLevel;
  const history = data?.person?.levelHistory;
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="ladder-title">
      <Stack>
        <Group justify="space-between">
          <Title order={2} size="h4" id="ladder-title">
            Ladder of engagement
          </Title>
          {canEditPeople && data?.person && (
            <Button
              size="xs"
              variant="light"
              onClick={() =>
                setMoving({
                  id: person.id,
                  firstName: person.firstName,
                  lastName: person.lastName,
                  levelId: current?.level.id ?? '',
                })
              }
            >
              Move
            </Button>
          )}
        </Group>
        {!data ? (
          error ? (
            <ErrorState
              error={error}
              title="Could not load the ladder"
              onRetry={() => reexecute({ requestPolicy: 'network-only' })}
            />
          ) : (
            <LoadingState label="Loading the ladder…" />
          )
        ) : (
          <>
            <Text>
              {current ? (
                <>
                  <Badge variant="light" color="green" mr="xs">
                    {current.level.name}
                  </Badge>
                  since {formatDate(current.since)}
                </>
              ) : (
                'Not on the ladder yet.'
              )}
            </Text>
            {history && history.edges.length > 0 && (
              <Table aria-label="Ladder history">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>When</Table.Th>
                    <Table.Th>Move</Table.Th>
                    <Table.Th>Why</Table.Th>
                    <Table.Th>By</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {history.edges.map(({ node }) => (
                    <Table.Tr key={node.id}>
                      <Table.Td>{formatDateTime(node.changedAt)}</Table.Td>
                      <Table.Td>
                        {node.fromLevel ? `${node.fromLevel.name} → ` : ''}
                        {node.toLevel.name}
                      </Table.Td>
                      <Table.Td>{node.reason}</Table.Td>
                      <Table.Td>
                        {node.rule ? `Rule: ${node.rule.name}` : (node.changedBy?.name ?? '—')}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </>
        )}
      </Stack>
      <MovePersonModal
        person={moving}
        levels={data?.ladderLevels ?? []}
        onClose={() => {
          setMoving(null);
          reexecute({ requestPolicy: 'network-only' });
        }}
      />
    </Card>
  );
}
