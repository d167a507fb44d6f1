import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@groundwork/service-kit';
import type { Campaign } from './campaign';
import { CampaignErrors } from './campaign.errors';
import { CampaignRepository } from './campaign.repository';

/** Campaigns by id, for DataLoaders: in the order asked, each once; unknown ids left out. `one` answers NOT_FOUND. */
@Injectable()
export class GetCampaignsUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly campaigns: CampaignRepository,
  ) {}

  async execute(ids: string[]): Promise<Campaign[]> {
    const unique = [...new Set(ids)];
    const found = await this.unitOfWork.run(() => this.campaigns.findByIds(unique));
    const byId = new Map(found.map((campaign) => [campaign.id, campaign]));
    return unique.flatMap((id) => byId.get(id) ?? []);
  }

  async one(id: string): Promise<Campaign> {
    const [campaign] = await this.execute([id]);
    if (!campaign) throw CampaignErrors.notFound(id);
    return campaign;
  }
}
