import { Button, Card, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useQuery } from 'urql';
import { CursorPager } from '../../components/CursorPager';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { OneOnOnesDocument } from '../../gql/graphql';
import { useCursorPaging } from '../../hooks/useCursorPaging';
import { usePermissions } from '../../hooks/usePermissions';
import { useViewer } from '../../hooks/useViewer';
import { PersonPicker } from '../relationships/PersonPicker';
import { OneOnOneFormModal, type OneOnOneEditorTarget } from './OneOnOneFormModal';
import { OneOnOnesTable } from './OneOnOnesTable';
import { OrganizerSelect } from './OrganizerSelect';
import { WeeklyOneOnOnesCard } from './WeeklyOneOnOnesCard';

const PAGE_SIZE = 20;
/** Refetch after any OneOnOne mutation, even while the current page is empty. */
const QUERY_CONTEXT = { additionalTypenames: ['OneOnOne'] };

export function OneOnOnesPage() {
  const viewer = useViewer();
  const { canEditPeople } = usePermissions();
  // Organizers start with their own; viewers and admins with everyone's.
  const [organizerId, setOrganizerId] = useState<string | null>(
    viewer.role === 'ORGANIZER' ? (viewer.user?.id ?? null) : null,
  );
  const [personId, setPersonId] = useState<string | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [editorTarget, setEditorTarget] = useState<OneOnOneEditorTarget | null>(null);
  const paging = useCursorPaging();

  const [{ data, error }, reexecute] = useQuery({
    query: OneOnOnesDocument,
    variables: {
      first: PAGE_SIZE,
      after: paging.after,
      organizerId: organizerId ?? undefined,
      personId: personId ?? undefined,
      from: from || undefined,
      to: to || undefined,
    },
    context: QUERY_CONTEXT,
  });

  const filterChange =
    <Value,>(set: (value: Value) => void) =>
    (value: Value) => {
      set(value);
      paging.goToFirstPage();
    };

  const filtered = Boolean(organizerId ?? personId ?? (from || to));
  const oneOnOnes = data?.oneOnOnes.edges.map((edge) => edge.node) ?? [];

  return (
    <Stack gap="lg">
      <PageHeader
        title="One-on-ones"
        description="Relational meetings: what people care about, what they committed to, and what comes next"
        actions={
          canEditPeople && (
            <Button onClick={() => setEditorTarget({ mode: 'record' })}>Record a one-on-one</Button>
          )
        }
      />
      <WeeklyOneOnOnesCard organizerId={organizerId} />
      <Card withBorder radius="md" padding="lg">
        <Stack>
          <Group align="flex-end" gap="md" wrap="wrap">
            <OrganizerSelect
              label="Organizer"
              placeholder="All organizers"
              value={organizerId}
              onChange={filterChange(setOrganizerId)}
              w={240}
            />
            <PersonPicker label="Person" value={personId} onChange={(id) => filterChange(setPersonId)(id)} />
            <TextInput
              label="From"
              type="date"
              value={from}
              onChange={(event) => filterChange(setFrom)(event.currentTarget.value)}
              w={170}
            />
            <TextInput
              label="To"
              type="date"
              value={to}
              onChange={(event) => filterChange(setTo)(event.currentTarget.value)}
              w={170}
            />
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
            <Text c="dimmed" ta="center" py="xl">
              {filtered ? 'No one-on-ones match these filters.' : 'No one-on-ones recorded yet.'}
            </Text>
          ) : (
            <OneOnOnesTable
              oneOnOnes={oneOnOnes}
              canEdit={canEditPeople}
              onOpen={(oneOnOne) => setEditorTarget({ mode: canEditPeople ? 'edit' : 'view', oneOnOne })}
            />
          )}
          {data && (
            <CursorPager
              connection={data.oneOnOnes}
              paging={paging}
              pageSize={PAGE_SIZE}
              noun="one-on-ones"
            />
          )}
        </Stack>
      </Card>
      <OneOnOneFormModal target={editorTarget} onClose={() => setEditorTarget(null)} />
    </Stack>
  );
}
