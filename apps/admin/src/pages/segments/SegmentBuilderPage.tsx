import { Alert, Button, Card, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { PATHS } from '../../app/paths';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { notifyFailure, notifySuccess } from '../../feedback/notify';
import {
  SegmentBuilderOptionsDocument,
  SegmentDocument,
  UpdateSegmentDocument,
  type SegmentBuilderOptionsQuery,
  type SegmentFieldsFragment,
} from '../../gql/graphql';
import { usePermissions } from '../../hooks/usePermissions';
import { DeleteSegmentModal } from './DeleteSegmentModal';
import { ExportSegmentModal } from './ExportSegmentModal';
import { LiveCountDisplay } from './LiveCountDisplay';
import { SaveSegmentModal, type SaveSegmentTarget } from './SaveSegmentModal';
import {
  EMPTY_FILTER,
  fromSavedFilter,
  sameFilter,
  toFilterInput,
  type SegmentFilterDraft,
} from './segment-filter';
import { segmentPath } from './segment-paths';
import { SegmentFilterControls } from './SegmentFilterControls';
import { SegmentMembers } from './SegmentMembers';
import { useLiveSegmentCount } from './useLiveSegmentCount';

/** `/segments/new` builds a new segment; `/segments/:segmentId` opens a saved one to change, list and export. */
export function SegmentBuilderPage() {
  const { segmentId } = useParams();
  const [options, reexecuteOptions] = useQuery({ query: SegmentBuilderOptionsDocument });
  const [saved, reexecuteSegment] = useQuery({
    query: SegmentDocument,
    variables: { id: segmentId ?? '' },
    pause: !segmentId,
  });

  const loadError = !options.data ? options.error : segmentId && !saved.data ? saved.error : undefined;
  if (loadError) {
    return (
      <ErrorState
        error={loadError}
        title="Could not open the segment builder"
        onRetry={() => {
          reexecuteOptions({ requestPolicy: 'network-only' });
          if (segmentId) reexecuteSegment({ requestPolicy: 'network-only' });
        }}
      />
    );
  }
  if (!options.data || (segmentId && !saved.data))
    return <LoadingState label="Loading the segment builder…" />;
  if (segmentId && !saved.data?.segment) {
    return (
      <Stack>
        <PageHeader title="Segment not found" />
        <Text>
          This segment does not exist or was deleted. <Link to={PATHS.segments}>Back to segments</Link>
        </Text>
      </Stack>
    );
  }
  const segment = saved.data?.segment ?? null;
  return <SegmentBuilder key={segment?.id ?? 'new'} segment={segment} options={options.data} />;
}

function SegmentBuilder({
  segment,
  options,
}: {
  segment: SegmentFieldsFragment | null;
  options: SegmentBuilderOptionsQuery;
}) {
  const navigate = useNavigate();
  const { canEditPeople } = usePermissions();
  const savedDraft = segment ? fromSavedFilter(segment.filter) : EMPTY_FILTER;
  const [draft, setDraft] = useState<SegmentFilterDraft>(savedDraft);
  const [saveTarget, setSaveTarget] = useState<SaveSegmentTarget | null>(null);
  const [exporting, setExporting] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [{ fetching: savingFilter }, updateSegment] = useMutation(UpdateSegmentDocument);

  const filter = toFilterInput(draft);
  const live = useLiveSegmentCount(filter);
  const changed = segment !== null && !sameFilter(draft, savedDraft);

  const saveFilter = async () => {
    if (!segment) return;
    const result = await updateSegment({ input: { id: segment.id, filter } });
    if (result.error) notifyFailure(result.error, 'Could not save the filter');
    else notifySuccess(`Saved segment ${segment.name}.`);
  };

  return (
    <Stack gap="lg">
      <PageHeader
        title={segment?.name ?? 'New segment'}
        description={segment?.description || 'Choose who is in it; the count updates as you go.'}
        actions={
          segment &&
          canEditPeople && (
            <Group gap="xs">
              <Button variant="default" onClick={() => setSaveTarget({ mode: 'rename', segment })}>
                Rename
              </Button>
              <Button variant="subtle" color="red" onClick={() => setDeleting(true)}>
                Delete
              </Button>
            </Group>
          )
        }
      />
      <Grid gap="lg" align="flex-start">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <SegmentFilterControls options={options} value={draft} onChange={setDraft} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }} style={{ position: 'sticky', top: 72 }}>
          <Card withBorder radius="md" padding="lg" component="aside" aria-label="Segment summary">
            <Stack gap="md">
              <Stack gap={2}>
                <Text size="sm" c="dimmed">
                  People matching now
                </Text>
                <LiveCountDisplay live={live} />
              </Stack>
              {canEditPeople &&
                (segment ? (
                  <Group gap="xs">
                    <Button onClick={() => void saveFilter()} disabled={!changed} loading={savingFilter}>
                      Save changes
                    </Button>
                    <Button
                      variant="default"
                      onClick={() => setDraft(savedDraft)}
                      disabled={!changed || savingFilter}
                    >
                      Discard changes
                    </Button>
                  </Group>
                ) : (
                  <Button onClick={() => setSaveTarget({ mode: 'create', filter })}>Save segment</Button>
                ))}
              {canEditPeople && (
                <Stack gap={4}>
                  <Button
                    variant="light"
                    onClick={() => setExporting(true)}
                    disabled={segment === null || changed}
                    w="fit-content"
                  >
                    Export CSV
                  </Button>
                  {(segment === null || changed) && (
                    <Text size="xs" c="dimmed">
                      {segment
                        ? 'Save your changes first: the export uses the saved filter.'
                        : 'Save the segment to export it.'}
                    </Text>
                  )}
                </Stack>
              )}
              <Button
                variant="subtle"
                color="gray"
                size="xs"
                w="fit-content"
                onClick={() => setDraft(EMPTY_FILTER)}
              >
                Clear every condition
              </Button>
            </Stack>
          </Card>
        </Grid.Col>
      </Grid>
      <Card withBorder radius="md" padding="lg" component="section" aria-label="Members">
        <Stack>
          <Title order={2} size="h4">
            Members
          </Title>
          {segment ? (
            <>
              {changed && (
                <Alert color="yellow" variant="light">
                  These are the members of the saved filter. Save your changes to list the people the new
                  filter selects.
                </Alert>
              )}
              <SegmentMembers segmentId={segment.id} />
            </>
          ) : (
            <Text c="dimmed">Save the segment to list its members and export them.</Text>
          )}
        </Stack>
      </Card>
      <SaveSegmentModal
        target={saveTarget}
        onClose={() => setSaveTarget(null)}
        onSaved={(saved) => {
          setSaveTarget(null);
          if (!segment) void navigate(segmentPath(saved.id), { replace: true });
        }}
      />
      <ExportSegmentModal segment={exporting ? segment : null} onClose={() => setExporting(false)} />
      <DeleteSegmentModal
        segment={deleting ? segment : null}
        onClose={() => setDeleting(false)}
        onDeleted={() => void navigate(PATHS.segments)}
      />
    </Stack>
  );
}
