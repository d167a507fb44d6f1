import { AppShell, Button, Container } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { useQuery } from 'urql';
import { ErrorState } from '../components/ErrorState';
import { LoadingState } from '../components/LoadingState';
import { ViewerDocument } from '../gql/graphql';
import { useSignOut } from '../hooks/useSignOut';
import { ViewerContext } from '../viewer/ViewerContext';
import { AppHeader } from './AppHeader';
import { AppNavbar } from './AppNavbar';

/** The signed-in shell: loads the viewer once and gives it to every page below. */
export function AppLayout() {
  const [navbarOpened, { toggle: toggleNavbar, close: closeNavbar }] = useDisclosure(false);
  const [{ data, error }, reexecuteViewer] = useQuery({ query: ViewerDocument });
  const { signOut, signingOut } = useSignOut();

  if (!data) {
    if (!error) return <LoadingState label="Loading your coalition…" fullPage />;
    return (
      <Container size="sm" py="xl">
        <ErrorState
          error={error}
          title="Could not load your account"
          onRetry={() => reexecuteViewer({ requestPolicy: 'network-only' })}
          actions={
            <Button size="xs" variant="default" loading={signingOut} onClick={() => void signOut()}>
              Log out
            </Button>
          }
        />
      </Container>
    );
  }

  return (
    <ViewerContext value={data.me}>
      <AppShell
        header={{ height: 64 }}
        navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navbarOpened } }}
        padding="lg"
      >
        <AppHeader navbarOpened={navbarOpened} onToggleNavbar={toggleNavbar} />
        <AppNavbar onNavigate={closeNavbar} />
        <AppShell.Main bg="gray.0">
          <Container size="xl" px={0}>
            <Suspense fallback={<LoadingState />}>
              <Outlet />
            </Suspense>
          </Container>
        </AppShell.Main>
      </AppShell>
    </ViewerContext>
  );
}
