import { Injectable } from '@nestjs/common';
import { RpcClient } from '@groundwork/service-kit';
import { CoalitionPeople } from '../conversations/coalition-people';
import { CampaignErrors } from './campaign.errors';

/** Checks what a campaign names in membership: its listeners (people) and its audience (a saved segment). */
@Injectable()
export class CampaignReferences {
  constructor(
    private readonly rpc: RpcClient,
    private readonly people: CoalitionPeople,
  ) {}

  async assert(input: { listenerIds?: string[]; audienceSegmentId?: string | null }): Promise<void> {
    if (input.listenerIds && input.listenerIds.length > 0) {
      await this.people.assertPeople(
        new Map(input.listenerIds.map((id, index) => [id, `listenerIds.${index}`])),
      );
    }
    if (input.audienceSegmentId) {
      const [segment] = await this.rpc.request('membership.segment.get-many', {
        ids: [input.audienceSegmentId],
      });
      if (!segment) throw CampaignErrors.segmentNotFound();
    }
  }
}
