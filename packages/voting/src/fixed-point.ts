/**
 * STV works on votes scaled by 100000 and held as whole numbers, so that truncating transfer values to
 * 5 decimal places is exact and tallies add up without floating-point drift. The largest tally, a
 * million ballots at 100000 each, is 1e11: far inside a double's exact integers (2^53).
 */
export const VALUE_SCALE = 100_000;

/**
 * The transfer value of a ballot in a surplus, scaled: surplus × value ÷ total, truncated (not rounded)
 * to 5 decimal places (Scottish Local Government Elections Order 2007, Schedule 1 rule 48). With every
 * argument scaled by 100000 this is floor(surplus × value ÷ total). The product can pass 2^53, so it
 * is taken in BigInt.
 */
export function truncatedTransferValue(surplus: number, value: number, total: number): number {
  return Number((BigInt(surplus) * BigInt(value)) / BigInt(total));
}
