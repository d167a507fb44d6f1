import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { organizationEvents } from '@groundwork/contracts';
import { OutboxWriter, TenantContext, UnitOfWork } from '@groundwork/service-kit';
import {
  detailsForCreate,
  todayUtc,
  withStatusDates,
  type CreateOrganizationInput,
} from './organization-details';
import { OrganizationEntity } from './organization.entity';
import { OrganizationRepository } from './organization.repository';
import { CoalitionReferences } from './coalition-references';

@Injectable()
export class CreateOrganizationUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly context: TenantContext,
    private readonly organizations: OrganizationRepository,
    private readonly references: CoalitionReferences,
    private readonly outbox: OutboxWriter,
  ) {}

  execute(input: CreateOrganizationInput): Promise<OrganizationEntity> {
    const now = new Date();
    const details = withStatusDates(null, detailsForCreate(input), todayUtc(now));
    return this.unitOfWork.run(async () => {
      await this.references.assertLivingPeople({ contactPersonIds: details.contactPersonIds });
      const organization = OrganizationEntity.create(this.context.tenantId(), randomUUID(), details, now);
      await this.organizations.insert(organization);
      await this.outbox.append(organizationEvents.organizationCreated, {
        organizationId: organization.id,
        type: organization.type,
        membershipStatus: organization.membershipStatus,
        createdAt: organization.createdAt.toISOString(),
      });
      return organization;
    });
  }
}
