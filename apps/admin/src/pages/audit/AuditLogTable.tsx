import { Badge, Code, Table, Text } from '@mantine/core';
import type { AuditLogQuery } from '../../gql/graphql';
import { formatDateTime } from '../../format/dates';
import { describeAction } from './audit-actions';

type AuditEntry = AuditLogQuery['auditLog']['edges'][number]['node'];

function actorLabel(entry: AuditEntry): string {
  if (entry.actor) return entry.actor.name;
  if (entry.actorType === 'API_TOKEN') return `API token ${entry.actorId ?? ''}`.trim();
  if (entry.actorType === 'SYSTEM' || !entry.actorType) return 'System';
  return 'Former member';
}

export function AuditLogTable({ entries }: { entries: AuditEntry[] }) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover aria-label="Audit log">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>When</Table.Th>
            <Table.Th>Who</Table.Th>
            <Table.Th>What</Table.Th>
            <Table.Th>Person</Table.Th>
            <Table.Th>Details</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((entry) => (
            <Table.Tr key={entry.id}>
              <Table.Td>
                <Text size="sm">{formatDateTime(entry.occurredAt)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{actorLabel(entry)}</Text>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color="gray">
                  {describeAction(entry.action)}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {entry.person ? `${entry.person.firstName} ${entry.person.lastName}` : '—'}
                </Text>
              </Table.Td>
              <Table.Td>
                <Code block={false}>{JSON.stringify(entry.details)}</Code>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
