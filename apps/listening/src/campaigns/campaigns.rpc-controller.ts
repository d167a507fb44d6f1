import { Injectable } from '@nestjs/common';
import { RpcHandler } from '@groundwork/service-kit';
import type { ListeningReply, ListeningRequest } from '../listening-rpc';
import { CampaignProgressUseCase } from './campaign-progress.use-case';
import { toCampaignDto } from './campaign.mapper';
import { CreateCampaignUseCase } from './create-campaign.use-case';
import { GetCampaignsUseCase } from './get-campaigns.use-case';
import { ListCampaignsUseCase } from './list-campaigns.use-case';
import { UpdateCampaignUseCase } from './update-campaign.use-case';

/** NATS adapter for listening campaigns: requests arrive validated, replies leave as DTOs. */
@Injectable()
export class CampaignsRpcController {
  constructor(
    private readonly createCampaign: CreateCampaignUseCase,
    private readonly updateCampaign: UpdateCampaignUseCase,
    private readonly getCampaigns: GetCampaignsUseCase,
    private readonly listCampaigns: ListCampaignsUseCase,
    private readonly campaignProgress: CampaignProgressUseCase,
  ) {}

  @RpcHandler('listening.campaign.create')
  async create(
    input: ListeningRequest<'listening.campaign.create'>,
  ): Promise<ListeningReply<'listening.campaign.create'>> {
    return toCampaignDto(await this.createCampaign.execute(input));
  }

  @RpcHandler('listening.campaign.update')
  async update(
    input: ListeningRequest<'listening.campaign.update'>,
  ): Promise<ListeningReply<'listening.campaign.update'>> {
    return toCampaignDto(await this.updateCampaign.execute(input));
  }

  @RpcHandler('listening.campaign.get')
  async get(
    input: ListeningRequest<'listening.campaign.get'>,
  ): Promise<ListeningReply<'listening.campaign.get'>> {
    return toCampaignDto(await this.getCampaigns.one(input.id));
  }

  @RpcHandler('listening.campaign.get-many')
  async getMany(
    input: ListeningRequest<'listening.campaign.get-many'>,
  ): Promise<ListeningReply<'listening.campaign.get-many'>> {
    return (await this.getCampaigns.execute(input.ids)).map(toCampaignDto);
  }

  @RpcHandler('listening.campaign.list')
  async list(
    input: ListeningRequest<'listening.campaign.list'>,
  ): Promise<ListeningReply<'listening.campaign.list'>> {
    const page = await this.listCampaigns.execute(input);
    return { ...page, items: page.items.map(toCampaignDto) };
  }

  @RpcHandler('listening.campaign.progress')
  progress(
    input: ListeningRequest<'listening.campaign.progress'>,
  ): Promise<ListeningReply<'listening.campaign.progress'>> {
    return this.campaignProgress.execute(input.campaignId);
  }
}
