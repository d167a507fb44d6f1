import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { organizationEvents, type MembershipRpc, type RpcParsedRequest } from '@groundwork/contracts';
import { OutboxWriter, TenantContext, UnitOfWork } from '@groundwork/service-kit';
import { AffiliationEntity } from './affiliation.entity';
import { AffiliationRepository } from './affiliation.repository';
import { OrganizationErrors } from './organization.errors';
import { OrganizationRepository } from './organization.repository';
import { CoalitionReferences, referenceNotFound } from './coalition-references';

export type AddAffiliationInput = RpcParsedRequest<MembershipRpc['membership.affiliation.add']>;

/**
 * Affiliates a person with an organization. A person has at most one open affiliation per
 * organization (CONFLICT otherwise); past ones, given with `endedOn`, may be added freely.
 */
@Injectable()
export class AddAffiliationUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly context: TenantContext,
    private readonly organizations: OrganizationRepository,
    private readonly affiliations: AffiliationRepository,
    private readonly references: CoalitionReferences,
    private readonly outbox: OutboxWriter,
  ) {}

  execute(input: AddAffiliationInput): Promise<AffiliationEntity> {
    return this.unitOfWork.run(async () => {
      const organization = await this.organizations.findForUpdate(input.organizationId);
      if (!organization) throw referenceNotFound('organizationId', 'organization', input.organizationId);
      if (organization.isArchived) throw OrganizationErrors.archived(organization.id);
      await this.references.assertLivingPeople({ personId: input.personId });
      const affiliation = Object.assign(new AffiliationEntity(), {
        tenantId: this.context.tenantId(),
        id: randomUUID(),
        organizationId: organization.id,
        personId: input.personId,
        role: input.role ?? null,
        startedOn: input.startedOn ?? null,
        endedOn: input.endedOn ?? null,
        createdAt: new Date(),
      });
      await this.affiliations.insert(affiliation);
      await this.outbox.append(organizationEvents.affiliationAdded, {
        affiliationId: affiliation.id,
        organizationId: affiliation.organizationId,
        personId: affiliation.personId,
        startedOn: affiliation.startedOn,
        endedOn: affiliation.endedOn,
      });
      return affiliation;
    });
  }
}
