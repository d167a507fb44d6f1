import { Anchor, Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useQuery } from 'urql';
import { formatDateTime } from '../../format/dates';
import { PersonConsentDocument } from '../../gql/graphql';
import { CHANNEL_LABELS } from './consent-labels';
import { RecordConsentModal } from './RecordConsentModal';

const HISTORY_PAGE = 10;
/** Refetch after any consent is recorded. */
const CONSENT_CONTEXT = { additionalTypenames: ['ConsentRecord'] };

interface PersonConsentCardProps {
  personId: string;
  /** Organizers and above record consent; viewers only read it. */
  canWrite: boolean;
}

/**
 * Consent on a person's profile: where they stand on each channel now (no record means no consent),
 * the append-only history with the wording they saw, and recording a new answer.
 */
export function PersonConsentCard({ personId, canWrite }: PersonConsentCardProps) {
  const [historyPages, setHistoryPages] = useState(1);
  const [recording, setRecording] = useState(false);
  const [{ data, error }] = useQuery({
    query: PersonConsentDocument,
    variables: { id: personId, first: Math.min(100, HISTORY_PAGE * historyPages) },
    context: CONSENT_CONTEXT,
  });
  const person = data?.person;

  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-label="Consent">
      <Stack>
        <Group justify="space-between">
          <Title order={2} size="h4">
            Consent
          </Title>
          {canWrite && (
            <Button size="xs" variant="light" onClick={() => setRecording(true)}>
              Record consent
            </Button>
          )}
        </Group>
        {error && (
          <Text size="sm" c="red">
            Could not load consent.
          </Text>
        )}
        {person && (
          <>
            <Table verticalSpacing="xs" aria-label="Current consent">
              <Table.Tbody>
                {person.consents.map(({ channel, granted, latest }) => (
                  <Table.Tr key={channel}>
                    <Table.Td>{CHANNEL_LABELS[channel]}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={granted ? 'green' : latest ? 'red' : 'gray'}>
                        {granted ? 'Granted' : latest ? 'Withdrawn' : 'No consent'}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs" c="dimmed">
                        {latest ? `${latest.source}, ${formatDateTime(latest.recordedAt)}` : 'Never asked'}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Title order={3} size="h6">
              History
            </Title>
            {person.consentHistory.totalCount === 0 && (
              <Text size="sm" c="dimmed">
                No answers recorded yet.
              </Text>
            )}
            {person.consentHistory.edges.map(({ node }) => (
              <Stack key={node.id} gap={2}>
                <Group gap="xs">
                  <Text size="sm" fw={500}>
                    {CHANNEL_LABELS[node.channel]} {node.status === 'GRANTED' ? 'granted' : 'withdrawn'}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {formatDateTime(node.recordedAt)} · {node.source}
                    {node.recordedBy && ` · recorded by ${node.recordedBy.name}`}
                  </Text>
                </Group>
                {node.wording && (
                  <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                    “{node.wording}”
                  </Text>
                )}
              </Stack>
            ))}
            {person.consentHistory.pageInfo.hasNextPage && HISTORY_PAGE * historyPages < 100 && (
              <Anchor
                component="button"
                type="button"
                size="sm"
                onClick={() => setHistoryPages((pages) => pages + 1)}
              >
                Show older answers
              </Anchor>
            )}
          </>
        )}
      </Stack>
      {canWrite && (
        <RecordConsentModal personId={personId} opened={recording} onClose={() => setRecording(false)} />
      )}
    </Card>
  );
}
