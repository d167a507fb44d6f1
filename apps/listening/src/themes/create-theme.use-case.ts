import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { ListeningRpc, RpcParsedRequest } from '@groundwork/contracts';
import { UnitOfWork } from '@groundwork/service-kit';
import type { Theme } from './theme';
import { ThemeErrors } from './theme.errors';
import { ThemeRepository } from './theme.repository';

export type CreateThemeInput = RpcParsedRequest<ListeningRpc['listening.theme.create']>;

/** A theme at the top of the tree or under a parent of the coalition's. */
@Injectable()
export class CreateThemeUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly themes: ThemeRepository,
  ) {}

  execute(input: CreateThemeInput): Promise<Theme> {
    const theme: Theme = {
      id: randomUUID(),
      name: input.name,
      description: input.description ?? null,
      parentId: input.parentId ?? null,
      createdAt: new Date(),
    };
    return this.unitOfWork.run(async () => {
      if (theme.parentId) {
        const [parent] = await this.themes.findByIds([theme.parentId]);
        if (!parent) throw ThemeErrors.notFound(theme.parentId, 'parentId');
      }
      if (!(await this.themes.insert(theme))) throw ThemeErrors.nameTaken(theme.name);
      return theme;
    });
  }
}
