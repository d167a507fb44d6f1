import { Button, Card, Checkbox, Group, Loader, MultiSelect, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { CursorPager } from '../../components/CursorPager';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import {
  OrganizationsDocument,
  type OrganizationMembershipStatus,
  type OrganizationType,
} from '../../gql/graphql';
import { useCursorPaging } from '../../hooks/useCursorPaging';
import { usePermissions } from '../../hooks/usePermissions';
import { MEMBERSHIP_STATUS_OPTIONS, ORGANIZATION_TYPE_OPTIONS } from './organization-labels';
import { organizationPath } from './organization-paths';
import { OrganizationFormModal } from './OrganizationFormModal';
import { OrganizationsTable } from './OrganizationsTable';

const PAGE_SIZE = 20;
const SEARCH_DEBOUNCE_MS = 300;
/** Refetch after any Organization mutation, even while the current page is empty. */
const ORGANIZATIONS_QUERY_CONTEXT = { additionalTypenames: ['Organization'] };

export function OrganizationsPage() {
  const { canEditPeople } = usePermissions();
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), SEARCH_DEBOUNCE_MS);
  const [types, setTypes] = useState<OrganizationType[]>([]);
  const [statuses, setStatuses] = useState<OrganizationMembershipStatus[]>([]);
  const [includeArchived, setIncludeArchived] = useState(false);
  const [adding, setAdding] = useState(false);
  const paging = useCursorPaging();

  const [{ data, fetching, error }, reexecute] = useQuery({
    query: OrganizationsDocument,
    variables: {
      first: PAGE_SIZE,
      after: paging.after,
      search: debouncedSearch || undefined,
      types: types.length > 0 ? types : undefined,
      statuses: statuses.length > 0 ? statuses : undefined,
      includeArchived,
    },
    context: ORGANIZATIONS_QUERY_CONTEXT,
  });

  /** Any change of filter starts again from the first page. */
  const filterChange =
    <Value,>(set: (value: Value) => void) =>
    (value: Value) => {
      set(value);
      paging.goToFirstPage();
    };

  const filtered = debouncedSearch !== '' || types.length > 0 || statuses.length > 0;
  const searching = fetching || search.trim() !== debouncedSearch;
  const organizations = data?.organizations.edges.map((edge) => edge.node) ?? [];

  return (
    <Stack gap="lg">
      <PageHeader
        title="Organizations"
        description="Member organizations of your coalition and the people affiliated with them"
        actions={canEditPeople && <Button onClick={() => setAdding(true)}>Add organization</Button>}
      />
      <Card withBorder radius="md" padding="lg">
        <Stack>
          <Group align="flex-end" gap="md" wrap="wrap">
            <TextInput
              label="Search organizations"
              placeholder="Name"
              type="search"
              value={search}
              onChange={(event) => filterChange(setSearch)(event.currentTarget.value)}
              rightSection={searching ? <Loader size="xs" aria-label="Searching" /> : null}
              w={280}
            />
            <MultiSelect
              label="Type"
              placeholder={types.length === 0 ? 'All types' : undefined}
              data={ORGANIZATION_TYPE_OPTIONS}
              value={types}
              onChange={(value) => filterChange(setTypes)(value)}
              clearable
              w={260}
            />
            <MultiSelect
              label="Membership status"
              placeholder={statuses.length === 0 ? 'All statuses' : undefined}
              data={MEMBERSHIP_STATUS_OPTIONS}
              value={statuses}
              onChange={(value) => filterChange(setStatuses)(value)}
              clearable
              w={260}
            />
            <Checkbox
              label="Show archived"
              checked={includeArchived}
              onChange={(event) => filterChange(setIncludeArchived)(event.currentTarget.checked)}
              mb={8}
            />
          </Group>
          {error && !data ? (
            <ErrorState
              error={error}
              title="Could not load organizations"
              onRetry={() => reexecute({ requestPolicy: 'network-only' })}
            />
          ) : !data ? (
            <LoadingState label="Loading organizations…" />
          ) : organizations.length === 0 ? (
            <Text c="dimmed" ta="center" py="xl">
              {filtered
                ? 'No organization matches these filters.'
                : canEditPeople
                  ? 'No organizations yet. Add the first one to get started.'
                  : 'No organizations yet.'}
            </Text>
          ) : (
            <OrganizationsTable organizations={organizations} />
          )}
          {data && (
            <CursorPager
              connection={data.organizations}
              paging={paging}
              pageSize={PAGE_SIZE}
              noun="organizations"
            />
          )}
        </Stack>
      </Card>
      <OrganizationFormModal
        target={adding ? { mode: 'create' } : null}
        onClose={() => setAdding(false)}
        onCreated={(organizationId) => void navigate(organizationPath(organizationId))}
      />
    </Stack>
  );
}
