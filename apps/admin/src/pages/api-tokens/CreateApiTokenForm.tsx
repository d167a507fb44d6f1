import { Button, Checkbox, Group, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from 'urql';
import { notifyFailure } from '../../feedback/notify';
import { applyServerErrors } from '../../forms/apply-server-errors';
import { CreateApiTokenDocument, type ApiTokenScope } from '../../gql/graphql';

interface CreateApiTokenValues {
  name: string;
  scopes: ApiTokenScope[];
}

interface CreateApiTokenFormProps {
  onCreated: (token: string) => void;
  onCancel: () => void;
}

export function CreateApiTokenForm({ onCreated, onCancel }: CreateApiTokenFormProps) {
  const [{ fetching }, createApiToken] = useMutation(CreateApiTokenDocument);
  const form = useForm<CreateApiTokenValues>({
    initialValues: { name: '', scopes: ['READ'] },
    validate: {
      name: (value) => (value.trim() ? null : 'Name the token after what will use it'),
      scopes: (value) => (value.length > 0 ? null : 'Choose at least one scope'),
    },
  });

  const submit = async (values: CreateApiTokenValues) => {
    const result = await createApiToken({ input: { name: values.name.trim(), scopes: values.scopes } });
    if (result.data) return onCreated(result.data.createApiToken.token);
    if (result.error && !applyServerErrors(form, result.error)) {
      notifyFailure(result.error, 'Could not create the token');
    }
  };

  return (
    <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
      <Stack>
        <TextInput
          label="Name"
          description="What will use this token, e.g. “Website sign-up form”"
          required
          data-autofocus
          {...form.getInputProps('name')}
        />
        <Checkbox.Group label="Scopes" required {...form.getInputProps('scopes')}>
          <Stack gap="xs" mt="xs">
            <Checkbox value="READ" label="Read: query people, users and reports" />
            <Checkbox value="WRITE" label="Write: create and change records" />
          </Stack>
        </Checkbox.Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={fetching}>
            Create token
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
