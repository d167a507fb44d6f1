import { Injectable } from '@nestjs/common';
import type { TagDto } from '@groundwork/contracts';
import { UnitOfWork } from '@groundwork/service-kit';
import { TagRepository } from './tag.repository';
import { toTagDto } from './tag.mapper';

/** The catalogue: every tag defined or used on a person in this coalition. */
@Injectable()
export class ListTagsUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly tags: TagRepository,
  ) {}

  async execute(): Promise<TagDto[]> {
    return (await this.unitOfWork.run(() => this.tags.list())).map(toTagDto);
  }
}
