import { Injectable } from '@nestjs/common';
import { tagEvents } from '@groundwork/contracts';
import { OutboxWriter, UnitOfWork } from '@groundwork/service-kit';
import { TagErrors } from './tag.errors';
import { TagRepository } from './tag.repository';

/** Removes a tag from every person, then from the catalogue. */
@Injectable()
export class DeleteTagUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly tags: TagRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  execute(id: string): Promise<{ ok: true }> {
    return this.unitOfWork.run(async () => {
      const tag = await this.tags.findForUpdate(id);
      if (!tag) throw TagErrors.tagNotFound(id);
      const peopleChanged = await this.tags.removeFromAllPeople(tag.name);
      await this.tags.delete(id);
      await this.outbox.append(tagEvents.deleted, { tagId: id, tag: tag.name, peopleChanged });
      return { ok: true as const };
    });
  }
}
