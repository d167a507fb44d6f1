import { Button, Card, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useQuery } from 'urql';
import { CursorPager } from '../../components/CursorPager';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { ApiTokensDocument, type ApiTokenFieldsFragment } from '../../gql/graphql';
import { useCursorPaging } from '../../hooks/useCursorPaging';
import { usePermissions } from '../../hooks/usePermissions';
import { ApiTokensTable } from './ApiTokensTable';
import { CreateApiTokenModal } from './CreateApiTokenModal';
import { RevokeApiTokenModal } from './RevokeApiTokenModal';

/** Refetch after a token is created, even when the list was empty. */
const API_TOKENS_QUERY_CONTEXT = { additionalTypenames: ['ApiToken'] };
const PAGE_SIZE = 50;

export function ApiTokensPage() {
  const { canManageTeam } = usePermissions();
  const [creating, setCreating] = useState(false);
  const [tokenToRevoke, setTokenToRevoke] = useState<ApiTokenFieldsFragment | null>(null);
  const paging = useCursorPaging();
  const [{ data, error }, reexecuteApiTokens] = useQuery({
    query: ApiTokensDocument,
    variables: { first: PAGE_SIZE, after: paging.after },
    context: API_TOKENS_QUERY_CONTEXT,
  });

  return (
    <Stack gap="lg">
      <PageHeader
        title="API tokens"
        description="Let other systems read or change your coalition's data through the GraphQL API"
        actions={canManageTeam && <Button onClick={() => setCreating(true)}>Create token</Button>}
      />
      <Card withBorder radius="md" padding="lg">
        {error && !data ? (
          <ErrorState
            error={error}
            title="Could not load API tokens"
            onRetry={() => reexecuteApiTokens({ requestPolicy: 'network-only' })}
          />
        ) : !data ? (
          <LoadingState label="Loading API tokens…" />
        ) : data.apiTokens.totalCount === 0 ? (
          <Text c="dimmed" ta="center" py="xl">
            No API tokens yet.
          </Text>
        ) : (
          <Stack>
            <ApiTokensTable
              apiTokens={data.apiTokens.edges.map((edge) => edge.node)}
              canManage={canManageTeam}
              onRevoke={setTokenToRevoke}
            />
            <CursorPager connection={data.apiTokens} paging={paging} pageSize={PAGE_SIZE} noun="API tokens" />
          </Stack>
        )}
      </Card>
      <CreateApiTokenModal opened={creating} onClose={() => setCreating(false)} />
      <RevokeApiTokenModal apiToken={tokenToRevoke} onClose={() => setTokenToRevoke(null)} />
    </Stack>
  );
}
