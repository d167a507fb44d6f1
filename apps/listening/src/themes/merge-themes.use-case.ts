import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@groundwork/service-kit';
import type { Theme } from './theme';
import { ThemeErrors } from './theme.errors';
import { ThemeRepository } from './theme.repository';

/**
 * Merges themes into one without losing a coding: the sources' codings and sub-themes move to the
 * target, then the sources go. A target that sat under a source moves up to the nearest ancestor kept.
 */
@Injectable()
export class MergeThemesUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly themes: ThemeRepository,
  ) {}

  execute(input: { targetId: string; sourceIds: string[] }): Promise<Theme> {
    return this.unitOfWork.run(async () => {
      const found = await this.themes.findByIds([input.targetId, ...input.sourceIds], true);
      const byId = new Map(found.map((theme) => [theme.id, theme]));
      const target = byId.get(input.targetId);
      if (!target) throw ThemeErrors.notFound(input.targetId, 'targetId');
      input.sourceIds.forEach((id, index) => {
        if (!byId.has(id)) throw ThemeErrors.notFound(id, `sourceIds.${index}`);
      });
      const sources = new Set(input.sourceIds);
      let parentId = target.parentId;
      while (parentId && sources.has(parentId)) parentId = byId.get(parentId)!.parentId;
      const merged = { ...target, parentId };
      if (parentId !== target.parentId) await this.themes.update(merged);
      await this.themes.merge(target.id, input.sourceIds);
      return merged;
    });
  }
}
