import { Injectable } from '@nestjs/common';
import type { Role } from '@groundwork/contracts';
import { isOwner, type Acting } from './acting-member';
import { MembershipRepository } from './membership.repository';
import { UserErrors } from './user.errors';

/** Only an owner grants or takes away the owner role, and a coalition always keeps an owner. */
@Injectable()
export class OwnerRules {
  constructor(private readonly memberships: MembershipRepository) {}

  assertMayChange(acting: Acting, from: Role, to: Role | null): void {
    if ((from === 'OWNER' || to === 'OWNER') && !isOwner(acting)) {
      throw UserErrors.ownerRoleReserved();
    }
  }

  /** Call before `userId` stops being an owner, inside the same unit of work. */
  async assertAnotherOwnerRemains(tenantId: string, userId: string): Promise<void> {
    const owners = await this.memberships.lockOwners(tenantId);
    if (!owners.some((ownerId) => ownerId !== userId)) {
      throw UserErrors.lastOwner();
    }
  }
}
