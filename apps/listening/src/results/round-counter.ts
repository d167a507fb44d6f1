import { Injectable } from '@nestjs/common';
import {
  countRankedChoice,
  countRound,
  countSchulze,
  countStv,
  RankedBallotGroups,
  type BallotLine,
  type CountResult,
} from '@groundwork/voting';
import { BallotRepository } from '../ballots/ballot.repository';
import { fromStoredBallot } from '../ballots/stored-ballot';
import type { Round } from '../rounds/round';
import { roundRules } from '../rounds/round-rules';

/**
 * Counts a round's stored ballots with `@groundwork/voting` (the rules of API.md, written out in its
 * README), inside the caller's unit of work. Ranked methods feed each batch's smallint rankings
 * straight into `RankedBallotGroups.addPositions`, so a million ballots are never a million objects.
 */
@Injectable()
export class RoundCounter {
  constructor(private readonly ballots: BallotRepository) {}

  async count(round: Round): Promise<CountResult> {
    const rules = roundRules(round);
    const { optionIds, tieBreakSeed } = rules;
    switch (round.method) {
      case 'RANKED_CHOICE':
      case 'STV':
      case 'SCHULZE': {
        const groups = new RankedBallotGroups(optionIds);
        await this.ballots.forEachBatch(round.id, (rows) => {
          for (const row of rows) groups.addPositions(row.choices, row.count);
        });
        const ranked = { optionIds, ballots: groups, tieBreakSeed };
        if (round.method === 'RANKED_CHOICE') return countRankedChoice(ranked);
        if (round.method === 'STV') return countStv({ ...ranked, seats: round.seats });
        return countSchulze({ ...ranked, seats: round.seats });
      }
      default: {
        const lines: BallotLine[] = [];
        await this.ballots.forEachBatch(round.id, (rows) => {
          for (const row of rows) lines.push(fromStoredBallot(round, optionIds, row, row.count));
        });
        return countRound(rules, lines);
      }
    }
  }
}
