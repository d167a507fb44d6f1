import { Injectable } from '@nestjs/common';
import { organizationEvents } from '@groundwork/contracts';
import { OutboxWriter, UnitOfWork } from '@groundwork/service-kit';
import type { OrganizationEntity } from './organization.entity';
import { OrganizationErrors } from './organization.errors';
import { OrganizationRepository } from './organization.repository';

/**
 * Archives an organization; its affiliations stay as history. Idempotent: archiving an archived
 * organization returns it unchanged and emits no second event.
 */
@Injectable()
export class ArchiveOrganizationUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly organizations: OrganizationRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  execute(id: string): Promise<OrganizationEntity> {
    return this.unitOfWork.run(async () => {
      const organization = await this.organizations.findForUpdate(id);
      if (!organization) throw OrganizationErrors.notFound(id);
      if (organization.isArchived) return organization;
      organization.archive(new Date());
      await this.organizations.save(organization, false);
      await this.outbox.append(organizationEvents.organizationArchived, {
        organizationId: organization.id,
        archivedAt: organization.updatedAt.toISOString(),
      });
      return organization;
    });
  }
}
