import { Injectable } from '@nestjs/common';
import { organizationEvents, type MembershipRpc, type RpcParsedRequest } from '@groundwork/contracts';
import { OutboxWriter, UnitOfWork } from '@groundwork/service-kit';
import type { AffiliationEntity } from './affiliation.entity';
import { AffiliationRepository } from './affiliation.repository';
import { todayUtc } from './organization-details';
import { OrganizationErrors } from './organization.errors';

export type EndAffiliationInput = RpcParsedRequest<MembershipRpc['membership.affiliation.end']>;

/** Ends an open affiliation (today unless a date is given); it stays in the history. */
@Injectable()
export class EndAffiliationUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly affiliations: AffiliationRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  execute(input: EndAffiliationInput): Promise<AffiliationEntity> {
    return this.unitOfWork.run(async () => {
      const affiliation = await this.affiliations.findForUpdate(input.id);
      if (!affiliation) throw OrganizationErrors.affiliationNotFound(input.id);
      if (affiliation.isEnded) throw OrganizationErrors.affiliationAlreadyEnded(input.id);
      const endedOn = input.endedOn ?? todayUtc(new Date());
      if (affiliation.startedOn !== null && endedOn < affiliation.startedOn)
        throw OrganizationErrors.endedBeforeStarted();
      affiliation.endedOn = endedOn;
      await this.affiliations.end(affiliation);
      await this.outbox.append(organizationEvents.affiliationEnded, {
        affiliationId: affiliation.id,
        organizationId: affiliation.organizationId,
        personId: affiliation.personId,
        endedOn,
      });
      return affiliation;
    });
  }
}
