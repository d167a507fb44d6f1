import type { AffiliationDto, OrganizationDto } from '@groundwork/contracts';
import type { AffiliationEntity } from './affiliation.entity';
import type { OrganizationEntity } from './organization.entity';

export function toOrganizationDto(organization: OrganizationEntity): OrganizationDto {
  return {
    id: organization.id,
    type: organization.type,
    name: organization.name,
    sector: organization.sector,
    area: organization.area,
    membershipStatus: organization.membershipStatus,
    joinedOn: organization.joinedOn,
    leftOn: organization.leftOn,
    dues: organization.dues,
    contactPersonIds: organization.contactPersonIds,
    createdAt: organization.createdAt.toISOString(),
    updatedAt: organization.updatedAt.toISOString(),
    archivedAt: organization.archivedAt?.toISOString() ?? null,
  };
}

export function toAffiliationDto(affiliation: AffiliationEntity): AffiliationDto {
  return {
    id: affiliation.id,
    organizationId: affiliation.organizationId,
    personId: affiliation.personId,
    role: affiliation.role,
    startedOn: affiliation.startedOn,
    endedOn: affiliation.endedOn,
    createdAt: affiliation.createdAt.toISOString(),
  };
}
