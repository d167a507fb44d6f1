import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@groundwork/service-kit';
import type { OrganizationEntity } from './organization.entity';
import { OrganizationErrors } from './organization.errors';
import { OrganizationRepository } from './organization.repository';

/**
 * Organizations by id, for DataLoaders: in the order asked, each once, archived ones included; ids
 * that match no organization of this coalition are left out. `one` answers NOT_FOUND instead.
 */
@Injectable()
export class GetOrganizationsUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly organizations: OrganizationRepository,
  ) {}

  async execute(ids: string[]): Promise<OrganizationEntity[]> {
    const unique = [...new Set(ids)];
    const found = await this.unitOfWork.run(() => this.organizations.findByIds(unique));
    const byId = new Map(found.map((organization) => [organization.id, organization]));
    return unique.flatMap((id) => byId.get(id) ?? []);
  }

  async one(id: string): Promise<OrganizationEntity> {
    const [organization] = await this.execute([id]);
    if (!organization) throw OrganizationErrors.notFound(id);
    return organization;
  }
}
