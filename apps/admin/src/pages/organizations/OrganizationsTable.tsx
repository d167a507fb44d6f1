import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { OrganizationListFieldsFragment } from '../../gql/graphql';
import { formatLocalDate } from './local-date';
import {
  formatDues,
  MEMBERSHIP_STATUS_COLORS,
  MEMBERSHIP_STATUS_LABELS,
  ORGANIZATION_TYPE_LABELS,
} from './organization-labels';
import { organizationPath } from './organization-paths';

export function OrganizationsTable({ organizations }: { organizations: OrganizationListFieldsFragment[] }) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="sm" aria-label="Organizations">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Type</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Sector</Table.Th>
            <Table.Th>Area</Table.Th>
            <Table.Th>Dues</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {organizations.map((organization) => (
            <Table.Tr key={organization.id}>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Anchor component={Link} to={organizationPath(organization.id)} fw={500} size="sm">
                    {organization.name}
                  </Anchor>
                  {organization.archivedAt && (
                    <Badge color="gray" variant="outline" size="xs">
                      Archived
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td>{ORGANIZATION_TYPE_LABELS[organization.type]}</Table.Td>
              <Table.Td>
                <Badge color={MEMBERSHIP_STATUS_COLORS[organization.membershipStatus]} variant="light">
                  {MEMBERSHIP_STATUS_LABELS[organization.membershipStatus]}
                </Badge>
                {organization.joinedOn && organization.membershipStatus === 'MEMBER' && (
                  <Text size="xs" c="dimmed">
                    Since {formatLocalDate(organization.joinedOn)}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{organization.sector ?? '—'}</Table.Td>
              <Table.Td>{organization.area ?? '—'}</Table.Td>
              <Table.Td>
                {organization.dues ? (
                  <>
                    <Text size="sm">{formatDues(organization.dues)}</Text>
                    {organization.dues.paidUntil && (
                      <Text size="xs" c="dimmed">
                        Paid until {formatLocalDate(organization.dues.paidUntil)}
                      </Text>
                    )}
                  </>
                ) : (
                  '—'
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
