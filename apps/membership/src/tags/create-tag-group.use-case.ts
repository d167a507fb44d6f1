import { Injectable } from '@nestjs/common';
import type { TagGroupDto } from '@groundwork/contracts';
import { UnitOfWork } from '@groundwork/service-kit';
import type { MembershipRequest } from '../membership-rpc';
import { TagGroupRepository } from './tag-group.repository';
import { toTagGroupDto } from './tag.mapper';

@Injectable()
export class CreateTagGroupUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly groups: TagGroupRepository,
  ) {}

  async execute(input: MembershipRequest<'membership.tag-group.create'>): Promise<TagGroupDto> {
    return toTagGroupDto(await this.unitOfWork.run(() => this.groups.insert(input)));
  }
}
