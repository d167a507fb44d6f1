import type { RoundDto, RoundOptionDto, RoundResultDto } from '@groundwork/contracts';
import type { PrioritizationResult } from './prioritization-result.model';

/** The service's result, with option ids, as GraphQL shows it: each option as `{ id title … }` of its round. */
export function toPrioritizationResult(round: RoundDto, result: RoundResultDto): PrioritizationResult {
  const byId = new Map(round.options.map((option) => [option.id, option]));
  const option = (id: string): RoundOptionDto => {
    const found = byId.get(id);
    if (!found)
      throw new Error(`result of round ${round.id} names option ${id}, which the round does not have`);
    return found;
  };
  const options = (ids: string[]) => ids.map(option);
  return {
    method: result.method,
    final: result.final,
    countedAt: result.countedAt,
    ballotsCast: result.ballotsCast,
    quorumMet: result.quorumMet,
    winners: options(result.winners),
    ranking: options(result.ranking),
    rounds: result.rounds.map((counted) => ({
      number: counted.number,
      tallies: counted.tallies.map((tally) => ({ option: option(tally.optionId), votes: tally.votes })),
      elected: options(counted.elected),
      eliminated: options(counted.eliminated),
      exhausted: counted.exhausted,
      transferred: counted.transferred,
      lostToRounding: counted.lostToRounding,
    })),
    quota: result.quota,
    pairwise: result.pairwise.map((pair) => ({ a: option(pair.a), b: option(pair.b), votes: pair.votes })),
    strongestPaths: result.strongestPaths.map((pair) => ({
      a: option(pair.a),
      b: option(pair.b),
      votes: pair.votes,
    })),
    totals: result.totals.map((total) => ({ option: option(total.optionId), value: total.value })),
    positions: result.positions,
    consent: result.consent,
    tieBreaks: result.tieBreaks.map((tie) => ({
      ...tie,
      tied: options(tie.tied),
      order: options(tie.order),
    })),
  };
}
