import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { formatDate } from '../../format/dates';
import type { LadderBoardQuery } from '../../gql/graphql';
import { personPath } from '../people/profile/person-path';

type Column = LadderBoardQuery['ladderBoard']['columns'][number];

export interface BoardPerson {
  id: string;
  firstName: string;
  lastName: string;
}

interface LadderColumnProps {
  column: Column;
  canMove: boolean;
  onMove: (person: BoardPerson) => void;
}

/** One level: its name, how many people stand on it, and the most recent arrivals. */
export function LadderColumn({ column, canMove, onMove }: LadderColumnProps) {
  const { level, count, people } = column;
  const shown = people.edges.flatMap(({ node }) =>
    node.person ? [{ person: node.person, since: node.since }] : [],
  );
  return (
    <Card
      withBorder
      radius="md"
      padding="md"
      w={260}
      miw={260}
      component="section"
      aria-label={`Level ${level.name}`}
    >
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Title order={2} size="h5">
            {level.name}
          </Title>
          <Badge
            variant="light"
            color={level.countsAsLeader ? 'green' : 'gray'}
            aria-label={`${count} people`}
          >
            {count}
          </Badge>
        </Group>
        {level.description && (
          <Text size="xs" c="dimmed">
            {level.description}
          </Text>
        )}
        {shown.length === 0 && (
          <Text size="sm" c="dimmed">
            No one here yet.
          </Text>
        )}
        {shown.map(({ person, since }) => {
          const fullName = `${person.firstName} ${person.lastName}`;
          return (
            <Group key={person.id} justify="space-between" wrap="nowrap" gap="xs">
              <Stack gap={0}>
                <Anchor component={Link} to={personPath(person.id)} size="sm" fw={500}>
                  {fullName}
                </Anchor>
                <Text size="xs" c="dimmed">
                  since {formatDate(since)}
                </Text>
              </Stack>
              {canMove && (
                <Button
                  size="compact-xs"
                  variant="light"
                  onClick={() => onMove(person)}
                  aria-label={`Move ${fullName}`}
                >
                  Move
                </Button>
              )}
            </Group>
          );
        })}
        {people.pageInfo.hasNextPage && (
          <Text size="xs" c="dimmed">
            and {count - shown.length} more
          </Text>
        )}
      </Stack>
    </Card>
  );
}
