import { Injectable } from '@nestjs/common';
import type { TagDto } from '@groundwork/contracts';
import { UnitOfWork } from '@groundwork/service-kit';
import type { MembershipRequest } from '../membership-rpc';
import { TagGroupRepository } from './tag-group.repository';
import { TagErrors } from './tag.errors';
import { TagRepository } from './tag.repository';
import { toTagDto } from './tag.mapper';

@Injectable()
export class CreateTagUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly groups: TagGroupRepository,
    private readonly tags: TagRepository,
  ) {}

  execute(input: MembershipRequest<'membership.tag.create'>): Promise<TagDto> {
    return this.unitOfWork.run(async () => {
      const groupId = input.groupId ?? null;
      if (groupId && !(await this.groups.exists(groupId))) throw TagErrors.unknownGroup();
      const row = await this.tags.insert({
        name: input.name,
        groupId,
        colour: input.colour ?? null,
        description: input.description,
      });
      return toTagDto(row);
    });
  }
}
