import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@groundwork/service-kit';
import { TagGroupRepository } from './tag-group.repository';
import { TagErrors } from './tag.errors';

/** Deletes a group; its tags stay in the catalogue without a group. */
@Injectable()
export class DeleteTagGroupUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly groups: TagGroupRepository,
  ) {}

  execute(id: string): Promise<{ ok: true }> {
    return this.unitOfWork.run(async () => {
      if (!(await this.groups.delete(id))) throw TagErrors.groupNotFound(id);
      return { ok: true as const };
    });
  }
}
