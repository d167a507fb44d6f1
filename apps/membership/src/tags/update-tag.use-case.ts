import { Injectable } from '@nestjs/common';
import { tagEvents, type TagDto } from '@groundwork/contracts';
import { OutboxWriter, UnitOfWork } from '@groundwork/service-kit';
import type { MembershipRequest } from '../membership-rpc';
import { TagGroupRepository } from './tag-group.repository';
import { TagErrors } from './tag.errors';
import { TagRepository } from './tag.repository';
import { toTagDto } from './tag.mapper';

/** Changes a tag; a new name is applied to every person who has the tag, in one statement. */
@Injectable()
export class UpdateTagUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly groups: TagGroupRepository,
    private readonly tags: TagRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  execute({ id, ...changes }: MembershipRequest<'membership.tag.update'>): Promise<TagDto> {
    return this.unitOfWork.run(async () => {
      const tag = await this.tags.findForUpdate(id);
      if (!tag) throw TagErrors.tagNotFound(id);
      if (changes.groupId && !(await this.groups.exists(changes.groupId))) throw TagErrors.unknownGroup();
      // The catalogue row is renamed first, so the people trigger finds the new name already there.
      const updated = await this.tags.update(id, {
        name: changes.name ?? tag.name,
        groupId: changes.groupId === undefined ? tag.group_id : changes.groupId,
        colour: changes.colour === undefined ? tag.colour : changes.colour,
        description: changes.description ?? tag.description,
      });
      if (updated.name !== tag.name) {
        const peopleChanged = await this.tags.renameOnPeople(tag.name, updated.name);
        await this.outbox.append(tagEvents.renamed, {
          tagId: id,
          from: tag.name,
          to: updated.name,
          peopleChanged,
        });
      }
      return toTagDto(updated);
    });
  }
}
