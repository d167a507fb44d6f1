import { permissionsFor, type Permissions } from '../viewer/permissions';
import { useViewer } from './useViewer';

export function usePermissions(): Permissions {
  return permissionsFor(useViewer().role);
}
