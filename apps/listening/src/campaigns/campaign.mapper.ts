import type { CampaignDto } from '@groundwork/contracts';
import type { Campaign } from './campaign';

export function toCampaignDto(campaign: Campaign): CampaignDto {
  return {
    id: campaign.id,
    name: campaign.name,
    purpose: campaign.purpose,
    prompts: [...campaign.prompts],
    startsOn: campaign.startsOn,
    endsOn: campaign.endsOn,
    status: campaign.status,
    audienceSegmentId: campaign.audienceSegmentId,
    listenerIds: [...campaign.listenerIds],
    goals: { ...campaign.goals },
    createdAt: campaign.createdAt.toISOString(),
  };
}
