import { Anchor, Button, Card, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { CursorPager } from '../../components/CursorPager';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PersonRelationshipsDocument } from '../../gql/graphql';
import { useCursorPaging } from '../../hooks/useCursorPaging';
import { usePermissions } from '../../hooks/usePermissions';
import { formatLocalDate } from '../organizations/local-date';
import { personGraphPath, personPath } from '../organizations/organization-paths';
import { fullName } from './person-names';
import { describeRelationship } from './relationship-description';
import { relationFromSide } from './relationship-labels';
import { RelationshipFormModal } from './RelationshipFormModal';
import { RemoveRelationshipModal, type RelationshipTarget } from './RemoveRelationshipModal';

const PAGE_SIZE = 10;
const RELATIONSHIPS_QUERY_CONTEXT = { additionalTypenames: ['Relationship'] };

interface PersonRelationshipsSectionProps {
  personId: string;
  /** Hides the link to the graph page (when shown on that page). */
  withGraphLink?: boolean;
}

/** A person's relationships, for the person profile and the graph page: add and remove them. */
export function PersonRelationshipsSection({
  personId,
  withGraphLink = true,
}: PersonRelationshipsSectionProps) {
  const titleId = useId();
  const { canEditPeople } = usePermissions();
  const paging = useCursorPaging();
  const [adding, setAdding] = useState(false);
  const [toRemove, setToRemove] = useState<RelationshipTarget | null>(null);
  const [{ data, error }, reexecute] = useQuery({
    query: PersonRelationshipsDocument,
    variables: { personId, first: PAGE_SIZE, after: paging.after },
    context: RELATIONSHIPS_QUERY_CONTEXT,
  });
  const person = data?.person;
  const connection = person?.relationships;

  const rows = (connection?.edges ?? []).map(({ node }) => {
    const isFrom = node.fromPersonId === personId;
    return {
      relationship: node,
      other: isFrom ? node.to : node.from,
      otherId: isFrom ? node.toPersonId : node.fromPersonId,
      relation: relationFromSide(node.type, isFrom),
      description: describeRelationship(node, fullName(node.from), fullName(node.to)),
    };
  });

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={titleId}>
      <Stack>
        <Group justify="space-between">
          <Title order={2} size="h4" id={titleId}>
            Relationships
          </Title>
          <Group gap="xs">
            {withGraphLink && (
              <Button component={Link} to={personGraphPath(personId)} size="xs" variant="default">
                Show graph
              </Button>
            )}
            {canEditPeople && person && (
              <Button size="xs" onClick={() => setAdding(true)}>
                Add relationship
              </Button>
            )}
          </Group>
        </Group>
        {error && !data ? (
          <ErrorState
            error={error}
            title="Could not load relationships"
            onRetry={() => reexecute({ requestPolicy: 'network-only' })}
          />
        ) : !data ? (
          <LoadingState label="Loading relationships…" />
        ) : rows.length === 0 ? (
          <Text c="dimmed" ta="center" py="md" size="sm">
            No relationships recorded yet.
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={520}>
            <Table verticalSpacing="xs" aria-label="Relationships">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Relationship</Table.Th>
                  <Table.Th>Since</Table.Th>
                  <Table.Th>Notes</Table.Th>
                  {canEditPeople && (
                    <Table.Th>
                      <VisuallyHidden>Actions</VisuallyHidden>
                    </Table.Th>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map(({ relationship, other, otherId, relation, description }) => (
                  <Table.Tr key={relationship.id}>
                    <Table.Td>
                      <Text size="sm" span>
                        {relation}{' '}
                      </Text>
                      <Anchor component={Link} to={personPath(otherId)} size="sm" fw={500}>
                        {fullName(other)}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{formatLocalDate(relationship.startedOn)}</Table.Td>
                    <Table.Td>
                      <Text size="sm" lineClamp={2}>
                        {relationship.notes ?? '—'}
                      </Text>
                    </Table.Td>
                    {canEditPeople && (
                      <Table.Td>
                        <Group justify="flex-end">
                          <Button
                            size="xs"
                            variant="subtle"
                            color="red"
                            aria-label={`Remove relationship: ${description}`}
                            onClick={() => setToRemove({ id: relationship.id, description })}
                          >
                            Remove
                          </Button>
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {connection && (
          <CursorPager connection={connection} paging={paging} pageSize={PAGE_SIZE} noun="relationships" />
        )}
      </Stack>
      <RelationshipFormModal
        person={adding && person ? { id: personId, name: fullName(person) } : null}
        onClose={() => setAdding(false)}
      />
      <RemoveRelationshipModal relationship={toRemove} onClose={() => setToRemove(null)} />
    </Card>
  );
}
