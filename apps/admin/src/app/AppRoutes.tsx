import { lazy } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { AcceptInvitationPage } from '../pages/auth/AcceptInvitationPage';
import { LoginPage } from '../pages/auth/LoginPage';
import { SignUpPage } from '../pages/auth/SignUpPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { AppLayout } from './AppLayout';
import { AuthLayout } from './AuthLayout';
import { PATHS } from './paths';
import { RedirectIfSignedIn } from './RedirectIfSignedIn';
import { RequireSession } from './RequireSession';

// Signed-in pages load on demand, so the sign-in screens stay light (the charts are the heaviest part).
const OverviewPage = lazy(() =>
  import('../pages/overview/OverviewPage').then((m) => ({ default: m.OverviewPage })),
);
const PeoplePage = lazy(() => import('../pages/people/PeoplePage').then((m) => ({ default: m.PeoplePage })));
const TeamPage = lazy(() => import('../pages/team/TeamPage').then((m) => ({ default: m.TeamPage })));
const ApiTokensPage = lazy(() =>
  import('../pages/api-tokens/ApiTokensPage').then((m) => ({ default: m.ApiTokensPage })),
);

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AuthLayout />}>
        <Route
          path={PATHS.login}
          element={
            <RedirectIfSignedIn>
              <LoginPage />
            </RedirectIfSignedIn>
          }
        />
        <Route
          path={PATHS.signUp}
          element={
            <RedirectIfSignedIn>
              <SignUpPage />
            </RedirectIfSignedIn>
          }
        />
        <Route path={PATHS.acceptInvitation} element={<AcceptInvitationPage />} />
      </Route>
      <Route
        element={
          <RequireSession>
            <AppLayout />
          </RequireSession>
        }
      >
        <Route index element={<Navigate to={PATHS.overview} replace />} />
        <Route path={PATHS.overview} element={<OverviewPage />} />
        <Route path={PATHS.people} element={<PeoplePage />} />
        <Route path={PATHS.team} element={<TeamPage />} />
        <Route path={PATHS.apiTokens} element={<ApiTokensPage />} />
      </Route>
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
