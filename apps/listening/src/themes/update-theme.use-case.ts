import { Injectable } from '@nestjs/common';
import type { ListeningRpc, RpcParsedRequest } from '@groundwork/contracts';
import { UnitOfWork } from '@groundwork/service-kit';
import type { Theme } from './theme';
import { ThemeErrors } from './theme.errors';
import { ThemeRepository } from './theme.repository';

export type UpdateThemeInput = RpcParsedRequest<ListeningRpc['listening.theme.update']>;

/** Renames, describes or moves a theme; fields left out stay as they are. */
@Injectable()
export class UpdateThemeUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly themes: ThemeRepository,
  ) {}

  execute(input: UpdateThemeInput): Promise<Theme> {
    return this.unitOfWork.run(async () => {
      const [theme] = await this.themes.findByIds([input.id], true);
      if (!theme) throw ThemeErrors.notFound(input.id);
      const updated: Theme = {
        ...theme,
        name: input.name ?? theme.name,
        description: input.description === undefined ? theme.description : input.description,
        parentId: input.parentId === undefined ? theme.parentId : input.parentId,
      };
      if (input.name !== undefined && (await this.themes.nameTaken(input.name, theme.id))) {
        throw ThemeErrors.nameTaken(input.name);
      }
      if (updated.parentId && updated.parentId !== theme.parentId) {
        const [parent] = await this.themes.findByIds([updated.parentId]);
        if (!parent) throw ThemeErrors.notFound(updated.parentId, 'parentId');
        if ((await this.themes.withDescendants(theme.id)).includes(updated.parentId)) {
          throw ThemeErrors.underItself();
        }
      }
      await this.themes.update(updated);
      return updated;
    });
  }
}
