import { Badge, Button, ColorSwatch, Group, Stack, Table, Text, Title } from '@mantine/core';
import type { TagCatalogueQuery, TagFieldsFragment } from '../../gql/graphql';
import type { TagAction } from './TagsPage';

interface TagsByGroupProps {
  tags: TagFieldsFragment[];
  groups: TagCatalogueQuery['tagGroups'];
  canManage: boolean;
  onAction: (action: TagAction) => void;
}

/** One table per group, then the tags outside any group. */
export function TagsByGroup({ tags, groups, canManage, onAction }: TagsByGroupProps) {
  const sections = [
    ...groups.map((group) => ({
      key: group.id,
      title: group.name,
      description: group.description,
      tags: tags.filter((tag) => tag.group?.id === group.id),
    })),
    {
      key: 'ungrouped',
      title: groups.length > 0 ? 'Not in a group' : 'Tags',
      description: '',
      tags: tags.filter((tag) => !tag.group),
    },
  ].filter((section) => section.tags.length > 0 || section.key !== 'ungrouped');

  return (
    <Stack gap="xl">
      {sections.map((section) => (
        <Stack key={section.key} gap="xs" component="section" aria-label={section.title}>
          <Title order={2} size="h4">
            {section.title}
          </Title>
          {section.description && (
            <Text size="sm" c="dimmed">
              {section.description}
            </Text>
          )}
          {section.tags.length === 0 ? (
            <Text size="sm" c="dimmed">
              No tags in this group.
            </Text>
          ) : (
            <TagTable tags={section.tags} canManage={canManage} onAction={onAction} />
          )}
        </Stack>
      ))}
    </Stack>
  );
}

function TagTable({ tags, canManage, onAction }: Omit<TagsByGroupProps, 'groups'>) {
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped verticalSpacing="xs" aria-label="Tags">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Tag</Table.Th>
            <Table.Th>Description</Table.Th>
            <Table.Th ta="right">People</Table.Th>
            {canManage && <Table.Th />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tags.map((tag) => (
            <Table.Tr key={tag.id}>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  {tag.colour && <ColorSwatch color={tag.colour} size={12} aria-hidden />}
                  <Badge variant="light" color="gray">
                    {tag.name}
                  </Badge>
                </Group>
              </Table.Td>
              <Table.Td>{tag.description || '—'}</Table.Td>
              <Table.Td ta="right">{tag.peopleCount}</Table.Td>
              {canManage && (
                <Table.Td>
                  <Group gap="xs" justify="flex-end" wrap="nowrap">
                    <Button
                      size="xs"
                      variant="light"
                      onClick={() => onAction({ kind: 'edit', tag })}
                      aria-label={`Edit ${tag.name}`}
                    >
                      Edit
                    </Button>
                    <Button
                      size="xs"
                      variant="light"
                      onClick={() => onAction({ kind: 'merge', tag })}
                      aria-label={`Merge ${tag.name}`}
                    >
                      Merge
                    </Button>
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      onClick={() => onAction({ kind: 'delete', tag })}
                      aria-label={`Delete ${tag.name}`}
                    >
                      Delete
                    </Button>
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
