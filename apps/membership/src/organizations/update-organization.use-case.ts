import { Injectable } from '@nestjs/common';
import { organizationEvents } from '@groundwork/contracts';
import { OutboxWriter, UnitOfWork } from '@groundwork/service-kit';
import {
  changesForUpdate,
  todayUtc,
  withStatusDates,
  type UpdateOrganizationInput,
} from './organization-details';
import type { OrganizationEntity } from './organization.entity';
import { OrganizationErrors } from './organization.errors';
import { OrganizationRepository } from './organization.repository';
import { CoalitionReferences } from './coalition-references';

/** Changes the fields the request names; a request that changes nothing writes nothing. */
@Injectable()
export class UpdateOrganizationUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly organizations: OrganizationRepository,
    private readonly references: CoalitionReferences,
    private readonly outbox: OutboxWriter,
  ) {}

  execute(input: UpdateOrganizationInput): Promise<OrganizationEntity> {
    const changes = changesForUpdate(input);
    return this.unitOfWork.run(async () => {
      const organization = await this.organizations.findForUpdate(input.id);
      if (!organization) throw OrganizationErrors.notFound(input.id);
      if (organization.isArchived) throw OrganizationErrors.archived(input.id);
      if (changes.contactPersonIds) {
        const added = changes.contactPersonIds.filter((id) => !organization.contactPersonIds.includes(id));
        await this.references.assertLivingPeople({ contactPersonIds: added });
      }
      const now = new Date();
      const previous = organization.details();
      const next = withStatusDates(previous, { ...previous, ...changes }, todayUtc(now));
      const changedFields = organization.applyChanges(next, now);
      if (changedFields.length === 0) return organization;
      await this.organizations.save(organization, changedFields.includes('contactPersonIds'));
      await this.outbox.append(organizationEvents.organizationUpdated, {
        organizationId: organization.id,
        changedFields,
        updatedAt: organization.updatedAt.toISOString(),
      });
      return organization;
    });
  }
}
