import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '../hooks/useSession';
import { PATHS } from './paths';

export function RequireSession({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session.status === 'active') return children;
  return <Navigate to={PATHS.login} replace state={{ from: location.pathname + location.search }} />;
}
