import { Injectable } from '@nestjs/common';
import type { TagGroupDto } from '@groundwork/contracts';
import { UnitOfWork } from '@groundwork/service-kit';
import type { MembershipRequest } from '../membership-rpc';
import { TagGroupRepository } from './tag-group.repository';
import { TagErrors } from './tag.errors';
import { toTagGroupDto } from './tag.mapper';

@Injectable()
export class UpdateTagGroupUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly groups: TagGroupRepository,
  ) {}

  async execute({ id, ...fields }: MembershipRequest<'membership.tag-group.update'>): Promise<TagGroupDto> {
    const group = await this.unitOfWork.run(() => this.groups.update(id, fields));
    if (!group) throw TagErrors.groupNotFound(id);
    return toTagGroupDto(group);
  }
}
