import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { sessionStore } from '../api/session';
import { PATHS } from '../app/paths';
import { LogoutDocument } from '../gql/graphql';

/**
 * Ends the session on the gateway, then forgets it here whatever the gateway answered, and goes to
 * the log-in page (without remembering this page: the next person to log in starts at the overview).
 */
export function useSignOut(): { signOut: () => Promise<void>; signingOut: boolean } {
  const navigate = useNavigate();
  const [, logout] = useMutation(LogoutDocument);
  const [signingOut, setSigningOut] = useState(false);
  const signOut = async () => {
    setSigningOut(true);
    await logout({});
    void navigate(PATHS.login, { replace: true });
    sessionStore.end('signed-out');
  };
  return { signOut, signingOut };
}
