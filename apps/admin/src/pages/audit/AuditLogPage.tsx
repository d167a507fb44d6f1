import { Card, Select, Stack } from '@mantine/core';
import { useState } from 'react';
import { useQuery } from 'urql';
import { CursorPager } from '../../components/CursorPager';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { AuditLogDocument } from '../../gql/graphql';
import { useCursorPaging } from '../../hooks/useCursorPaging';
import { ACTION_FILTERS } from './audit-actions';
import { AuditLogTable } from './AuditLogTable';

const PAGE_SIZE = 50;

export function AuditLogPage() {
  const paging = useCursorPaging();
  const [action, setAction] = useState('');
  const [{ data, error }, reexecute] = useQuery({
    query: AuditLogDocument,
    variables: { first: PAGE_SIZE, after: paging.after, action: action || null },
    requestPolicy: 'cache-and-network',
  });

  return (
    <Stack gap="lg">
      <PageHeader title="Audit log" description="Who changed what in the member base, and when" />
      <Card withBorder radius="md" padding="lg">
        <Stack>
          <Select
            label="Show"
            data={[...ACTION_FILTERS]}
            value={action}
            allowDeselect={false}
            onChange={(value) => {
              setAction(value ?? '');
              paging.goToFirstPage();
            }}
            w={240}
          />
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
