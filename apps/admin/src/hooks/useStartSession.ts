import { useLocation, useNavigate } from 'react-router';
import { sessionStore } from '../api/session';
import type { SessionTokens } from '../api/session-store';
import { PATHS } from '../app/paths';

interface LocationState {
  from?: string;
}

/** Starts a session and goes where the person was headed (or the overview). */
export function useStartSession(): (tokens: SessionTokens) => void {
  const navigate = useNavigate();
  const location = useLocation();
  const destination = (location.state as LocationState | null)?.from ?? PATHS.overview;
  return (tokens) => {
    void navigate(destination, { replace: true });
    sessionStore.start(tokens);
  };
}
