import { Button, ColorInput, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from 'urql';
import { notifyFailure, notifySuccess } from '../../feedback/notify';
import { applyServerErrors } from '../../forms/apply-server-errors';
import { UpdateTagDocument, type TagCatalogueQuery, type TagFieldsFragment } from '../../gql/graphql';

interface EditTagModalProps {
  tag: TagFieldsFragment | null;
  groups: TagCatalogueQuery['tagGroups'];
  onClose: () => void;
}

/** Renames a tag (on everyone who has it), moves it to a group, sets its colour and description. */
export function EditTagModal({ tag, groups, onClose }: EditTagModalProps) {
  return (
    <Modal opened={tag !== null} onClose={onClose} title={tag ? `Edit tag ${tag.name}` : ''} centered>
      {tag && <EditTagForm key={tag.id} tag={tag} groups={groups} onDone={onClose} />}
    </Modal>
  );
}

function EditTagForm({
  tag,
  groups,
  onDone,
}: {
  tag: TagFieldsFragment;
  groups: EditTagModalProps['groups'];
  onDone: () => void;
}) {
  const [{ fetching }, updateTag] = useMutation(UpdateTagDocument);
  const form = useForm({
    initialValues: {
      name: tag.name,
      groupId: tag.group?.id ?? '',
      colour: tag.colour ?? '',
      description: tag.description,
    },
    validate: { name: (value) => (value.trim() ? null : 'Name the tag') },
  });

  const submit = form.onSubmit(async (values) => {
    const result = await updateTag({
      input: {
        id: tag.id,
        ...(values.name.trim() !== tag.name ? { name: values.name.trim() } : {}),
        groupId: values.groupId || null,
        colour: values.colour || null,
        description: values.description.trim(),
      },
    });
    if (result.error) {
      if (!applyServerErrors(form, result.error)) notifyFailure(result.error, `Could not change ${tag.name}`);
      return;
    }
    notifySuccess(`Saved tag ${result.data?.updateTag.name ?? tag.name}.`);
    onDone();
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput
          label="Name"
          description="Renaming changes the tag on everyone who has it."
          maxLength={50}
          withAsterisk
          {...form.getInputProps('name')}
        />
        <Select
          label="Group"
          placeholder="No group"
          clearable
          data={groups.map((group) => ({ value: group.id, label: group.name }))}
          {...form.getInputProps('groupId')}
        />
        <ColorInput label="Colour" format="hex" placeholder="#1f8a70" {...form.getInputProps('colour')} />
        <TextInput label="Description" maxLength={500} {...form.getInputProps('description')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone} disabled={fetching}>
            Cancel
          </Button>
          <Button type="submit" loading={fetching}>
            Save
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
