import { Anchor, Card, Stack, Text, Timeline, Title } from '@mantine/core';
import { useState } from 'react';
import { useQuery } from 'urql';
import { formatDateTime } from '../../../format/dates';
import { PersonTimelineDocument, type TimelineEntryFieldsFragment } from '../../../gql/graphql';
import { humanize, STATUS_LABELS } from './profile-labels';

const PAGE_SIZE = 25;
/** Refetch after anything that adds an entry (a note, a status change). */
const TIMELINE_CONTEXT = { additionalTypenames: ['PersonNote', 'Person', 'TimelineEntry'] };

/** What happened with this person, newest first, from every timeline source. */
export function TimelineCard({ personId }: { personId: string }) {
  const [pages, setPages] = useState(1);
  const [{ data, error }] = useQuery({
    query: PersonTimelineDocument,
    variables: { id: personId, first: Math.min(100, PAGE_SIZE * pages) },
    context: TIMELINE_CONTEXT,
  });
  const timeline = data?.person?.timeline;
  return (
    <Card withBorder radius="md" padding="lg">
      <Stack>
        <Title order={2} size="h4">
          Timeline
        </Title>
        {error && (
          <Text size="sm" c="red">
            Could not load the timeline.
          </Text>
        )}
        {timeline && (
          <Timeline bulletSize={14} lineWidth={2} aria-label="Timeline">
            {timeline.edges.map(({ node }) => (
              <Timeline.Item key={`${node.kind}:${node.id}`} title={describe(node)}>
                <Text size="xs" c="dimmed">
                  {formatDateTime(node.occurredAt)}
                  {node.actor && ` · ${node.actor.name}`}
                </Text>
                {node.kind === 'NOTE' && typeof node.data.body === 'string' && (
                  <Text size="sm" lineClamp={3} style={{ whiteSpace: 'pre-wrap' }}>
                    {node.data.body}
                  </Text>
                )}
              </Timeline.Item>
            ))}
          </Timeline>
        )}
        {timeline?.pageInfo.hasNextPage && PAGE_SIZE * pages < 100 && (
          <Anchor component="button" size="sm" onClick={() => setPages(pages + 1)}>
            Show earlier
          </Anchor>
        )}
      </Stack>
    </Card>
  );
}

/** One line per kind; kinds other areas add read as their name until they get a line here. */
function describe(entry: TimelineEntryFieldsFragment): string {
  const status = (value: unknown) =>
    typeof value === 'string' && value in STATUS_LABELS
      ? STATUS_LABELS[value as keyof typeof STATUS_LABELS]
      : String(value);
  switch (entry.kind) {
    case 'PERSON_CREATED':
      return 'Added to the coalition';
    case 'STATUS_CHANGED':
      return `Status: ${status(entry.data.from)} → ${status(entry.data.to)}`;
    case 'NOTE':
      return 'Note';
    default:
      return humanize(entry.kind);
  }
}
