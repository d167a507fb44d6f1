import { SetMetadata } from '@nestjs/common';
import type { Role } from './role';

export const MIN_ROLE = 'groundwork:min-role';

/** The least role a caller needs in the current coalition to run this handler. */
export const MinRole = (role: Role) => SetMetadata(MIN_ROLE, role);
