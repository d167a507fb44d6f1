import { Injectable } from '@nestjs/common';
import type { CampaignStatus, ListeningRpc, RpcParsedRequest } from '@groundwork/contracts';
import { UnitOfWork } from '@groundwork/service-kit';
import type { Campaign } from './campaign';
import { CampaignErrors } from './campaign.errors';
import { CampaignReferences } from './campaign-references';
import { CampaignRepository } from './campaign.repository';

export type UpdateCampaignInput = RpcParsedRequest<ListeningRpc['listening.campaign.update']>;

const ORDER: Record<CampaignStatus, number> = { PLANNED: 0, ACTIVE: 1, CLOSED: 2 };

/** Changes the fields given (null clears); status only moves forward. */
@Injectable()
export class UpdateCampaignUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly references: CampaignReferences,
    private readonly campaigns: CampaignRepository,
  ) {}

  async execute(input: UpdateCampaignInput): Promise<Campaign> {
    await this.references.assert(input);
    return this.unitOfWork.run(async () => {
      const [campaign] = await this.campaigns.findByIds([input.id], true);
      if (!campaign) throw CampaignErrors.notFound(input.id);
      if (input.status && ORDER[input.status] < ORDER[campaign.status]) {
        throw CampaignErrors.statusBackwards(campaign, input.status);
      }
      const pick = <T>(given: T | undefined, current: T) => (given === undefined ? current : given);
      const updated: Campaign = {
        ...campaign,
        name: input.name ?? campaign.name,
        purpose: pick(input.purpose, campaign.purpose),
        prompts: input.prompts ?? campaign.prompts,
        startsOn: pick(input.startsOn, campaign.startsOn),
        endsOn: pick(input.endsOn, campaign.endsOn),
        status: input.status ?? campaign.status,
        audienceSegmentId: pick(input.audienceSegmentId, campaign.audienceSegmentId),
        listenerIds: input.listenerIds ?? campaign.listenerIds,
        goals: {
          total: pick(input.goals?.total, campaign.goals.total),
          perListener: pick(input.goals?.perListener, campaign.goals.perListener),
          perOrganization: pick(input.goals?.perOrganization, campaign.goals.perOrganization),
          perArea: pick(input.goals?.perArea, campaign.goals.perArea),
        },
      };
      if (updated.startsOn && updated.endsOn && updated.endsOn < updated.startsOn) {
        throw CampaignErrors.endsBeforeStart();
      }
      await this.campaigns.save(updated);
      return updated;
    });
  }
}
