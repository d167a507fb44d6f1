import { Injectable } from '@nestjs/common';
import type { CampaignStatus, Page } from '@groundwork/contracts';
import { decodeKeysetCursor, encodeKeysetCursor, UnitOfWork } from '@groundwork/service-kit';
import type { Campaign } from './campaign';
import { CampaignRepository } from './campaign.repository';

/** One page of campaigns, newest first, with keyset cursors. */
@Injectable()
export class ListCampaignsUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly campaigns: CampaignRepository,
  ) {}

  async execute(input: { first: number; after?: string; status?: CampaignStatus }): Promise<Page<Campaign>> {
    const after = input.after ? decodeKeysetCursor(input.after) : undefined;
    const slice = await this.unitOfWork.run(() => this.campaigns.page(input.status, input.first, after));
    const last = slice.rows.at(-1);
    return {
      items: slice.rows,
      totalCount: slice.totalCount,
      hasNextPage: slice.hasMore,
      endCursor: last ? encodeKeysetCursor({ at: last.createdAt, id: last.id }) : null,
    };
  }
}
