import { Button, Card, Group, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from 'urql';
import { notifyFailure, notifySuccess } from '../../feedback/notify';
import { applyServerErrors } from '../../forms/apply-server-errors';
import { CreateTagGroupDocument } from '../../gql/graphql';

/** Adds a tag group; tags join it from their Edit dialog. */
export function NewTagGroupForm() {
  const [{ fetching }, createGroup] = useMutation(CreateTagGroupDocument);
  const form = useForm({
    initialValues: { name: '', description: '' },
    validate: { name: (value) => (value.trim() ? null : 'Name the group') },
  });

  const submit = form.onSubmit(async (values) => {
    const result = await createGroup({
      input: { name: values.name.trim(), description: values.description.trim() },
    });
    if (result.error) {
      if (!applyServerErrors(form, result.error)) notifyFailure(result.error, 'Could not add the group');
      return;
    }
    notifySuccess(`Added group ${values.name.trim()}.`);
    form.reset();
  });

  return (
    <Card withBorder radius="md" padding="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4">
            New tag group
          </Title>
          <Group align="flex-start" wrap="wrap">
            <TextInput
              label="Name"
              placeholder="Languages"
              maxLength={60}
              withAsterisk
              {...form.getInputProps('name')}
            />
            <TextInput label="Description" maxLength={500} miw={280} {...form.getInputProps('description')} />
          </Group>
          <Group>
            <Button type="submit" loading={fetching}>
              Add group
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
