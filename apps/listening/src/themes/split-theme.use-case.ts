import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { ListeningRpc, RpcParsedRequest } from '@groundwork/contracts';
import { UnitOfWork } from '@groundwork/service-kit';
import type { Theme } from './theme';
import { ThemeErrors } from './theme.errors';
import { ThemeRepository } from './theme.repository';

export type SplitThemeInput = RpcParsedRequest<ListeningRpc['listening.theme.split']>;

/**
 * Splits a theme into new ones beside it: each part takes every coding (of every coder) of the
 * concerns it lists; the theme keeps the rest. Replies with the new themes in the order of the parts.
 */
@Injectable()
export class SplitThemeUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly themes: ThemeRepository,
  ) {}

  execute(input: SplitThemeInput): Promise<Theme[]> {
    return this.unitOfWork.run(async () => {
      const [theme] = await this.themes.findByIds([input.id], true);
      if (!theme) throw ThemeErrors.notFound(input.id);
      const coded = await this.themes.codedConcerns(
        theme.id,
        input.parts.flatMap((part) => part.concernIds),
      );
      input.parts.forEach((part, partIndex) =>
        part.concernIds.forEach((concernId, index) => {
          if (!coded.has(concernId))
            throw ThemeErrors.concernNotCoded(`parts.${partIndex}.concernIds.${index}`);
        }),
      );
      const created: Theme[] = [];
      for (const [index, part] of input.parts.entries()) {
        const split: Theme = {
          id: randomUUID(),
          name: part.name,
          description: part.description ?? null,
          parentId: theme.parentId,
          createdAt: new Date(),
        };
        if (!(await this.themes.insert(split))) throw ThemeErrors.nameTaken(part.name, `parts.${index}.name`);
        await this.themes.moveCodings(theme.id, split.id, part.concernIds);
        created.push(split);
      }
      return created;
    });
  }
}
