import { Injectable } from '@nestjs/common';
import { tagEvents, type BulkTagResultDto } from '@groundwork/contracts';
import { OutboxWriter, UnitOfWork } from '@groundwork/service-kit';
import type { MembershipRequest } from '../membership-rpc';
import { TagRepository } from './tag.repository';

/** Removes a tag from up to 10,000 people in one statement and one event. */
@Injectable()
export class BulkUntagUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly tags: TagRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  execute(input: MembershipRequest<'membership.tag.bulk-remove'>): Promise<BulkTagResultDto> {
    return this.unitOfWork.run(async () => {
      const result = await this.tags.removeFromPeople(input.tag, input.personIds);
      if (result.changed.length > 0) {
        await this.outbox.append(tagEvents.bulkRemoved, { tag: input.tag, personIds: result.changed });
      }
      return {
        tag: input.tag,
        matched: result.matched,
        changed: result.changed.length,
        skippedAtTagLimit: 0,
      };
    });
  }
}
