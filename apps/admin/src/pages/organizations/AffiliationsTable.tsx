import { Anchor, Badge, Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';
import { formatDateRange } from './local-date';
import type { AffiliationTarget } from './EndAffiliationModal';

export interface AffiliationRow {
  id: string;
  /** The other side: the person on an organization's page, the organization on a person's. */
  name: string;
  link: string | null;
  role: string | null;
  startedOn: string | null;
  endedOn: string | null;
  /** For dialogs, e.g. "Ana Lopez at Riverside Tenants". */
  description: string;
}

interface AffiliationsTableProps {
  label: string;
  nameHeader: string;
  rows: AffiliationRow[];
  editable: boolean;
  onEnd: (affiliation: AffiliationTarget) => void;
  onRemove: (affiliation: AffiliationTarget) => void;
}

export function AffiliationsTable({
  label,
  nameHeader,
  rows,
  editable,
  onEnd,
  onRemove,
}: AffiliationsTableProps) {
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped highlightOnHover verticalSpacing="sm" aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{nameHeader}</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th>Dates</Table.Th>
            {editable && (
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const target = { id: row.id, description: row.description, startedOn: row.startedOn };
            return (
              <Table.Tr key={row.id}>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    {row.link ? (
                      <Anchor component={Link} to={row.link} size="sm" fw={500}>
                        {row.name}
                      </Anchor>
                    ) : (
                      <Text size="sm" fw={500}>
                        {row.name}
                      </Text>
                    )}
                    {row.endedOn && (
                      <Badge color="gray" variant="light" size="xs">
                        Ended
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>{row.role ?? '—'}</Table.Td>
                <Table.Td>{formatDateRange(row.startedOn, row.endedOn) || '—'}</Table.Td>
                {editable && (
                  <Table.Td>
                    <Group gap="xs" justify="flex-end" wrap="nowrap">
                      {!row.endedOn && (
                        <Button
                          size="xs"
                          variant="light"
                          onClick={() => onEnd(target)}
                          aria-label={`End ${row.description}`}
                        >
                          End
                        </Button>
                      )}
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        onClick={() => onRemove(target)}
                        aria-label={`Remove ${row.description}`}
                      >
                        Remove
                      </Button>
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
