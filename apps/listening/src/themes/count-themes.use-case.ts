import { Injectable } from '@nestjs/common';
import type { ThemeBreakdown, ThemeCountsDto } from '@groundwork/contracts';
import { UnitOfWork } from '@groundwork/service-kit';
import { ThemeCountsRepository, type CountsRow } from './theme-counts.repository';
import { ThemeRepository } from './theme.repository';

const counts = (row: CountsRow | undefined) => ({
  concerns: row?.concerns ?? 0,
  people: row?.people ?? 0,
  organizations: row?.organizations ?? 0,
  averageDepth: row?.averageDepth ?? null,
});

/** Counts for every theme of the tree (zeros for a theme nobody coded), with the breakdown asked for. */
@Injectable()
export class CountThemesUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly themes: ThemeRepository,
    private readonly counts: ThemeCountsRepository,
  ) {}

  async execute(input: { campaignId?: string; breakdown?: ThemeBreakdown }): Promise<ThemeCountsDto[]> {
    const [themes, totals, breakdown] = await this.unitOfWork.run(async () => [
      await this.themes.tree(),
      await this.counts.counts(input.campaignId, undefined),
      input.breakdown ? await this.counts.counts(input.campaignId, input.breakdown) : [],
    ]);
    const totalOf = new Map(totals.map((row) => [row.themeId, row]));
    const breakdownOf = new Map<string, CountsRow[]>();
    for (const row of breakdown) breakdownOf.set(row.themeId, [...(breakdownOf.get(row.themeId) ?? []), row]);
    return themes.map((theme) => ({
      themeId: theme.id,
      ...counts(totalOf.get(theme.id)),
      breakdown: (breakdownOf.get(theme.id) ?? []).map((row) => ({ key: row.key, ...counts(row) })),
    }));
  }
}
