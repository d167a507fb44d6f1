import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { AuditLogQuery } from '../../gql/graphql';
import { formatDateTime } from '../../format/dates';
import { recordPath } from './audit-actions';

type AuditEntry = AuditLogQuery['auditLog']['edges'][number]['node'];

export function AuditLogTable({ entries }: { entries: AuditEntry[] }) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover aria-label="Audit log">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={190}>When</Table.Th>
            <Table.Th>What happened</Table.Th>
            <Table.Th w={90}>Record</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr key={entry.id}>
              <Table.Td>
                <Text size="sm">{formatDateTime(entry.occurredAt)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{entry.summary}</Text>
              </Table.Td>
              <Table.Td>
                {entry.record ? (
                  <Anchor
                    component={Link}
                    to={recordPath(entry.record)}
                    size="sm"
                    aria-label={`Open: ${entry.summary}`}
                  >
                    Open
                  </Anchor>
                ) : (
                  <Text size="sm" c="dimmed">
                    —
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
