import { Anchor, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { notifyFailure } from '../../../feedback/notify';
import { formatDateTime } from '../../../format/dates';
import {
  AddPersonNoteDocument,
  PersonNotesDocument,
  UpdatePersonNoteDocument,
  type PersonNoteFieldsFragment,
} from '../../../gql/graphql';
import { useViewer } from '../../../hooks/useViewer';

const PAGE_SIZE = 20;
/** Refetch after any note is added or edited. */
const NOTES_CONTEXT = { additionalTypenames: ['PersonNote'] };

interface NotesCardProps {
  personId: string;
  canWrite: boolean;
}

/** Notes on the person, newest first: add one; edit your own (admins and owners edit any). */
export function NotesCard({ personId, canWrite }: NotesCardProps) {
  const [pages, setPages] = useState(1);
  const [{ data, error }] = useQuery({
    query: PersonNotesDocument,
    variables: { id: personId, first: Math.min(100, PAGE_SIZE * pages) },
    context: NOTES_CONTEXT,
  });
  const [{ fetching: adding }, addNote] = useMutation(AddPersonNoteDocument);
  const [draft, setDraft] = useState('');
  const [draftError, setDraftError] = useState<string | null>(null);
  const notes = data?.person?.notes;

  const submit = async () => {
    const { error: failure } = await addNote({ input: { personId, body: draft } });
    if (failure) return setDraftError(failure.graphQLErrors[0]?.message ?? 'Could not add this note');
    setDraft('');
    setDraftError(null);
  };

  return (
    <Card withBorder radius="md" padding="lg">
      <Stack>
        <Title order={2} size="h4">
          Notes
        </Title>
        {canWrite && (
          <Stack gap="xs">
            <Textarea
              aria-label="New note"
              placeholder="What did you hear? What comes next?"
              autosize
              minRows={2}
              value={draft}
              error={draftError}
              onChange={(event) => setDraft(event.currentTarget.value)}
            />
            <Group justify="flex-end">
              <Button size="xs" disabled={!draft.trim()} loading={adding} onClick={() => void submit()}>
                Add note
              </Button>
            </Group>
          </Stack>
        )}
        {error && (
          <Text size="sm" c="red">
            Could not load notes.
          </Text>
        )}
        {notes && notes.totalCount === 0 && (
          <Text size="sm" c="dimmed">
            No notes yet.
          </Text>
        )}
        {notes?.edges.map(({ node }) => (
          <NoteItem key={node.id} note={node} canWrite={canWrite} />
        ))}
        {notes?.pageInfo.hasNextPage && PAGE_SIZE * pages < 100 && (
          <Anchor component="button" size="sm" onClick={() => setPages(pages + 1)}>
            Show older notes
          </Anchor>
        )}
      </Stack>
    </Card>
  );
}

function NoteItem({ note, canWrite }: { note: PersonNoteFieldsFragment; canWrite: boolean }) {
  const viewer = useViewer();
  const [, updateNote] = useMutation(UpdatePersonNoteDocument);
  const [editing, setEditing] = useState(false);
  const [body, setBody] = useState(note.body);
  const mayEdit =
    canWrite && (note.authorId === viewer.user?.id || viewer.role === 'ADMIN' || viewer.role === 'OWNER');

  const save = async () => {
    const { error } = await updateNote({ input: { id: note.id, body } });
    if (error) return notifyFailure(error, 'Could not save this note');
    setEditing(false);
  };

  return (
    <Stack gap={4}>
      <Group justify="space-between" wrap="nowrap">
        <Text size="xs" c="dimmed">
          {note.author?.name ?? 'API'} · {formatDateTime(note.createdAt)}
          {note.editedAt && ' · edited'}
        </Text>
        {mayEdit && !editing && (
          <Anchor component="button" size="xs" onClick={() => setEditing(true)}>
            Edit
          </Anchor>
        )}
      </Group>
      {editing ? (
        <Stack gap="xs">
          <Textarea
            aria-label="Edit note"
            autosize
            minRows={2}
            value={body}
            onChange={(event) => setBody(event.currentTarget.value)}
          />
          <Group justify="flex-end" gap="xs">
            <Button size="xs" variant="default" onClick={() => setEditing(false)}>
              Cancel
            </Button>
            <Button size="xs" disabled={!body.trim()} onClick={() => void save()}>
              Save
            </Button>
          </Group>
        </Stack>
      ) : (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {note.body}
        </Text>
      )}
    </Stack>
  );
}
