import { Injectable } from '@nestjs/common';
import { tagEvents, type BulkTagResultDto } from '@groundwork/contracts';
import { OutboxWriter, UnitOfWork } from '@groundwork/service-kit';
import type { MembershipRequest } from '../membership-rpc';
import { TagRepository } from './tag.repository';

/**
 * Tags up to 10,000 people in one statement and one event. Ids of other coalitions, unknown ids and
 * archived people are not matched; people who already have the tag are matched but not changed.
 */
@Injectable()
export class BulkTagUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly tags: TagRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  execute(input: MembershipRequest<'membership.tag.bulk-apply'>): Promise<BulkTagResultDto> {
    return this.unitOfWork.run(async () => {
      const result = await this.tags.applyToPeople(input.tag, input.personIds);
      if (result.changed.length > 0) {
        await this.outbox.append(tagEvents.bulkApplied, { tag: input.tag, personIds: result.changed });
      }
      return {
        tag: input.tag,
        matched: result.matched,
        changed: result.changed.length,
        skippedAtTagLimit: result.atLimit,
      };
    });
  }
}
