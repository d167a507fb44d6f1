import { Anchor, Center, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { PATHS } from '../app/paths';

export function NotFoundPage() {
  return (
    <Center mih="60vh" component="main">
      <Stack align="center" gap="xs">
        <Title order={1} size="h2">
          Page not found
        </Title>
        <Text c="dimmed">There is nothing at this address.</Text>
        <Anchor component={Link} to={PATHS.overview}>
          Go to the overview
        </Anchor>
      </Stack>
    </Center>
  );
}
