import { Injectable } from '@nestjs/common';
import type { Page } from '@groundwork/contracts';
import { UnitOfWork } from '@groundwork/service-kit';
import type { MembershipRequest } from '../membership-rpc';
import { PersonExistence } from '../notes/person-existence';
import { decodeTimeCursor, encodeTimeCursor } from './time-cursor';
import { timelineSources } from './timeline-sources';
import { TimelineRepository, type TimelineEntry } from './timeline.repository';
import { PersonErrors } from '../people/person.errors';

/** One page of a person's timeline, newest first; NOT_FOUND for a person this coalition does not have. */
@Injectable()
export class GetPersonTimelineUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly people: PersonExistence,
    private readonly timeline: TimelineRepository,
  ) {}

  async execute(input: MembershipRequest<'membership.person.timeline'>): Promise<Page<TimelineEntry>> {
    const after = input.after ? decodeTimeCursor(input.after) : undefined;
    return this.unitOfWork.run(async () => {
      if (!(await this.people.status(input.personId))) throw PersonErrors.notFound(input.personId);
      const rows = await this.timeline.page(timelineSources, input.personId, input.first + 1, after);
      const items = rows.slice(0, input.first);
      const last = items.at(-1);
      return {
        items,
        totalCount: await this.timeline.count(timelineSources, input.personId),
        hasNextPage: rows.length > input.first,
        endCursor: last ? encodeTimeCursor({ at: last.occurredAt, id: last.id }) : null,
      };
    });
  }
}
