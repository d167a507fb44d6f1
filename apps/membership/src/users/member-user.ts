import type { Role } from '@groundwork/contracts';

/** A user as a member of one coalition: the user joined with their membership. */
export interface MemberUser {
  id: string;
  name: string;
  email: string;
  role: Role;
  joinedAt: Date;
}
