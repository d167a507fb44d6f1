import { Anchor, Badge, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { CursorPager } from '../../components/CursorPager';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { LeaderRelationshipsDocument } from '../../gql/graphql';
import { useCursorPaging } from '../../hooks/useCursorPaging';
import { personGraphPath } from '../organizations/organization-paths';
import { fullName } from './person-names';

const PAGE_SIZE = 10;
const QUERY_CONTEXT = { additionalTypenames: ['Relationship'] };

/** Leaders (by ladder level) and how many current relationships each holds, most first. */
export function LeaderRelationshipsCard() {
  const paging = useCursorPaging();
  const [{ data, error }, reexecute] = useQuery({
    query: LeaderRelationshipsDocument,
    variables: { first: PAGE_SIZE, after: paging.after },
    context: QUERY_CONTEXT,
  });
  const connection = data?.leaderRelationships;
  return (
    <Card
      withBorder
      radius="md"
      padding="lg"
      component="section"
      aria-labelledby="leader-relationships-title"
    >
      <Stack>
        <Stack gap={2}>
          <Title order={2} size="h4" id="leader-relationships-title">
            Relationships held per leader
          </Title>
          <Text size="sm" c="dimmed">
            People at a leader level of the ladder
          </Text>
        </Stack>
        {error && !data ? (
          <ErrorState
            error={error}
            title="Could not load leaders"
            onRetry={() => reexecute({ requestPolicy: 'network-only' })}
          />
        ) : !connection ? (
          <LoadingState label="Loading leaders…" />
        ) : connection.edges.length === 0 ? (
          <Text c="dimmed" ta="center" py="md" size="sm">
            No leaders yet. People count as leaders once they reach a leader level of the ladder.
          </Text>
        ) : (
          <Table verticalSpacing="xs" aria-label="Relationships held per leader">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Leader</Table.Th>
                <Table.Th ta="right">Relationships</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {connection.edges.map(({ node }) => (
                <Table.Tr key={node.personId}>
                  <Table.Td>
                    <Anchor component={Link} to={personGraphPath(node.personId)} size="sm" fw={500}>
                      {fullName(node.person)}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Group justify="flex-end">
                      <Badge variant="light" color={node.relationshipCount === 0 ? 'red' : 'green'}>
                        {node.relationshipCount}
                      </Badge>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {connection && connection.totalCount > 0 && (
          <CursorPager connection={connection} paging={paging} pageSize={PAGE_SIZE} noun="leaders" />
        )}
      </Stack>
    </Card>
  );
}
