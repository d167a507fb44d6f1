import { Button, Group, Modal, Select, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from 'urql';
import { notifyFailure, notifySuccess } from '../../feedback/notify';
import { applyServerErrors } from '../../forms/apply-server-errors';
import { MovePersonLevelDocument } from '../../gql/graphql';
import type { BoardPerson } from './LadderColumn';

export interface PersonToMove extends BoardPerson {
  /** The level the person stands on now. */
  levelId: string;
}

interface MovePersonModalProps {
  person: PersonToMove | null;
  levels: Array<{ id: string; name: string }>;
  onClose: () => void;
}

/** Moves a person up or down the ladder; the reason goes into their history. */
export function MovePersonModal({ person, levels, onClose }: MovePersonModalProps) {
  const fullName = person ? `${person.firstName} ${person.lastName}` : '';
  return (
    <Modal opened={person !== null} onClose={onClose} title={`Move ${fullName}`} centered>
      {person && <MovePersonForm key={person.id} person={person} levels={levels} onDone={onClose} />}
    </Modal>
  );
}

function MovePersonForm({
  person,
  levels,
  onDone,
}: {
  person: PersonToMove;
  levels: MovePersonModalProps['levels'];
  onDone: () => void;
}) {
  const [{ fetching }, movePerson] = useMutation(MovePersonLevelDocument);
  const form = useForm({
    initialValues: { levelId: '', reason: '' },
    validate: {
      levelId: (value) => (value ? null : 'Choose a level'),
      reason: (value) => (value.trim() ? null : 'Say why the person moves'),
    },
  });

  const submit = form.onSubmit(async (values) => {
    const result = await movePerson({
      input: { personId: person.id, levelId: values.levelId, reason: values.reason.trim() },
    });
    if (result.error) {
      if (!applyServerErrors(form, result.error))
        notifyFailure(result.error, `Could not move ${person.firstName}`);
      return;
    }
    notifySuccess(
      `${person.firstName} ${person.lastName} is now at ${result.data?.movePersonLevel.level.name ?? 'the new level'}.`,
    );
    onDone();
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Select
          label="Move to"
          placeholder="Choose a level"
          data={levels
            .filter((level) => level.id !== person.levelId)
            .map((level) => ({ value: level.id, label: level.name }))}
          withAsterisk
          {...form.getInputProps('levelId')}
        />
        <Textarea
          label="Reason"
          placeholder="What did they do?"
          autosize
          minRows={2}
          maxLength={1000}
          withAsterisk
          {...form.getInputProps('reason')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone} disabled={fetching}>
            Cancel
          </Button>
          <Button type="submit" loading={fetching}>
            Move
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
