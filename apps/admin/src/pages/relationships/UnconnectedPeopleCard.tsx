import { Anchor, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { CursorPager } from '../../components/CursorPager';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PeopleWithoutLeaderRelationshipDocument } from '../../gql/graphql';
import { useCursorPaging } from '../../hooks/useCursorPaging';
import { personGraphPath, personPath } from '../organizations/organization-paths';
import { fullName } from './person-names';

const PAGE_SIZE = 10;
const QUERY_CONTEXT = { additionalTypenames: ['Relationship'] };

/** People no leader has a relationship with yet: who to reach next. */
export function UnconnectedPeopleCard() {
  const paging = useCursorPaging();
  const [{ data, error }, reexecute] = useQuery({
    query: PeopleWithoutLeaderRelationshipDocument,
    variables: { first: PAGE_SIZE, after: paging.after },
    context: QUERY_CONTEXT,
  });
  const connection = data?.peopleWithoutLeaderRelationship;
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="unconnected-people-title">
      <Stack>
        <Stack gap={2}>
          <Title order={2} size="h4" id="unconnected-people-title">
            People with no relationship to any leader
          </Title>
          <Text size="sm" c="dimmed">
            Not archived and not leaders themselves, newest first
          </Text>
        </Stack>
        {error && !data ? (
          <ErrorState
            error={error}
            title="Could not load these people"
            onRetry={() => reexecute({ requestPolicy: 'network-only' })}
          />
        ) : !connection ? (
          <LoadingState label="Loading people…" />
        ) : connection.edges.length === 0 ? (
          <Text c="dimmed" ta="center" py="md" size="sm">
            Everyone is known to at least one leader.
          </Text>
        ) : (
          <Table verticalSpacing="xs" aria-label="People with no relationship to any leader">
            <Table.Tbody>
              {connection.edges.map(({ node }) => (
                <Table.Tr key={node.id}>
                  <Table.Td>
                    <Anchor component={Link} to={personPath(node.id)} size="sm" fw={500}>
                      {fullName(node)}
                    </Anchor>
                    {node.email && (
                      <Text size="xs" c="dimmed">
                        {node.email}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Group justify="flex-end">
                      <Anchor
                        component={Link}
                        to={personGraphPath(node.id)}
                        size="sm"
                        aria-label={`Graph of ${fullName(node)}`}
                      >
                        Graph
                      </Anchor>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {connection && connection.totalCount > 0 && (
          <CursorPager connection={connection} paging={paging} pageSize={PAGE_SIZE} noun="people" />
        )}
      </Stack>
    </Card>
  );
}
