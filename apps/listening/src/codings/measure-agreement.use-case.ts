import { Injectable } from '@nestjs/common';
import type { ThemeAgreementDto } from '@groundwork/contracts';
import { UnitOfWork } from '@groundwork/service-kit';
import { ThemeRepository } from '../themes/theme.repository';
import { coderAgreement } from './coder-agreement';
import { CodingRepository } from './coding.repository';

/** Coder agreement (Cohen's kappa) per theme: the themes asked for that exist, or every theme. */
@Injectable()
export class MeasureAgreementUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly themes: ThemeRepository,
    private readonly codings: CodingRepository,
  ) {}

  async execute(input: { themeIds?: string[] }): Promise<ThemeAgreementDto[]> {
    const [themes, reviews] = await this.unitOfWork.run(async () => [
      input.themeIds ? await this.themes.findByIds(input.themeIds) : await this.themes.tree(),
      await this.codings.reviewsOfSharedConcerns(),
    ]);
    const known = new Set(themes.map((theme) => theme.id));
    const ids = input.themeIds
      ? input.themeIds.filter((id) => known.has(id))
      : themes.map((theme) => theme.id);
    return coderAgreement(ids, reviews);
  }
}
