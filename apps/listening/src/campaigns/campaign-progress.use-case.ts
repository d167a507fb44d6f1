import { Injectable } from '@nestjs/common';
import type { CampaignProgressDto } from '@groundwork/contracts';
import { UnitOfWork } from '@groundwork/service-kit';
import { CampaignErrors } from './campaign.errors';
import { CampaignProgressRepository } from './campaign-progress.repository';
import { CampaignRepository } from './campaign.repository';

/** Conversations held against each goal of a campaign, counted now (nothing is cached, so it is live). */
@Injectable()
export class CampaignProgressUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly campaigns: CampaignRepository,
    private readonly progress: CampaignProgressRepository,
  ) {}

  execute(campaignId: string): Promise<CampaignProgressDto> {
    return this.unitOfWork.run(async () => {
      const [campaign] = await this.campaigns.findByIds([campaignId]);
      if (!campaign) throw CampaignErrors.notFound(campaignId, 'campaignId');
      const [total, byListener, organizations, areas] = [
        await this.progress.total(campaignId),
        await this.progress.byListener(campaignId),
        await this.progress.byOrganization(campaignId),
        await this.progress.byArea(campaignId),
      ];
      const heldBy = new Map(byListener.map((row) => [row.listenerId, row.held]));
      const listenerIds = [
        ...campaign.listenerIds,
        ...[...heldBy.keys()].filter((id) => !campaign.listenerIds.includes(id)),
      ];
      const { goals } = campaign;
      return {
        campaignId,
        total: { goal: goals.total, held: total },
        listeners: listenerIds.map((listenerId) => ({
          listenerId,
          goal: goals.perListener,
          held: heldBy.get(listenerId) ?? 0,
        })),
        organizations: organizations.map((row) => ({ ...row, goal: goals.perOrganization })),
        areas: areas.map((row) => ({ ...row, goal: goals.perArea })),
      };
    });
  }
}
