import { Injectable } from '@nestjs/common';
import { RpcHandler } from '@groundwork/service-kit';
import type { MembershipReply, MembershipRequest } from '../membership-rpc';
import { GetPersonTimelineUseCase } from './get-person-timeline.use-case';

/** NATS adapter for a person's timeline. */
@Injectable()
export class TimelineRpcController {
  constructor(private readonly getTimeline: GetPersonTimelineUseCase) {}

  @RpcHandler('membership.person.timeline')
  async timeline(
    input: MembershipRequest<'membership.person.timeline'>,
  ): Promise<MembershipReply<'membership.person.timeline'>> {
    const page = await this.getTimeline.execute(input);
    return {
      ...page,
      items: page.items.map((entry) => ({ ...entry, occurredAt: entry.occurredAt.toISOString() })),
    };
  }
}
