import { Module } from '@nestjs/common';
import { ConversationsModule } from '../conversations/conversations.module';
import { CampaignProgressRepository } from './campaign-progress.repository';
import { CampaignProgressUseCase } from './campaign-progress.use-case';
import { CampaignReferences } from './campaign-references';
import { CampaignsRpcController } from './campaigns.rpc-controller';
import { CreateCampaignUseCase } from './create-campaign.use-case';
import { GetCampaignsUseCase } from './get-campaigns.use-case';
import { ListCampaignsUseCase } from './list-campaigns.use-case';
import { UpdateCampaignUseCase } from './update-campaign.use-case';

/** Listening campaigns (issue 9, section 1): prompts, audience, listeners, goals and live progress. */
@Module({
  imports: [ConversationsModule],
  providers: [
    CampaignProgressRepository,
    CampaignReferences,
    CreateCampaignUseCase,
    UpdateCampaignUseCase,
    GetCampaignsUseCase,
    ListCampaignsUseCase,
    CampaignProgressUseCase,
    CampaignsRpcController,
  ],
})
export class CampaignsModule {}
