import { Alert, Anchor, Button, Card, Group, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { useCallback, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { RelationalGraphDocument, type RelationshipFieldsFragment } from '../../gql/graphql';
import { usePermissions } from '../../hooks/usePermissions';
import { personGraphPath, personPath } from '../organizations/organization-paths';
import { LeaderRelationshipsCard } from './LeaderRelationshipsCard';
import { PersonPicker } from './PersonPicker';
import { PersonRelationshipsSection } from './PersonRelationshipsSection';
import { fullName } from './person-names';
import { RelationalGraphView } from './RelationalGraphView';
import { describeRelationship } from './relationship-description';
import { RelationshipFormModal } from './RelationshipFormModal';
import { RemoveRelationshipModal, type RelationshipTarget } from './RemoveRelationshipModal';
import { UnconnectedPeopleCard } from './UnconnectedPeopleCard';

const DEPTHS = [
  { value: '1', label: 'Depth 1' },
  { value: '2', label: 'Depth 2' },
];

export function RelationshipsPage() {
  const { personId } = useParams();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const depth = searchParams.get('depth') === '1' ? 1 : 2;

  const showGraphOf = useCallback(
    (id: string, nextDepth = depth) => {
      void navigate(`${personGraphPath(id)}${nextDepth === 1 ? '?depth=1' : ''}`);
    },
    [navigate, depth],
  );

  return (
    <Stack gap="lg">
      <PageHeader
        title="Relationships"
        description="Who knows whom: each person's relational graph, and the people no leader knows yet"
      />
      <Card withBorder radius="md" padding="lg" component="section" aria-label="Relational graph">
        <Stack>
          <Group align="flex-end" justify="space-between" wrap="wrap">
            <PersonPicker
              key={personId ?? 'none'}
              label="Show the graph of"
              value={null}
              onChange={(id) => id && showGraphOf(id)}
            />
            {personId && (
              <SegmentedControl
                aria-label="Depth"
                data={DEPTHS}
                value={String(depth)}
                onChange={(value) => showGraphOf(personId, Number(value))}
              />
            )}
          </Group>
          {personId ? (
            <PersonGraph
              key={`${personId}-${depth}`}
              personId={personId}
              depth={depth}
              onRecentre={showGraphOf}
            />
          ) : (
            <Text c="dimmed" ta="center" py="xl">
              Pick a person to see their relationships, or start from someone in the lists below.
            </Text>
          )}
        </Stack>
      </Card>
      {personId && <PersonRelationshipsSection personId={personId} withGraphLink={false} />}
      <SimpleGrid cols={{ base: 1, lg: 2 }}>
        <LeaderRelationshipsCard />
        <UnconnectedPeopleCard />
      </SimpleGrid>
    </Stack>
  );
}

const GRAPH_QUERY_CONTEXT = { additionalTypenames: ['Relationship'] };

function PersonGraph({
  personId,
  depth,
  onRecentre,
}: {
  personId: string;
  depth: number;
  onRecentre: (personId: string) => void;
}) {
  const { canEditPeople } = usePermissions();
  const [adding, setAdding] = useState(false);
  const [toRemove, setToRemove] = useState<RelationshipTarget | null>(null);
  const [{ data, error }, reexecute] = useQuery({
    query: RelationalGraphDocument,
    variables: { personId, depth },
    context: GRAPH_QUERY_CONTEXT,
  });

  if (error && !data) {
    return (
      <ErrorState
        error={error}
        title="Could not load the graph"
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      />
    );
  }
  if (!data) return <LoadingState label="Loading the graph…" />;

  const graph = data.relationalGraph;
  const centre = graph.nodes.find((node) => node.depth === 0);
  const names = new Map(graph.nodes.map((node) => [node.personId, fullName(node.person)]));
  const centreName = names.get(personId) ?? 'This person';
  const askToRemove = (relationship: RelationshipFieldsFragment) => {
    if (!canEditPeople) return;
    setToRemove({
      id: relationship.id,
      description: describeRelationship(
        relationship,
        names.get(relationship.fromPersonId) ?? 'Someone',
        names.get(relationship.toPersonId) ?? 'someone',
      ),
    });
  };

  return (
    <Stack>
      <Group justify="space-between">
        <Text size="sm">
          <Anchor component={Link} to={personPath(personId)} fw={600}>
            {centreName}
          </Anchor>{' '}
          <Text span c="dimmed" size="sm">
            · {graph.nodes.length - 1} {graph.nodes.length === 2 ? 'person' : 'people'} within {depth}{' '}
            {depth === 1 ? 'step' : 'steps'} · click a person to centre the graph on them
            {canEditPeople ? ', a line to remove it' : ''}
          </Text>
        </Text>
        {canEditPeople && centre && (
          <Button size="xs" onClick={() => setAdding(true)}>
            Add relationship
          </Button>
        )}
      </Group>
      {graph.truncated && (
        <Alert color="yellow" title="Only part of the graph is shown">
          This network is large; the farthest people were left out. Try depth 1.
        </Alert>
      )}
      {!centre ? (
        <Text c="dimmed" ta="center" py="xl">
          This person is not in your coalition, or has been archived.
        </Text>
      ) : graph.edges.length === 0 ? (
        <Text c="dimmed" ta="center" py="xl">
          {centreName} has no relationships recorded yet.
        </Text>
      ) : (
        <RelationalGraphView graph={graph} onPersonClick={onRecentre} onRelationshipClick={askToRemove} />
      )}
      <RelationshipFormModal
        person={adding ? { id: personId, name: centreName } : null}
        onClose={() => setAdding(false)}
      />
      <RemoveRelationshipModal relationship={toRemove} onClose={() => setToRemove(null)} />
    </Stack>
  );
}
