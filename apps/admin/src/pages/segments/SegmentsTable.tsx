import { Anchor, Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';
import { formatDate } from '../../format/dates';
import type { SegmentFieldsFragment } from '../../gql/graphql';
import { formatPeopleCount } from './LiveCountDisplay';
import { segmentPath } from './segment-paths';

interface SegmentsTableProps {
  segments: SegmentFieldsFragment[];
  canEdit: boolean;
  onDelete: (segment: SegmentFieldsFragment) => void;
}

export function SegmentsTable({ segments, canEdit, onDelete }: SegmentsTableProps) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover verticalSpacing="sm" aria-label="Segments">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>People now</Table.Th>
            <Table.Th>Changed</Table.Th>
            <Table.Th>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {segments.map((segment) => (
            <Table.Tr key={segment.id}>
              <Table.Td>
                <Anchor component={Link} to={segmentPath(segment.id)} fw={500} size="sm">
                  {segment.name}
                </Anchor>
                {segment.description && (
                  <Text size="xs" c="dimmed" lineClamp={2}>
                    {segment.description}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{formatPeopleCount(segment.peopleCount)}</Table.Td>
              <Table.Td>{formatDate(segment.updatedAt)}</Table.Td>
              <Table.Td>
                <Group gap="xs" justify="flex-end" wrap="nowrap">
                  <Button
                    component={Link}
                    to={segmentPath(segment.id)}
                    size="xs"
                    variant="light"
                    aria-label={`Open ${segment.name}`}
                  >
                    Open
                  </Button>
                  {canEdit && (
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      onClick={() => onDelete(segment)}
                      aria-label={`Delete ${segment.name}`}
                    >
                      Delete
                    </Button>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
