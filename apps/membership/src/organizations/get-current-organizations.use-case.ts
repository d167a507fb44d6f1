import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@groundwork/service-kit';
import { AffiliationRepository } from './affiliation.repository';

/** Each person asked for with the member organizations they belong to now, in the order asked, each once. */
@Injectable()
export class GetCurrentOrganizationsUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly affiliations: AffiliationRepository,
  ) {}

  async execute(personIds: string[]): Promise<Array<{ personId: string; organizationIds: string[] }>> {
    const unique = [...new Set(personIds)];
    const current = await this.unitOfWork.run(() => this.affiliations.currentOrganizations(unique));
    return unique.map((personId) => ({ personId, organizationIds: current.get(personId) ?? [] }));
  }
}
