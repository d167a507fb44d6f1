import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useQuery } from 'urql';
import { CursorPager } from '../../components/CursorPager';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PersonOneOnOnesDocument } from '../../gql/graphql';
import { useCursorPaging } from '../../hooks/useCursorPaging';
import { usePermissions } from '../../hooks/usePermissions';
import { OneOnOneFormModal, type OneOnOneEditorTarget } from './OneOnOneFormModal';
import { OneOnOnesTable } from './OneOnOnesTable';

const PAGE_SIZE = 10;
const QUERY_CONTEXT = { additionalTypenames: ['OneOnOne'] };

/** A person's one-on-ones, for the person profile: newest first, record and edit. */
export function PersonOneOnOnesSection({ personId }: { personId: string }) {
  const titleId = useId();
  const { canEditPeople } = usePermissions();
  const paging = useCursorPaging();
  const [editorTarget, setEditorTarget] = useState<OneOnOneEditorTarget | null>(null);
  const [{ data, error }, reexecute] = useQuery({
    query: PersonOneOnOnesDocument,
    variables: { personId, first: PAGE_SIZE, after: paging.after },
    context: QUERY_CONTEXT,
  });
  const person = data?.person;
  const connection = person?.oneOnOnes;
  const oneOnOnes = connection?.edges.map((edge) => edge.node) ?? [];

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby={titleId}>
      <Stack>
        <Group justify="space-between">
          <Title order={2} size="h4" id={titleId}>
            One-on-ones
          </Title>
          {canEditPeople && person && (
            <Button size="xs" onClick={() => setEditorTarget({ mode: 'record', person })}>
              Record a one-on-one
            </Button>
          )}
        </Group>
        {error && !data ? (
          <ErrorState
            error={error}
            title="Could not load one-on-ones"
            onRetry={() => reexecute({ requestPolicy: 'network-only' })}
          />
        ) : !data ? (
          <LoadingState label="Loading one-on-ones…" />
        ) : oneOnOnes.length === 0 ? (
          <Text c="dimmed" ta="center" py="md" size="sm">
            No one-on-ones with this person yet.
          </Text>
        ) : (
          <OneOnOnesTable
            oneOnOnes={oneOnOnes}
            canEdit={canEditPeople}
            hidePerson
            onOpen={(oneOnOne) => setEditorTarget({ mode: canEditPeople ? 'edit' : 'view', oneOnOne })}
          />
        )}
        {connection && (
          <CursorPager connection={connection} paging={paging} pageSize={PAGE_SIZE} noun="one-on-ones" />
        )}
      </Stack>
      <OneOnOneFormModal target={editorTarget} onClose={() => setEditorTarget(null)} />
    </Card>
  );
}
