import { Button, Card, Group, Select, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { CursorPager } from '../../components/CursorPager';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { AuditActorsDocument, AuditLogDocument, AuditPeopleDocument } from '../../gql/graphql';
import { useCursorPaging } from '../../hooks/useCursorPaging';
import { ACTION_FILTERS } from './audit-actions';
import { AuditLogTable } from './AuditLogTable';

const PAGE_SIZE = 50;

/** A date input's `yyyy-mm-dd` as the start of that day, or the end of it, in the viewer's time zone. */
function dayBound(day: string, end: boolean): string | null {
  if (!day) return null;
  const date = new Date(`${day}T${end ? '23:59:59.999' : '00:00:00'}`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** Filters live in the address, so a filtered log can be linked to (e.g. from a person's profile). */
function useFilter(name: string, onChange: () => void): [string, (value: string | null) => void] {
  const [params, setParams] = useSearchParams();
  return [
    params.get(name) ?? '',
    (value) => {
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          if (value) next.set(name, value);
          else next.delete(name);
          return next;
        },
        { replace: true },
      );
      onChange();
    },
  ];
}

export function AuditLogPage() {
  const paging = useCursorPaging();
  const [action, setAction] = useFilter('action', paging.goToFirstPage);
  const [actorId, setActorId] = useFilter('actor', paging.goToFirstPage);
  const [personId, setPersonId] = useFilter('person', paging.goToFirstPage);
  const [from, setFrom] = useFilter('from', paging.goToFirstPage);
  const [to, setTo] = useFilter('to', paging.goToFirstPage);
  const [personSearch, setPersonSearch] = useState('');
  const [, setParams] = useSearchParams();

  const [{ data, error }, reexecute] = useQuery({
    query: AuditLogDocument,
    variables: {
      first: PAGE_SIZE,
      after: paging.after,
      action: action || null,
      actorId: actorId || null,
      personId: personId || null,
      from: dayBound(from, false),
      to: dayBound(to, true),
    },
    requestPolicy: 'cache-and-network',
  });
  const [actors] = useQuery({ query: AuditActorsDocument });
  const [people] = useQuery({ query: AuditPeopleDocument, variables: { search: personSearch || null } });

  const actorOptions = [
    ...(actors.data?.users.edges.map(({ node }) => ({ value: node.id, label: node.name })) ?? []),
    ...(actors.data?.apiTokens.edges.map(({ node }) => ({
      value: node.id,
      label: `API token “${node.name}”`,
    })) ?? []),
  ];
  const personOptions =
    people.data?.people.edges.map(({ node }) => ({
      value: node.id,
      label: `${node.firstName} ${node.lastName}`,
    })) ?? [];
  if (personId && !personOptions.some((option) => option.value === personId)) {
    personOptions.unshift({ value: personId, label: 'The chosen person' });
  }
  const filtered = Boolean(action || actorId || personId || from || to);

  return (
    <Stack gap="lg">
      <PageHeader title="Audit log" description="Who changed what in the member base, and when" />
      <Card withBorder radius="md" padding="lg">
        <Stack>
          <Group align="end" gap="sm" wrap="wrap">
            <Select
              label="Show"
              data={[...ACTION_FILTERS]}
              value={action}
              allowDeselect={false}
              onChange={setAction}
              w={200}
            />
            <Select
              label="Done by"
              placeholder="Anyone"
              data={actorOptions}
              value={actorId || null}
              onChange={setActorId}
              clearable
              searchable
              w={220}
            />
            <Select
              label="About person"
              placeholder="Anyone"
              data={personOptions}
              value={personId || null}
              onChange={setPersonId}
              onSearchChange={setPersonSearch}
              searchValue={personId ? undefined : personSearch}
              filter={({ options }) => options}
              clearable
              searchable
              w={220}
            />
            <TextInput
              label="From"
              type="date"
              value={from}
              onChange={(event) => setFrom(event.currentTarget.value)}
              w={160}
            />
            <TextInput
              label="To"
              type="date"
              value={to}
              onChange={(event) => setTo(event.currentTarget.value)}
              w={160}
            />
            {filtered && (
              <Button
                variant="subtle"
                onClick={() => {
                  setParams(new URLSearchParams(), { replace: true });
                  paging.goToFirstPage();
                }}
              >
                Clear filters
              </Button>
            )}
          </Group>
          {!data ? (
            error ? (
              <ErrorState
                error={error}
                title="Could not load the audit log"
                onRetry={() => reexecute({ requestPolicy: 'network-only' })}
              />
            ) : (
              <LoadingState label="Loading the audit log…" />
            )
          ) : (
            <>
              <AuditLogTable entries={data.auditLog.edges.map((edge) => edge.node)} />
              <CursorPager connection={data.auditLog} paging={paging} pageSize={PAGE_SIZE} noun="changes" />
            </>
          )}
        </Stack>
      </Card>
    </Stack>
  );
}
