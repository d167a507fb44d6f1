import { useSyncExternalStore } from 'react';
import { sessionStore } from '../api/session';
import type { Session } from '../api/session-store';

export function useSession(): Session {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.getSnapshot);
}
