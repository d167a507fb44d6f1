import { MembershipProjection1795223259004 } from './1795223259004-membership-projection';

/** Every evaluation migration, oldest first. */
export const migrations = [MembershipProjection1795223259004];
