import {
  Alert,
  Autocomplete,
  Button,
  Group,
  Modal,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { useState } from 'react';
import { useClient } from 'urql';
import { describeError } from '../../api/graphql-errors';
import { notifySuccess } from '../../feedback/notify';
import {
  BulkTagPeopleDocument,
  BulkUntagPeopleDocument,
  FindPersonByEmailDocument,
  type TagFieldsFragment,
} from '../../gql/graphql';
import { batches, parsePastedPeople } from './pasted-people';

/** Ids per bulk request: the gateway refuses request bodies over 100 kB. */
const IDS_PER_REQUEST = 2_000;
/** Emails are looked up one by one; a paste bigger than this should use person ids (from an export). */
const MAX_EMAILS = 500;

interface BulkTagModalProps {
  opened: boolean;
  tags: TagFieldsFragment[];
  onClose: () => void;
}

interface Outcome {
  matched: number;
  changed: number;
  skippedAtTagLimit: number;
  notFound: string[];
}

/** Tags or untags the people of a pasted list of emails or person ids. */
export function BulkTagModal({ opened, tags, onClose }: BulkTagModalProps) {
  const client = useClient();
  const [mode, setMode] = useState<'tag' | 'untag'>('tag');
  const [tag, setTag] = useState('');
  const [pasted, setPasted] = useState('');
  const [running, setRunning] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const parsed = parsePastedPeople(pasted);
  const tooManyEmails = parsed.emails.length > MAX_EMAILS;

  const close = () => {
    setPasted('');
    setOutcome(null);
    setFailure(null);
    onClose();
  };

  const idsOfEmails = async (emails: string[]): Promise<{ ids: string[]; notFound: string[] }> => {
    const ids: string[] = [];
    const notFound: string[] = [];
    for (const email of emails) {
      const result = await client
        .query(FindPersonByEmailDocument, { search: email }, { requestPolicy: 'network-only' })
        .toPromise();
      if (result.error) throw new Error(describeError(result.error));
      const match = result.data?.people.edges.find(({ node }) => node.email?.toLowerCase() === email);
      if (match) ids.push(match.node.id);
      else notFound.push(email);
    }
    return { ids, notFound };
  };

  const run = async () => {
    setRunning(true);
    setFailure(null);
    try {
      const found = await idsOfEmails(parsed.emails);
      const ids = [...new Set([...parsed.ids, ...found.ids])];
      const total: Outcome = { matched: 0, changed: 0, skippedAtTagLimit: 0, notFound: found.notFound };
      for (const batch of batches(ids, IDS_PER_REQUEST)) {
        const input = { tag: tag.trim(), personIds: batch };
        const result =
          mode === 'tag'
            ? await client.mutation(BulkTagPeopleDocument, { input }).toPromise()
            : await client.mutation(BulkUntagPeopleDocument, { input }).toPromise();
        if (result.error) throw new Error(describeError(result.error));
        const counts =
          result.data &&
          ('bulkTagPeople' in result.data ? result.data.bulkTagPeople : result.data.bulkUntagPeople);
        total.matched += counts?.matched ?? 0;
        total.changed += counts?.changed ?? 0;
        total.skippedAtTagLimit += counts?.skippedAtTagLimit ?? 0;
      }
      setOutcome(total);
      notifySuccess(`${mode === 'tag' ? 'Tagged' : 'Untagged'} ${total.changed} people.`);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setRunning(false);
    }
  };

  const entries = parsed.ids.length + parsed.emails.length;
  return (
    <Modal opened={opened} onClose={close} title="Tag people in bulk" size="lg" centered>
      <Stack>
        <SegmentedControl
          value={mode}
          onChange={(value) => setMode(value === 'untag' ? 'untag' : 'tag')}
          data={[
            { value: 'tag', label: 'Add a tag' },
            { value: 'untag', label: 'Remove a tag' },
          ]}
        />
        <Autocomplete
          label="Tag"
          placeholder="march-2026"
          maxLength={50}
          data={tags.map((entry) => entry.name)}
          value={tag}
          onChange={setTag}
          withAsterisk
        />
        <Textarea
          label="People"
          description="Paste emails or person ids, one per line (or separated by commas)."
          autosize
          minRows={5}
          maxRows={12}
          value={pasted}
          onChange={(event) => setPasted(event.currentTarget.value)}
          error={
            tooManyEmails
              ? `At most ${MAX_EMAILS} emails at a time; use person ids for bigger lists.`
              : undefined
          }
        />
        <Text size="sm" c="dimmed">
          {parsed.ids.length} ids, {parsed.emails.length} emails
          {parsed.unreadable.length > 0 &&
            `; ${parsed.unreadable.length} lines are neither and will be skipped`}
        </Text>
        {failure && (
          <Alert color="red" title="That did not work">
            {failure}
          </Alert>
        )}
        {outcome && (
          <Alert color="green" title="Done">
            {outcome.matched} people found, {outcome.changed} changed
            {outcome.skippedAtTagLimit > 0 &&
              `, ${outcome.skippedAtTagLimit} already hold the most tags a person may have`}
            {outcome.notFound.length > 0 && `. No one has these emails: ${outcome.notFound.join(', ')}`}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close} disabled={running}>
            Close
          </Button>
          <Button
            loading={running}
            disabled={!tag.trim() || entries === 0 || tooManyEmails}
            onClick={() => void run()}
          >
            {mode === 'tag' ? 'Add tag' : 'Remove tag'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
