import { Alert, Anchor, Button, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { describeError } from '../../api/graphql-errors';
import { PATHS } from '../../app/paths';
import { notifySuccess } from '../../feedback/notify';
import { applyServerErrors } from '../../forms/apply-server-errors';
import { SignUpDocument } from '../../gql/graphql';
import { useStartSession } from '../../hooks/useStartSession';

interface SignUpValues {
  coalitionName: string;
  name: string;
  email: string;
  password: string;
}

export function SignUpPage() {
  const startSession = useStartSession();
  const [{ fetching }, signUp] = useMutation(SignUpDocument);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<SignUpValues>({
    initialValues: { coalitionName: '', name: '', email: '', password: '' },
    validate: {
      coalitionName: (value) => (value.trim() ? null : 'Name your coalition'),
      name: (value) => (value.trim() ? null : 'Enter your name'),
      email: (value) => (value.trim() ? null : 'Enter your email'),
      password: (value) => (value ? null : 'Choose a password'),
    },
  });

  const submit = async (values: SignUpValues) => {
    setFormError(null);
    const result = await signUp({
      input: {
        coalitionName: values.coalitionName.trim(),
        name: values.name.trim(),
        email: values.email.trim(),
        password: values.password,
      },
    });
    if (result.data) {
      const { coalition } = result.data.signUp;
      notifySuccess(
        `Log in later with the coalition slug “${coalition.slug}”.`,
        `Welcome to ${coalition.name}`,
      );
      startSession(result.data.signUp);
    } else if (result.error && !applyServerErrors(form, result.error)) {
      setFormError(describeError(result.error));
    }
  };

  return (
    <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
      <Stack>
        <Title order={2} size="h3">
          Create your coalition
        </Title>
        {formError && <Alert color="red">{formError}</Alert>}
        <TextInput label="Coalition name" required {...form.getInputProps('coalitionName')} />
        <TextInput label="Your name" autoComplete="name" required {...form.getInputProps('name')} />
        <TextInput
          label="Email"
          type="email"
          autoComplete="email"
          required
          {...form.getInputProps('email')}
        />
        <PasswordInput
          label="Password"
          autoComplete="new-password"
          required
          {...form.getInputProps('password')}
        />
        <Button type="submit" loading={fetching} fullWidth>
          Create coalition
        </Button>
        <Text size="sm" ta="center">
          Already have an account?{' '}
          <Anchor component={Link} to={PATHS.login}>
            Log in
          </Anchor>
        </Text>
      </Stack>
    </form>
  );
}
