import { Button, Card, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useQuery } from 'urql';
import { CursorPager } from '../../components/CursorPager';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { TagCatalogueDocument, type TagFieldsFragment } from '../../gql/graphql';
import { useCursorPaging } from '../../hooks/useCursorPaging';
import { usePermissions } from '../../hooks/usePermissions';
import { BulkTagModal } from './BulkTagModal';
import { DeleteTagModal } from './DeleteTagModal';
import { EditTagModal } from './EditTagModal';
import { MergeTagModal } from './MergeTagModal';
import { NewTagGroupForm } from './NewTagGroupForm';
import { TagsByGroup } from './TagsByGroup';

/** Refetch after any tag or person changes. */
const CATALOGUE_CONTEXT = { additionalTypenames: ['Tag', 'TagGroup', 'Person', 'BulkTagResult'] };
const PAGE_SIZE = 100;

export type TagAction = { kind: 'edit' | 'merge' | 'delete'; tag: TagFieldsFragment };

/**
 * The tag catalogue by group with people per tag. Organizers tag people in bulk and add groups;
 * renaming, merging and deleting change everyone's tags, so they are for admins.
 */
export function TagsPage() {
  const { canEditPeople, canManageTeam } = usePermissions();
  const [action, setAction] = useState<TagAction | null>(null);
  const [bulkOpen, setBulkOpen] = useState(false);
  const paging = useCursorPaging();
  const [{ data, error }, reexecute] = useQuery({
    query: TagCatalogueDocument,
    variables: { first: PAGE_SIZE, after: paging.after },
    context: CATALOGUE_CONTEXT,
  });
  const tags = data?.tags.edges.map((edge) => edge.node) ?? [];
  const close = () => setAction(null);

  return (
    <Stack gap="lg">
      <PageHeader
        title="Tags"
        description="Every tag used in your coalition, by group, with the people who carry it"
        actions={canEditPeople && <Button onClick={() => setBulkOpen(true)}>Tag people in bulk</Button>}
      />
      <Card withBorder radius="md" padding="lg">
        {error && !data ? (
          <ErrorState
            error={error}
            title="Could not load tags"
            onRetry={() => reexecute({ requestPolicy: 'network-only' })}
          />
        ) : !data ? (
          <LoadingState label="Loading tags…" />
        ) : data.tags.totalCount === 0 && data.tagGroups.length === 0 ? (
          <Text c="dimmed" ta="center" py="xl">
            No tags yet. Tags appear here as soon as someone is tagged.
          </Text>
        ) : (
          <Stack>
            <TagsByGroup tags={tags} groups={data.tagGroups} canManage={canManageTeam} onAction={setAction} />
            <CursorPager connection={data.tags} paging={paging} pageSize={PAGE_SIZE} noun="tags" />
          </Stack>
        )}
      </Card>
      {canEditPeople && <NewTagGroupForm />}
      <EditTagModal
        tag={action?.kind === 'edit' ? action.tag : null}
        groups={data?.tagGroups ?? []}
        onClose={close}
      />
      <MergeTagModal tag={action?.kind === 'merge' ? action.tag : null} tags={tags} onClose={close} />
      <DeleteTagModal tag={action?.kind === 'delete' ? action.tag : null} onClose={close} />
      <BulkTagModal opened={bulkOpen} tags={tags} onClose={() => setBulkOpen(false)} />
    </Stack>
  );
}
