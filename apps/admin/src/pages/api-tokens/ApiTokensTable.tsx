import { Badge, Button, Code, Group, Table, VisuallyHidden } from '@mantine/core';
import { formatDate, formatDateTime } from '../../format/dates';
import type { ApiTokenFieldsFragment } from '../../gql/graphql';

interface ApiTokensTableProps {
  apiTokens: ApiTokenFieldsFragment[];
  canManage: boolean;
  onRevoke: (apiToken: ApiTokenFieldsFragment) => void;
}

export function ApiTokensTable({ apiTokens, canManage, onRevoke }: ApiTokensTableProps) {
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table verticalSpacing="sm" aria-label="API tokens">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Prefix</Table.Th>
            <Table.Th>Scopes</Table.Th>
            <Table.Th>Created</Table.Th>
            <Table.Th>Last used</Table.Th>
            <Table.Th>Status</Table.Th>
            {canManage && (
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {apiTokens.map((apiToken) => (
            <Table.Tr key={apiToken.id}>
              <Table.Td fw={500}>{apiToken.name}</Table.Td>
              <Table.Td>
                <Code>{apiToken.prefix}…</Code>
              </Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {apiToken.scopes.map((scope) => (
                    <Badge
                      key={scope}
                      variant="light"
                      color={scope === 'WRITE' ? 'orange' : 'blue'}
                      size="sm"
                    >
                      {scope === 'WRITE' ? 'Write' : 'Read'}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>
                {formatDate(apiToken.createdAt)}
                {apiToken.createdBy && ` by ${apiToken.createdBy.name}`}
              </Table.Td>
              <Table.Td>{apiToken.lastUsedAt ? formatDateTime(apiToken.lastUsedAt) : 'Never'}</Table.Td>
              <Table.Td>
                {apiToken.revokedAt ? (
                  <Badge color="gray" variant="light">
                    Revoked {formatDate(apiToken.revokedAt)}
                  </Badge>
                ) : (
                  <Badge color="green" variant="light">
                    Active
                  </Badge>
                )}
              </Table.Td>
              {canManage && (
                <Table.Td ta="right">
                  {!apiToken.revokedAt && (
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      onClick={() => onRevoke(apiToken)}
                      aria-label={`Revoke ${apiToken.name}`}
                    >
                      Revoke
                    </Button>
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
