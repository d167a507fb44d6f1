import type { ThemeAgreementDto } from '@groundwork/contracts';
import type { Review } from './coding';
import { cohensKappa } from './cohens-kappa';

/**
 * Agreement per theme: for each pair of coders, Cohen's kappa over the concerns both reviewed, each
 * decision being "coded to this theme or not"; the theme's kappa is the mean of its pairs' (Light's
 * kappa, the usual extension to more than two coders).
 */
export function coderAgreement(themeIds: readonly string[], reviews: readonly Review[]): ThemeAgreementDto[] {
  const byCoder = new Map<string, Map<string, Set<string>>>();
  for (const review of reviews) {
    const concerns = byCoder.get(review.coderId) ?? new Map<string, Set<string>>();
    concerns.set(review.concernId, new Set(review.themeIds));
    byCoder.set(review.coderId, concerns);
  }
  const coders = [...byCoder.keys()].sort();
  const pairs: Array<{ coderA: string; coderB: string; shared: string[] }> = [];
  for (const [index, coderA] of coders.entries()) {
    for (const coderB of coders.slice(index + 1)) {
      const ofB = byCoder.get(coderB)!;
      const shared = [...byCoder.get(coderA)!.keys()].filter((concernId) => ofB.has(concernId));
      if (shared.length > 0) pairs.push({ coderA, coderB, shared });
    }
  }
  return themeIds.map((themeId) => {
    const results = pairs.map(({ coderA, coderB, shared }) => {
      const decisions = shared.map(
        (concernId) =>
          [
            byCoder.get(coderA)!.get(concernId)!.has(themeId),
            byCoder.get(coderB)!.get(concernId)!.has(themeId),
          ] as const,
      );
      return { coderA, coderB, concerns: shared.length, ...cohensKappa(decisions) };
    });
    const defined = results.flatMap((pair) => (pair.kappa === null ? [] : [pair.kappa]));
    return {
      themeId,
      kappa: defined.length > 0 ? defined.reduce((sum, kappa) => sum + kappa, 0) / defined.length : null,
      pairs: results,
    };
  });
}
