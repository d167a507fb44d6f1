import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { AuthResultDto } from '@groundwork/contracts';
import { UnitOfWork } from '@groundwork/service-kit';
import { toAuthResult } from '../auth/auth-result.mapper';
import { SessionIssuer } from '../sessions/session-issuer';
import type { MemberUser } from '../users/member-user';
import { MembershipRepository } from '../users/membership.repository';
import type { UserEntity } from '../users/user.entity';
import { firstFreeSlug, slugBase } from './coalition-slug';
import type { CoalitionEntity } from './coalition.entity';
import { CoalitionRepository } from './coalition.repository';

/** Creates a coalition with its first owner and signs them in there; for sign-up and for a signed-in user. */
@Injectable()
export class CoalitionFounder {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly coalitions: CoalitionRepository,
    private readonly memberships: MembershipRepository,
    private readonly sessions: SessionIssuer,
  ) {}

  /** Call inside `runAsSystem(SystemReason.SIGN_UP)`; the user must exist in the same transaction. */
  async found(coalitionName: string, owner: UserEntity | MemberUser): Promise<AuthResultDto> {
    const coalition = await this.createCoalition(coalitionName);
    await this.unitOfWork.enterTenant(coalition.id);
    await this.memberships.insert({
      tenantId: coalition.id,
      userId: owner.id,
      role: 'OWNER',
      joinedAt: coalition.createdAt,
    });
    const session = await this.sessions.start(coalition.id, owner.id);
    return toAuthResult(owner, coalition, 'OWNER', session);
  }

  /** Takes the first free slug; retries when a concurrent sign-up took it between look-up and insert. */
  private async createCoalition(name: string): Promise<CoalitionEntity> {
    const base = slugBase(name);
    for (;;) {
      const coalition = {
        id: randomUUID(),
        name,
        slug: firstFreeSlug(base, await this.coalitions.slugsStartingWith(base)),
        createdAt: new Date(),
      };
      await this.unitOfWork.seedTenant(coalition.id);
      if (await this.coalitions.insertUnlessSlugTaken(coalition)) return coalition;
    }
  }
}
