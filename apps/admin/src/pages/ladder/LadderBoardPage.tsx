import { Group, ScrollArea, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useQuery } from 'urql';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { LadderBoardDocument } from '../../gql/graphql';
import { usePermissions } from '../../hooks/usePermissions';
import { LadderColumn } from './LadderColumn';
import { MovePersonModal, type PersonToMove } from './MovePersonModal';

/** People shown per column; the count says how many more stand there. */
const PEOPLE_PER_COLUMN = 25;
/** Refetch after any move. */
const BOARD_CONTEXT = { additionalTypenames: ['PersonLevel'] };

/** The ladder of engagement: a column per level with its people, bottom rung first. */
export function LadderBoardPage() {
  const { canEditPeople } = usePermissions();
  const [personToMove, setPersonToMove] = useState<PersonToMove | null>(null);
  const [{ data, error }, reexecute] = useQuery({
    query: LadderBoardDocument,
    variables: { first: PEOPLE_PER_COLUMN },
    context: BOARD_CONTEXT,
  });
  const board = data?.ladderBoard;
  const levels = board?.columns.map((column) => column.level) ?? [];

  return (
    <Stack gap="lg">
      <PageHeader
        title="Ladder"
        description={
          board
            ? `People per level of engagement; ${board.peopleWithoutLevel} not on the ladder yet`
            : 'People per level of engagement'
        }
      />
      {error && !data ? (
        <ErrorState
          error={error}
          title="Could not load the ladder"
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      ) : !board ? (
        <LoadingState label="Loading the ladder…" />
      ) : board.columns.length === 0 ? (
        <Text c="dimmed">This coalition has no ladder levels yet.</Text>
      ) : (
        <ScrollArea type="auto" offsetScrollbars>
          <Group align="flex-start" wrap="nowrap" gap="md">
            {board.columns.map((column) => (
              <LadderColumn
                key={column.level.id}
                column={column}
                canMove={canEditPeople}
                onMove={(person) => setPersonToMove({ ...person, levelId: column.level.id })}
              />
            ))}
          </Group>
        </ScrollArea>
      )}
      <MovePersonModal person={personToMove} levels={levels} onClose={() => setPersonToMove(null)} />
    </Stack>
  );
}
