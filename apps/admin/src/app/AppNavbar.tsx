import { AppShell, NavLink } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { PATHS } from './paths';

const NAV_ITEMS = [
  { path: PATHS.overview, label: 'Overview' },
  { path: PATHS.people, label: 'People' },
  { path: PATHS.team, label: 'Users & roles' },
  { path: PATHS.apiTokens, label: 'API tokens' },
];

export function AppNavbar({ onNavigate }: { onNavigate: () => void }) {
  const { pathname } = useLocation();
  return (
    <AppShell.Navbar p="sm" component="nav" aria-label="Main">
      {NAV_ITEMS.map((item) => (
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
