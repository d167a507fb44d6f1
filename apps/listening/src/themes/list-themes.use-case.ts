import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@groundwork/service-kit';
import type { Theme } from './theme';
import { ThemeRepository } from './theme.repository';

/** The coalition's theme tree, parents before their sub-themes. */
@Injectable()
export class ListThemesUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly themes: ThemeRepository,
  ) {}

  execute(): Promise<Theme[]> {
    return this.unitOfWork.run(() => this.themes.tree());
  }
}
