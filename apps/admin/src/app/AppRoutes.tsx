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
const DuplicatesPage = lazy(() =>
  import('../pages/duplicates/DuplicatesPage').then((m) => ({ default: m.DuplicatesPage })),
);
const PersonProfilePage = lazy(() =>
  import('../pages/people/profile/PersonProfilePage').then((m) => ({ default: m.PersonProfilePage })),
);
const TeamPage = lazy(() => import('../pages/team/TeamPage').then((m) => ({ default: m.TeamPage })));
const AuditLogPage = lazy(() =>
  import('../pages/audit/AuditLogPage').then((m) => ({ default: m.AuditLogPage })),
);
const OrganizationsPage = lazy(() =>
  import('../pages/organizations/OrganizationsPage').then((m) => ({ default: m.OrganizationsPage })),
);
const OrganizationPage = lazy(() =>
  import('../pages/organizations/OrganizationPage').then((m) => ({ default: m.OrganizationPage })),
);
const RelationshipsPage = lazy(() =>
  import('../pages/relationships/RelationshipsPage').then((m) => ({ default: m.RelationshipsPage })),
);
const OneOnOnesPage = lazy(() =>
  import('../pages/one-on-ones/OneOnOnesPage').then((m) => ({ default: m.OneOnOnesPage })),
);
const LadderBoardPage = lazy(() =>
  import('../pages/ladder/LadderBoardPage').then((m) => ({ default: m.LadderBoardPage })),
);
const TagsPage = lazy(() => import('../pages/tags/TagsPage').then((m) => ({ default: m.TagsPage })));
const ImportsPage = lazy(() =>
  import('../pages/imports/ImportsPage').then((m) => ({ default: m.ImportsPage })),
);
const NewImportPage = lazy(() =>
  import('../pages/imports/NewImportPage').then((m) => ({ default: m.NewImportPage })),
);
const ImportJobPage = lazy(() =>
  import('../pages/imports/ImportJobPage').then((m) => ({ default: m.ImportJobPage })),
);
const SegmentsPage = lazy(() =>
  import('../pages/segments/SegmentsPage').then((m) => ({ default: m.SegmentsPage })),
);
const SegmentBuilderPage = lazy(() =>
  import('../pages/segments/SegmentBuilderPage').then((m) => ({ default: m.SegmentBuilderPage })),
);
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
        <Route path={PATHS.person} element={<PersonProfilePage />} />
        <Route path={PATHS.duplicates} element={<DuplicatesPage />} />
        <Route path={PATHS.team} element={<TeamPage />} />
        <Route path={PATHS.apiTokens} element={<ApiTokensPage />} />
        <Route path={PATHS.auditLog} element={<AuditLogPage />} />
        <Route path={PATHS.organizations} element={<OrganizationsPage />} />
        <Route path={`${PATHS.organizations}/:organizationId`} element={<OrganizationPage />} />
        <Route path={PATHS.relationships} element={<RelationshipsPage />} />
        <Route path={`${PATHS.relationships}/:personId`} element={<RelationshipsPage />} />
        <Route path={PATHS.oneOnOnes} element={<OneOnOnesPage />} />
        <Route path={PATHS.ladder} element={<LadderBoardPage />} />
        <Route path={PATHS.tags} element={<TagsPage />} />
        <Route path={PATHS.imports} element={<ImportsPage />} />
        <Route path={`${PATHS.imports}/new`} element={<NewImportPage />} />
        <Route path={`${PATHS.imports}/:importId`} element={<ImportJobPage />} />
        <Route path={PATHS.segments} element={<SegmentsPage />} />
        <Route path={`${PATHS.segments}/new`} element={<SegmentBuilderPage />} />
        <Route path={`${PATHS.segments}/:segmentId`} element={<SegmentBuilderPage />} />
      </Route>
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
