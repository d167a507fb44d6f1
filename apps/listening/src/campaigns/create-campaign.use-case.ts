import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { ListeningRpc, RpcParsedRequest } from '@groundwork/contracts';
import { TenantContext, UnitOfWork } from '@groundwork/service-kit';
import type { Campaign } from './campaign';
import { CampaignReferences } from './campaign-references';
import { CampaignRepository } from './campaign.repository';

export type CreateCampaignInput = RpcParsedRequest<ListeningRpc['listening.campaign.create']>;

/** A PLANNED campaign; membership is asked about its listeners and audience first. */
@Injectable()
export class CreateCampaignUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly context: TenantContext,
    private readonly references: CampaignReferences,
    private readonly campaigns: CampaignRepository,
  ) {}

  async execute(input: CreateCampaignInput): Promise<Campaign> {
    await this.references.assert(input);
    const campaign: Campaign = {
      id: randomUUID(),
      name: input.name,
      purpose: input.purpose ?? null,
      prompts: input.prompts ?? [],
      startsOn: input.startsOn ?? null,
      endsOn: input.endsOn ?? null,
      status: 'PLANNED',
      audienceSegmentId: input.audienceSegmentId ?? null,
      listenerIds: input.listenerIds ?? [],
      goals: {
        total: input.goals?.total ?? null,
        perListener: input.goals?.perListener ?? null,
        perOrganization: input.goals?.perOrganization ?? null,
        perArea: input.goals?.perArea ?? null,
      },
      createdBy: this.context.actingUserId(),
      createdAt: new Date(),
    };
    await this.unitOfWork.run(() => this.campaigns.save(campaign));
    return campaign;
  }
}
