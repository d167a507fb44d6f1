import { Injectable } from '@nestjs/common';
import type { BallotReceiptDto, ListeningRpc, RpcParsedRequest } from '@groundwork/contracts';
import { TenantContext, UnitOfWork } from '@groundwork/service-kit';
import type { Round } from '../rounds/round';
import { RoundErrors } from '../rounds/round.errors';
import { RoundRepository } from '../rounds/round.repository';
import { BallotChecker } from './ballot-checker';
import { BallotRepository } from './ballot.repository';
import { toStoredBallot } from './stored-ballot';
import { VoterDirectory } from './voter-directory';

export type CastBallotInput = RpcParsedRequest<ListeningRpc['listening.ballot.cast']>;

/**
 * Staff casting a voter's ballot (recorded as cast by them) in an open round that is not secret; a
 * second ballot of the same voter replaces the first. Nothing is stored unless every check passes.
 */
@Injectable()
export class CastBallotUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly context: TenantContext,
    private readonly rounds: RoundRepository,
    private readonly ballots: BallotRepository,
    private readonly voters: VoterDirectory,
  ) {}

  async execute(input: CastBallotInput): Promise<BallotReceiptDto> {
    const { roundId, voterId, ...line } = input;
    const round = await this.unitOfWork.run(() => this.rounds.findById(roundId));
    this.assertCastable(round, roundId);
    new BallotChecker(round).assertValid([line]);
    // Asked outside the transaction: no database connection is held across a call to another service.
    await this.voters.assertEligible(voterId);
    const castAt = new Date();
    return this.unitOfWork.run(async () => {
      // FOR SHARE: a close waits for this ballot, and this ballot sees a close that came first.
      const current = await this.rounds.findById(roundId, 'share');
      this.assertCastable(current, roundId);
      const stored = await this.ballots.upsertVoterBallot(
        roundId,
        voterId,
        toStoredBallot(current, line),
        this.context.actor()?.id ?? null,
        castAt,
      );
      return { id: stored.id, roundId, voterId, castAt: castAt.toISOString(), replaced: stored.replaced };
    });
  }

  private assertCastable(round: Round | undefined, roundId: string): asserts round is Round {
    if (!round) throw RoundErrors.notFound(roundId, 'roundId');
    if (round.secret) throw RoundErrors.secretRound(round);
    if (round.status !== 'OPEN') throw RoundErrors.notOpenForBallots(round);
  }
}
