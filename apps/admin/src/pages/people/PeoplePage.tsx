import { Button, Card, Loader, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useQuery } from 'urql';
import { CursorPager } from '../../components/CursorPager';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { PeopleDocument, type PersonFieldsFragment } from '../../gql/graphql';
import { useCursorPaging } from '../../hooks/useCursorPaging';
import { usePermissions } from '../../hooks/usePermissions';
import { ArchivePersonModal } from './ArchivePersonModal';
import { PeopleTable } from './PeopleTable';
import { PersonFormModal, type PersonEditorTarget } from './PersonFormModal';

const PAGE_SIZE = 20;
const SEARCH_DEBOUNCE_MS = 300;
/** Refetch after any Person mutation, even while the current page is empty. */
const PEOPLE_QUERY_CONTEXT = { additionalTypenames: ['Person'] };

export function PeoplePage() {
  const { canEditPeople } = usePermissions();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), SEARCH_DEBOUNCE_MS);
  const paging = useCursorPaging();
  const [editorTarget, setEditorTarget] = useState<PersonEditorTarget | null>(null);
  const [personToArchive, setPersonToArchive] = useState<PersonFieldsFragment | null>(null);

  const [{ data, fetching, error }, reexecutePeople] = useQuery({
    query: PeopleDocument,
    variables: { first: PAGE_SIZE, after: paging.after, search: debouncedSearch || undefined },
    context: PEOPLE_QUERY_CONTEXT,
  });

  const changeSearch = (value: string) => {
    setSearch(value);
    paging.goToFirstPage();
  };

  const searching = fetching || search.trim() !== debouncedSearch;
  const people = data?.people.edges.map((edge) => edge.node) ?? [];

  return (
    <Stack gap="lg">
      <PageHeader
        title="People"
        description="Members, supporters, contacts and leaders of your coalition"
        actions={
          canEditPeople && <Button onClick={() => setEditorTarget({ mode: 'create' })}>Add person</Button>
        }
      />
      <Card withBorder radius="md" padding="lg">
        <Stack>
          <TextInput
            label="Search people"
            placeholder="Name or email"
            type="search"
            value={search}
            onChange={(event) => changeSearch(event.currentTarget.value)}
            rightSection={searching ? <Loader size="xs" aria-label="Searching" /> : null}
            maw={420}
          />
          {error && !data ? (
            <ErrorState
              error={error}
              title="Could not load people"
              onRetry={() => reexecutePeople({ requestPolicy: 'network-only' })}
            />
          ) : !data ? (
            <LoadingState label="Loading people…" />
          ) : people.length === 0 ? (
            <Text c="dimmed" ta="center" py="xl">
              {debouncedSearch
                ? `No one matches “${debouncedSearch}”.`
                : canEditPeople
                  ? 'No people yet. Add the first person to get started.'
                  : 'No people yet.'}
            </Text>
          ) : (
            <PeopleTable
              people={people}
              canEdit={canEditPeople}
              onEdit={(person) => setEditorTarget({ mode: 'edit', person })}
              onArchive={setPersonToArchive}
            />
          )}
          {data && (
            <CursorPager connection={data.people} paging={paging} pageSize={PAGE_SIZE} noun="people" />
          )}
        </Stack>
      </Card>
      <PersonFormModal target={editorTarget} onClose={() => setEditorTarget(null)} />
      <ArchivePersonModal person={personToArchive} onClose={() => setPersonToArchive(null)} />
    </Stack>
  );
}
