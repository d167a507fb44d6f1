import type { ReactNode } from 'react';
import { Navigate } from 'react-router';
import { useSession } from '../hooks/useSession';
import { PATHS } from './paths';

export function RedirectIfSignedIn({ children }: { children: ReactNode }) {
  const session = useSession();
  return session.status === 'active' ? <Navigate to={PATHS.overview} replace /> : children;
}
