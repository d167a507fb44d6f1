import { Injectable } from '@nestjs/common';
import type { TagCountDto } from '@groundwork/contracts';
import { UnitOfWork } from '@groundwork/service-kit';
import { TagRepository } from './tag.repository';

/** How many living people carry each catalogue tag, for the tags page. */
@Injectable()
export class CountTagPeopleUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly tags: TagRepository,
  ) {}

  async execute(): Promise<TagCountDto[]> {
    const rows = await this.unitOfWork.run(() => this.tags.countPeople());
    return rows.map((row) => ({ tagId: row.tag_id, peopleCount: row.people_count }));
  }
}
