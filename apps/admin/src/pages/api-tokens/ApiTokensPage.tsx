import { Button, Card, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useQuery } from 'urql';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { ApiTokensDocument, type ApiTokenFieldsFragment } from '../../gql/graphql';
import { usePermissions } from '../../hooks/usePermissions';
import { ApiTokensTable } from './ApiTokensTable';
import { CreateApiTokenModal } from './CreateApiTokenModal';
import { RevokeApiTokenModal } from './RevokeApiTokenModal';

/** Refetch after a token is created, even when the list was empty. */
const API_TOKENS_QUERY_CONTEXT = { additionalTypenames: ['ApiToken'] };

export function ApiTokensPage() {
  const { canManageTeam } = usePermissions();
  const [creating, setCreating] = useState(false);
  const [tokenToRevoke, setTokenToRevoke] = useState<ApiTokenFieldsFragment | null>(null);
  const [{ data, error }, reexecuteApiTokens] = useQuery({
    query: ApiTokensDocument,
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
        ) : data.apiTokens.length === 0 ? (
          <Text c="dimmed" ta="center" py="xl">
            No API tokens yet.
          </Text>
        ) : (
          <ApiTokensTable apiTokens={data.apiTokens} canManage={canManageTeam} onRevoke={setTokenToRevoke} />
        )}
      </Card>
      <CreateApiTokenModal opened={creating} onClose={() => setCreating(false)} />
      <RevokeApiTokenModal apiToken={tokenToRevoke} onClose={() => setTokenToRevoke(null)} />
    </Stack>
  );
}
