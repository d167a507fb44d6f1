import { Module } from '@nestjs/common';
import { AddAffiliationUseCase } from './add-affiliation.use-case';
import { AffiliationEntity } from './affiliation.entity';
import { AffiliationRepository } from './affiliation.repository';
import { ArchiveOrganizationUseCase } from './archive-organization.use-case';
import { CreateOrganizationUseCase } from './create-organization.use-case';
import { EndAffiliationUseCase } from './end-affiliation.use-case';
import { GetCurrentOrganizationsUseCase } from './get-current-organizations.use-case';
import { GetOrganizationsUseCase } from './get-organizations.use-case';
import { ListAffiliationsUseCase } from './list-affiliations.use-case';
import { ListOrganizationsUseCase } from './list-organizations.use-case';
import { OrganizationEntity } from './organization.entity';
import { OrganizationRepository } from './organization.repository';
import { OrganizationsRpcController } from './organizations.rpc-controller';
import { CoalitionReferences } from './coalition-references';
import { RemoveAffiliationUseCase } from './remove-affiliation.use-case';
import { UpdateOrganizationUseCase } from './update-organization.use-case';

export const organizationsEntities = [OrganizationEntity, AffiliationEntity];

/** Member organizations of a coalition, their contacts, and people's affiliations with them. */
@Module({
  providers: [
    CoalitionReferences,
    OrganizationRepository,
    AffiliationRepository,
    CreateOrganizationUseCase,
    UpdateOrganizationUseCase,
    ArchiveOrganizationUseCase,
    GetOrganizationsUseCase,
    ListOrganizationsUseCase,
    AddAffiliationUseCase,
    EndAffiliationUseCase,
    RemoveAffiliationUseCase,
    ListAffiliationsUseCase,
    GetCurrentOrganizationsUseCase,
    OrganizationsRpcController,
  ],
  exports: [CoalitionReferences],
})
export class OrganizationsModule {}
