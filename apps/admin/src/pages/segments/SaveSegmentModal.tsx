import { Button, Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from 'urql';
import { notifyFailure, notifySuccess } from '../../feedback/notify';
import { applyServerErrors } from '../../forms/apply-server-errors';
import {
  CreateSegmentDocument,
  UpdateSegmentDocument,
  type SegmentFieldsFragment,
  type SegmentFilterInput,
} from '../../gql/graphql';

/** Saving a new segment (with the builder's filter) or renaming a saved one. */
export type SaveSegmentTarget =
  { mode: 'create'; filter: SegmentFilterInput } | { mode: 'rename'; segment: SegmentFieldsFragment };

interface SaveSegmentModalProps {
  target: SaveSegmentTarget | null;
  onClose: () => void;
  onSaved: (segment: SegmentFieldsFragment) => void;
}

export function SaveSegmentModal({ target, onClose, onSaved }: SaveSegmentModalProps) {
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      title={target?.mode === 'rename' ? 'Rename segment' : 'Save segment'}
      centered
    >
      {target && <SaveSegmentForm target={target} onCancel={onClose} onSaved={onSaved} />}
    </Modal>
  );
}

function SaveSegmentForm({
  target,
  onCancel,
  onSaved,
}: {
  target: SaveSegmentTarget;
  onCancel: () => void;
  onSaved: (segment: SegmentFieldsFragment) => void;
}) {
  const [{ fetching: creating }, createSegment] = useMutation(CreateSegmentDocument);
  const [{ fetching: renaming }, updateSegment] = useMutation(UpdateSegmentDocument);
  const saved = target.mode === 'rename' ? target.segment : null;
  const form = useForm({
    initialValues: { name: saved?.name ?? '', description: saved?.description ?? '' },
    validate: { name: (value) => (value.trim() ? null : 'Name the segment') },
  });

  const submit = form.onSubmit(async (values) => {
    const name = values.name.trim();
    const description = values.description.trim();
    const result =
      target.mode === 'create'
        ? await createSegment({
            input: { name, description: description || undefined, filter: target.filter },
          })
        : await updateSegment({ input: { id: target.segment.id, name, description } });
    if (result.error) {
      if (!applyServerErrors(form, result.error)) notifyFailure(result.error, 'Could not save the segment');
      return;
    }
    const segment =
      result.data && ('createSegment' in result.data ? result.data.createSegment : result.data.updateSegment);
    if (!segment) return;
    notifySuccess(`Saved segment ${segment.name}.`);
    onSaved(segment);
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput label="Name" maxLength={100} withAsterisk data-autofocus {...form.getInputProps('name')} />
        <Textarea
          label="Description"
          description="What this list is for."
          maxLength={500}
          autosize
          minRows={2}
          {...form.getInputProps('description')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} disabled={creating || renaming}>
            Cancel
          </Button>
          <Button type="submit" loading={creating || renaming}>
            Save
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
