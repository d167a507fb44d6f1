import type { BallotLine, ConsentPosition } from '@groundwork/voting';
import type { Round } from '../rounds/round';

/**
 * A ballot as stored: `choices` are option positions in the round (a ranking in order, the approvals,
 * or the options scored or dotted), `amounts` the score or dots of each choice in step with it. Small
 * integer arrays, so a count streams them without joining options or parsing text.
 */
export interface StoredBallot {
  choices: number[];
  amounts: number[] | null;
  position: ConsentPosition | null;
  reason: string | null;
}

/** A valid ballot line (checked by `BallotChecker`) in its stored form. */
export function toStoredBallot(round: Round, line: BallotLine): StoredBallot {
  const positionOf = new Map(round.options.map((option) => [option.id, option.position]));
  const at = (optionId: string) => positionOf.get(optionId)!;
  const reason = line.reason?.trim() ? line.reason.trim() : null;
  switch (round.method) {
    case 'RANKED_CHOICE':
    case 'STV':
    case 'SCHULZE':
      return { choices: (line.ranking ?? []).map(at), amounts: null, position: null, reason: null };
    case 'APPROVAL':
      return { choices: (line.approvals ?? []).map(at), amounts: null, position: null, reason: null };
    case 'SCORE': {
      const scores = line.scores ?? [];
      return {
        choices: scores.map((s) => at(s.optionId)),
        amounts: scores.map((s) => s.score),
        position: null,
        reason: null,
      };
    }
    case 'DOT': {
      const dots = line.dots ?? [];
      return {
        choices: dots.map((d) => at(d.optionId)),
        amounts: dots.map((d) => d.count),
        position: null,
        reason: null,
      };
    }
    case 'CONSENT':
      return { choices: [], amounts: null, position: line.position ?? null, reason };
  }
}

/** A stored ballot back as a ballot line with option ids, for the methods counted from lines. */
export function fromStoredBallot(
  round: Round,
  optionIds: readonly string[],
  stored: StoredBallot,
  count: number,
): BallotLine {
  const id = (position: number) => optionIds[position]!;
  switch (round.method) {
    case 'RANKED_CHOICE':
    case 'STV':
    case 'SCHULZE':
      return { ranking: stored.choices.map(id), count };
    case 'APPROVAL':
      return { approvals: stored.choices.map(id), count };
    case 'SCORE':
      return {
        scores: stored.choices.map((p, i) => ({ optionId: id(p), score: stored.amounts![i]! })),
        count,
      };
    case 'DOT':
      return { dots: stored.choices.map((p, i) => ({ optionId: id(p), count: stored.amounts![i]! })), count };
    case 'CONSENT':
      return { position: stored.position, reason: stored.reason, count };
  }
}
