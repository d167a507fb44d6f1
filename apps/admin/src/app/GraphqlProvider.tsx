import { useState, type ReactNode } from 'react';
import { Provider } from 'urql';
import { createGraphqlClient } from '../api/graphql-client';
import { sessionStore } from '../api/session';

/** Remount (with a `key`) to start over with an empty cache, e.g. when the session changes. */
export function GraphqlProvider({ children }: { children: ReactNode }) {
  const [client] = useState(() => createGraphqlClient(sessionStore));
  return <Provider value={client}>{children}</Provider>;
}
