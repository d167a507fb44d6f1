import { Center, Container, Paper, Stack, Text, Title } from '@mantine/core';
import { Outlet } from 'react-router';

export function AuthLayout() {
  return (
    <Center mih="100vh" bg="gray.0" py="xl">
      <Container size={440} w="100%">
        <Stack gap="lg">
          <Stack gap={4} align="center">
            <Title order={1} size="h2" c="green.8">
              Groundwork
            </Title>
            <Text c="dimmed" size="sm">
              Organize and mobilize your coalition
            </Text>
          </Stack>
          <Paper withBorder shadow="sm" radius="md" p="xl" component="main">
            <Outlet />
          </Paper>
        </Stack>
      </Container>
    </Center>
  );
}
