import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { BrowserRouter } from 'react-router';
import { AppRoutes } from './app/AppRoutes';
import { GraphqlProvider } from './app/GraphqlProvider';
import { useSession } from './hooks/useSession';
import { theme } from './theme';

export function App() {
  const session = useSession();
  return (
    <MantineProvider theme={theme}>
      <Notifications position="bottom-right" />
      {/* A new session (or its end) starts from a fresh GraphQL cache and router state. */}
      <GraphqlProvider key={session.status}>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </GraphqlProvider>
    </MantineProvider>
  );
}
