import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { describeError, hasErrorCode } from '../../api/graphql-errors';
import { PATHS } from '../../app/paths';
import { applyServerErrors } from '../../forms/apply-server-errors';
import { LoginDocument } from '../../gql/graphql';
import { useSession } from '../../hooks/useSession';
import { useStartSession } from '../../hooks/useStartSession';

interface LoginValues {
  email: string;
  password: string;
  coalitionSlug: string;
}

export function LoginPage() {
  const session = useSession();
  const startSession = useStartSession();
  const [{ fetching }, login] = useMutation(LoginDocument);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<LoginValues>({
    initialValues: { email: '', password: '', coalitionSlug: '' },
    validate: {
      email: (value) => (value.trim() ? null : 'Enter your email'),
      password: (value) => (value ? null : 'Enter your password'),
      coalitionSlug: (value) => (value.trim() ? null : "Enter your coalition's slug"),
    },
  });

  const submit = async (values: LoginValues) => {
    setFormError(null);
    const result = await login({
      input: {
        email: values.email.trim(),
        password: values.password,
        coalitionSlug: values.coalitionSlug.trim(),
      },
    });
    if (result.data) startSession(result.data.login);
    else if (result.error && !applyServerErrors(form, result.error)) {
      setFormError(
        hasErrorCode(result.error, 'UNAUTHENTICATED')
          ? 'Email, password or coalition slug is not right.'
          : describeError(result.error),
      );
    }
  };

  return (
    <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
      <Stack>
        <Title order={2} size="h3">
          Log in
        </Title>
        {session.status === 'ended' && session.reason === 'expired' && (
          <Alert color="yellow">Your session has ended. Please log in again.</Alert>
        )}
        {formError && <Alert color="red">{formError}</Alert>}
        <TextInput
          label="Email"
          type="email"
          autoComplete="email"
          required
          {...form.getInputProps('email')}
        />
        <PasswordInput
          label="Password"
          autoComplete="current-password"
          required
          {...form.getInputProps('password')}
        />
        <TextInput
          label="Coalition slug"
          description="The short name of your coalition, shown when it was created"
          autoComplete="organization"
          required
          {...form.getInputProps('coalitionSlug')}
        />
        <Button type="submit" loading={fetching} fullWidth>
          Log in
        </Button>
        <Text size="sm" ta="center">
          New to Groundwork?{' '}
          <Anchor component={Link} to={PATHS.signUp}>
            Create a coalition
          </Anchor>
        </Text>
      </Stack>
    </form>
  );
}
