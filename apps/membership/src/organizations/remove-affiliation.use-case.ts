import { Injectable } from '@nestjs/common';
import { organizationEvents } from '@groundwork/contracts';
import { OutboxWriter, UnitOfWork } from '@groundwork/service-kit';
import { AffiliationRepository } from './affiliation.repository';
import { OrganizationErrors } from './organization.errors';

/** Deletes an affiliation recorded by mistake (ending one keeps it as history instead). */
@Injectable()
export class RemoveAffiliationUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly affiliations: AffiliationRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  execute(id: string): Promise<void> {
    return this.unitOfWork.run(async () => {
      const affiliation = await this.affiliations.findForUpdate(id);
      if (!affiliation) throw OrganizationErrors.affiliationNotFound(id);
      await this.affiliations.remove(affiliation);
      await this.outbox.append(organizationEvents.affiliationRemoved, {
        affiliationId: affiliation.id,
        organizationId: affiliation.organizationId,
        personId: affiliation.personId,
      });
    });
  }
}
