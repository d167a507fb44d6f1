import { Injectable } from '@nestjs/common';
import type { TagGroupDto } from '@groundwork/contracts';
import { UnitOfWork } from '@groundwork/service-kit';
import { TagGroupRepository } from './tag-group.repository';
import { toTagGroupDto } from './tag.mapper';

@Injectable()
export class ListTagGroupsUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly groups: TagGroupRepository,
  ) {}

  async execute(): Promise<TagGroupDto[]> {
    return (await this.unitOfWork.run(() => this.groups.list())).map(toTagGroupDto);
  }
}
