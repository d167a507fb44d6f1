/** `winners` cut into the sizes of the rounds that elected them, each piece sorted: order within a round is free. */
export function byRoundOfElection(
  winners: readonly string[],
  electedPerRound: readonly number[],
): string[][] {
  let at = 0;
  return electedPerRound
    .filter((size) => size > 0)
    .map((size) => {
      const piece = winners.slice(at, at + size);
      at += size;
      return [...piece].sort();
    });
}
