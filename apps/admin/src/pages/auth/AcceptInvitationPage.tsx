import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMutation } from 'urql';
import { describeError } from '../../api/graphql-errors';
import { PATHS } from '../../app/paths';
import { notifySuccess } from '../../feedback/notify';
import { applyServerErrors } from '../../forms/apply-server-errors';
import { AcceptInvitationDocument } from '../../gql/graphql';
import { useStartSession } from '../../hooks/useStartSession';

interface AcceptInvitationValues {
  name: string;
  password: string;
}

/** Reached from the invitation email: `/accept-invitation?token=…`. */
export function AcceptInvitationPage() {
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const startSession = useStartSession();
  const [{ fetching }, acceptInvitation] = useMutation(AcceptInvitationDocument);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<AcceptInvitationValues>({
    initialValues: { name: '', password: '' },
    validate: {
      name: (value) => (value.trim() ? null : 'Enter your name'),
      password: (value) => (value ? null : 'Choose a password'),
    },
  });

  const submit = async (values: AcceptInvitationValues) => {
    setFormError(null);
    const result = await acceptInvitation({
      input: { token, name: values.name.trim(), password: values.password },
    });
    if (result.data) {
      notifySuccess(`You have joined ${result.data.acceptInvitation.coalition.name}.`, 'Welcome');
      startSession(result.data.acceptInvitation);
    } else if (result.error && !applyServerErrors(form, result.error)) {
      setFormError(describeError(result.error));
    }
  };

  if (!token) {
    return (
      <Stack>
        <Title order={2} size="h3">
          Accept invitation
        </Title>
        <Alert color="yellow">
          This link has no invitation token. Open the link from your invitation email again, or ask the person
          who invited you to send a new one.
        </Alert>
        <Anchor component={Link} to={PATHS.login} size="sm">
          Go to log in
        </Anchor>
      </Stack>
    );
  }

  return (
    <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
      <Stack>
        <Title order={2} size="h3">
          Accept invitation
        </Title>
        <Text size="sm" c="dimmed">
          Choose your name and a password to join the coalition.
        </Text>
        {formError && <Alert color="red">{formError}</Alert>}
        <TextInput label="Your name" autoComplete="name" required {...form.getInputProps('name')} />
        <PasswordInput
          label="Password"
          autoComplete="new-password"
          required
          {...form.getInputProps('password')}
        />
        <Button type="submit" loading={fetching} fullWidth>
          Join coalition
        </Button>
      </Stack>
    </form>
  );
}
