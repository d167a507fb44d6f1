import { AppShell, NavLink } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { usePermissions } from '../hooks/usePermissions';
import { PATHS } from './paths';

const NAV_ITEMS = [
  { path: PATHS.overview, label: 'Overview' },
  { path: PATHS.people, label: 'People' },
  { path: PATHS.duplicates, label: 'Duplicates' },
  { path: PATHS.organizations, label: 'Organizations' },
  { path: PATHS.relationships, label: 'Relationships' },
  { path: PATHS.oneOnOnes, label: 'One-on-ones' },
  { path: PATHS.ladder, label: 'Ladder' },
  { path: PATHS.tags, label: 'Tags' },
  { path: PATHS.segments, label: 'Segments' },
  { path: PATHS.imports, label: 'Imports', editorsOnly: true },
  { path: PATHS.team, label: 'Users & roles' },
  { path: PATHS.apiTokens, label: 'API tokens' },
  { path: PATHS.auditLog, label: 'Audit log', adminOnly: true },
];

export function AppNavbar({ onNavigate }: { onNavigate: () => void }) {
  const { pathname } = useLocation();
  const { canManageTeam, canEditPeople } = usePermissions();
  const items = NAV_ITEMS.filter(
    (item) => (!('adminOnly' in item) || canManageTeam) && (!('editorsOnly' in item) || canEditPeople),
  );
  return (
    <AppShell.Navbar p="sm" component="nav" aria-label="Main">
      {items.map((item) => (
        <NavLink
          key={item.path}
          component={Link}
          to={item.path}
          label={item.label}
          active={pathname.startsWith(item.path)}
          aria-current={pathname.startsWith(item.path) ? 'page' : undefined}
          onClick={onNavigate}
          variant="light"
          color="green"
        />
      ))}
    </AppShell.Navbar>
  );
}
