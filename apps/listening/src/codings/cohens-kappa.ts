/**
 * Cohen's kappa for two raters' yes/no decisions on the same items: (p_o − p_e) / (1 − p_e), where
 * p_o is the share of items they decided alike and p_e the agreement expected by chance from each
 * rater's own share of yeses (Cohen 1960). Undefined (null) without items, or when chance agreement is
 * already total (both raters gave every item the same single answer).
 */
export function cohensKappa(decisions: ReadonlyArray<readonly [boolean, boolean]>): {
  kappa: number | null;
  observedAgreement: number;
} {
  const n = decisions.length;
  if (n === 0) return { kappa: null, observedAgreement: 0 };
  let agreed = 0;
  let yesA = 0;
  let yesB = 0;
  for (const [a, b] of decisions) {
    if (a === b) agreed += 1;
    if (a) yesA += 1;
    if (b) yesB += 1;
  }
  const observed = agreed / n;
  const expected = (yesA / n) * (yesB / n) + (1 - yesA / n) * (1 - yesB / n);
  if (expected === 1) return { kappa: null, observedAgreement: observed };
  return { kappa: (observed - expected) / (1 - expected), observedAgreement: observed };
}
