import { Button, Group, Select, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from 'urql';
import { notifyFailure, notifySuccess } from '../../feedback/notify';
import { applyServerErrors } from '../../forms/apply-server-errors';
import { InviteUserDocument, type Role } from '../../gql/graphql';
import { ROLE_LABELS } from '../../viewer/permissions';

interface InviteUserValues {
  email: string;
  role: Role;
}

export function InviteUserForm({ assignableRoles }: { assignableRoles: Role[] }) {
  const [{ fetching }, inviteUser] = useMutation(InviteUserDocument);
  const form = useForm<InviteUserValues>({
    initialValues: { email: '', role: 'ORGANIZER' },
    validate: { email: (value) => (value.trim() ? null : 'Enter an email address') },
  });

  const submit = async (values: InviteUserValues) => {
    const result = await inviteUser({ input: { email: values.email.trim(), role: values.role } });
    if (result.error) {
      if (!applyServerErrors(form, result.error))
        notifyFailure(result.error, 'Could not send the invitation');
      return;
    }
    notifySuccess(`Invitation sent to ${result.data?.inviteUser.email ?? values.email.trim()}.`);
    form.reset();
  };

  return (
    <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate aria-label="Invite a user">
      <Group align="flex-start" wrap="wrap">
        <TextInput
          label="Email"
          type="email"
          autoComplete="off"
          placeholder="name@example.org"
          required
          w={280}
          {...form.getInputProps('email')}
        />
        <Select
          label="Role"
          data={assignableRoles.map((role) => ({ value: role, label: ROLE_LABELS[role] }))}
          allowDeselect={false}
          w={160}
          {...form.getInputProps('role')}
        />
        <Button type="submit" loading={fetching} mt={25}>
          Send invitation
        </Button>
      </Group>
    </form>
  );
}
