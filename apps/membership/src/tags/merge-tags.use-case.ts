import { Injectable } from '@nestjs/common';
import { tagEvents, type TagDto } from '@groundwork/contracts';
import { OutboxWriter, UnitOfWork } from '@groundwork/service-kit';
import type { MembershipRequest } from '../membership-rpc';
import { TagErrors } from './tag.errors';
import { TagRepository } from './tag.repository';
import { toTagDto } from './tag.mapper';

/** Folds one tag into another: people tagged with the source carry the target; the source goes. */
@Injectable()
export class MergeTagsUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly tags: TagRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  execute(input: MembershipRequest<'membership.tag.merge'>): Promise<TagDto> {
    return this.unitOfWork.run(async () => {
      const source = await this.tags.findForUpdate(input.sourceId);
      if (!source) throw TagErrors.tagNotFound(input.sourceId);
      const target = await this.tags.findForUpdate(input.targetId);
      if (!target) throw TagErrors.tagNotFound(input.targetId);
      const peopleChanged = await this.tags.mergeOnPeople(source.name, target.name);
      await this.tags.delete(source.id);
      await this.outbox.append(tagEvents.merged, {
        sourceTagId: source.id,
        source: source.name,
        targetTagId: target.id,
        target: target.name,
        peopleChanged,
      });
      return toTagDto(target);
    });
  }
}
