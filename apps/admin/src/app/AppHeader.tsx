import { AppShell, Burger, Button, Group, Stack, Text, Title } from '@mantine/core';
import { RoleBadge } from '../components/RoleBadge';
import { useSignOut } from '../hooks/useSignOut';
import { useViewer } from '../hooks/useViewer';

interface AppHeaderProps {
  navbarOpened: boolean;
  onToggleNavbar: () => void;
}

export function AppHeader({ navbarOpened, onToggleNavbar }: AppHeaderProps) {
  const viewer = useViewer();
  const { signOut, signingOut } = useSignOut();
  return (
    <AppShell.Header px="md">
      <Group h="100%" justify="space-between" wrap="nowrap">
        <Group gap="sm" wrap="nowrap">
          <Burger
            opened={navbarOpened}
            onClick={onToggleNavbar}
            hiddenFrom="sm"
            size="sm"
            aria-label={navbarOpened ? 'Close navigation' : 'Open navigation'}
          />
          <Title order={2} size="h4" c="green.8">
            Groundwork
          </Title>
        </Group>
        <Group gap="md" wrap="nowrap" aria-label="Signed in as">
          <Stack gap={0} align="flex-end" visibleFrom="xs">
            <Text size="sm" fw={600} data-testid="viewer-coalition">
              {viewer.coalition.name}
            </Text>
            <Text size="xs" c="dimmed">
              {viewer.user ? `${viewer.user.name} · ${viewer.coalition.slug}` : viewer.coalition.slug}
            </Text>
          </Stack>
          <RoleBadge role={viewer.role} />
          <Button variant="default" size="xs" loading={signingOut} onClick={() => void signOut()}>
            Log out
          </Button>
        </Group>
      </Group>
    </AppShell.Header>
  );
}
