import { Card, Loader, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useQuery } from 'urql';
import { CursorPager } from '../../components/CursorPager';
import { ErrorState } from '../../components/ErrorState';
import { SearchPeopleDocument } from '../../gql/graphql';
import { useCursorPaging } from '../../hooks/useCursorPaging';
import { SegmentMembersTable } from './SegmentMembersTable';

const PAGE_SIZE = 10;
const SEARCH_DEBOUNCE_MS = 300;
const SEARCH_QUERY_CONTEXT = { additionalTypenames: ['Person'] };

/** Ranked search over names (typo-tolerant), emails, phones and notes, for finding one person fast. */
export function PeopleSearchCard() {
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), SEARCH_DEBOUNCE_MS);
  const paging = useCursorPaging();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: SearchPeopleDocument,
    variables: { query: debouncedSearch, first: PAGE_SIZE, after: paging.after },
    context: SEARCH_QUERY_CONTEXT,
    pause: debouncedSearch === '',
  });
  const searching = debouncedSearch !== '' && (fetching || search.trim() !== debouncedSearch);
  const people = data?.searchPeople.edges.map((edge) => edge.node) ?? [];

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-label="Find people">
      <Stack>
        <Title order={2} size="h4">
          Find people
        </Title>
        <TextInput
          label="Search everyone"
          description="Names (even misspelt), emails, phones and notes; best match first."
          type="search"
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            paging.goToFirstPage();
          }}
          maxLength={100}
          rightSection={searching ? <Loader size="xs" aria-label="Searching" /> : null}
          maw={420}
        />
        {debouncedSearch === '' ? null : error && !data ? (
          <ErrorState
            error={error}
            title="Could not search"
            onRetry={() => reexecute({ requestPolicy: 'network-only' })}
          />
        ) : !data ? null : people.length === 0 ? (
          <Text c="dimmed">No one matches “{debouncedSearch}”.</Text>
        ) : (
          <>
            <SegmentMembersTable people={people} label="Search results" />
            <CursorPager connection={data.searchPeople} paging={paging} pageSize={PAGE_SIZE} noun="people" />
          </>
        )}
      </Stack>
    </Card>
  );
}
