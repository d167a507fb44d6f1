import type { CampaignGoalsDto, CampaignStatus } from '@groundwork/contracts';

/** A listening campaign of the tenant in context. */
export interface Campaign {
  id: string;
  name: string;
  purpose: string | null;
  prompts: string[];
  startsOn: string | null;
  endsOn: string | null;
  status: CampaignStatus;
  audienceSegmentId: string | null;
  listenerIds: string[];
  goals: CampaignGoalsDto;
  createdBy: string | null;
  createdAt: Date;
}
