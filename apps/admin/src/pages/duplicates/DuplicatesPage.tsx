import { Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { ConfirmModal } from '../../components/ConfirmModal';
import { CursorPager } from '../../components/CursorPager';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { notifyFailure, notifySuccess } from '../../feedback/notify';
import {
  DismissDuplicateDocument,
  DuplicateCandidatesDocument,
  MergePeopleDocument,
  RefreshDuplicatesDocument,
  type DuplicatePersonFieldsFragment,
} from '../../gql/graphql';
import { useCursorPaging } from '../../hooks/useCursorPaging';
import { usePermissions } from '../../hooks/usePermissions';
import { DuplicatePairCard } from './DuplicatePairCard';

const PAGE_SIZE = 20;

interface PendingMerge {
  kept: DuplicatePersonFieldsFragment;
  merged: DuplicatePersonFieldsFragment;
}

const fullName = (person: DuplicatePersonFieldsFragment) => `${person.firstName} ${person.lastName}`;

/** The duplicates review queue: likeliest pairs first, each merged, or dismissed for good. */
export function DuplicatesPage() {
  const { canEditPeople } = usePermissions();
  const paging = useCursorPaging();
  const [{ data, error }, reexecute] = useQuery({
    query: DuplicateCandidatesDocument,
    variables: { first: PAGE_SIZE, after: paging.after },
    requestPolicy: 'cache-and-network',
  });
  const [{ fetching: refreshing }, refreshDuplicates] = useMutation(RefreshDuplicatesDocument);
  const [{ fetching: merging }, mergePeople] = useMutation(MergePeopleDocument);
  const [, dismissDuplicate] = useMutation(DismissDuplicateDocument);
  const [dismissingId, setDismissingId] = useState<string | null>(null);
  const [pendingMerge, setPendingMerge] = useState<PendingMerge | null>(null);
  const reload = () => reexecute({ requestPolicy: 'network-only' });

  const refresh = async () => {
    const result = await refreshDuplicates({ input: {} });
    if (result.error) return notifyFailure(result.error, 'Could not look for duplicates');
    notifySuccess(`${result.data?.refreshDuplicates.openCount ?? 0} possible duplicates to review.`);
    paging.goToFirstPage();
    reload();
  };

  const dismiss = async (candidateId: string) => {
    setDismissingId(candidateId);
    const result = await dismissDuplicate({ input: { candidateId } });
    setDismissingId(null);
    if (result.error) return notifyFailure(result.error, 'Could not dismiss the pair');
    notifySuccess('Marked as not a duplicate.');
    reload();
  };

  const merge = async () => {
    if (!pendingMerge) return;
    const { kept, merged } = pendingMerge;
    const result = await mergePeople({ input: { keptPersonId: kept.id, mergedPersonId: merged.id } });
    if (result.error)
      return notifyFailure(result.error, `Could not merge ${fullName(merged)} into ${fullName(kept)}`);
    setPendingMerge(null);
    notifySuccess(`Merged ${fullName(merged)} into ${fullName(kept)}.`);
    reload();
  };

  const connection = data?.duplicateCandidates;
  return (
    <Stack gap="lg">
      <PageHeader
        title="Duplicates"
        description="People who may be recorded twice: same email, same phone, or a similar name in the same postal code"
        actions={
          canEditPeople && (
            <Button onClick={() => void refresh()} loading={refreshing}>
              Find duplicates
            </Button>
          )
        }
      />
      {!connection ? (
        error ? (
          <ErrorState error={error} title="Could not load the duplicates" onRetry={reload} />
        ) : (
          <LoadingState label="Loading possible duplicates…" />
        )
      ) : connection.totalCount === 0 ? (
        <Text c="dimmed" role="status">
          No possible duplicates to review.
        </Text>
      ) : (
        <Stack aria-label="Possible duplicates" component="section">
          {connection.edges.map(({ node }) => (
            <DuplicatePairCard
              key={node.id}
              pair={node}
              canEdit={canEditPeople}
              dismissing={dismissingId === node.id}
              onDismiss={() => void dismiss(node.id)}
              onMerge={(kept, merged) => setPendingMerge({ kept, merged })}
            />
          ))}
          <CursorPager connection={connection} paging={paging} pageSize={PAGE_SIZE} noun="pairs" />
        </Stack>
      )}
      <ConfirmModal
        opened={pendingMerge !== null}
        title="Merge these records?"
        confirmLabel="Merge"
        confirming={merging}
        onConfirm={() => void merge()}
        onCancel={() => setPendingMerge(null)}
      >
        {pendingMerge && (
          <>
            {fullName(pendingMerge.kept)} keeps every record of {fullName(pendingMerge.merged)}: emails,
            phones, notes, organizations, relationships, one-on-ones, ladder history, consent and tags. Empty
            fields are filled from the other record. {fullName(pendingMerge.merged)} is then removed; this
            cannot be undone.
          </>
        )}
      </ConfirmModal>
    </Stack>
  );
}
