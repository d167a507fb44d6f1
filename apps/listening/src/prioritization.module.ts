import { Module } from '@nestjs/common';
import { BallotRepository } from './ballots/ballot.repository';
import { BallotsRpcController } from './ballots/ballots.rpc-controller';
import { CastBallotUseCase } from './ballots/cast-ballot.use-case';
import { RecordPaperBallotsUseCase } from './ballots/record-paper-ballots.use-case';
import { VoterDirectory } from './ballots/voter-directory';
import { GetResultUseCase } from './results/get-result.use-case';
import { ResultRepository } from './results/result.repository';
import { ResultsRpcController } from './results/results.rpc-controller';
import { RoundCounter } from './results/round-counter';
import { CloseRoundUseCase } from './rounds/close-round.use-case';
import { CreateRoundUseCase } from './rounds/create-round.use-case';
import { GetRoundsUseCase } from './rounds/get-rounds.use-case';
import { ListRoundsUseCase } from './rounds/list-rounds.use-case';
import { OpenRoundUseCase } from './rounds/open-round.use-case';
import { RoundRepository } from './rounds/round.repository';
import { RoundsRpcController } from './rounds/rounds.rpc-controller';

/** Prioritization rounds (issue 9, section 6): rounds, ballots, counting and results. */
@Module({
  providers: [
    RoundRepository,
    BallotRepository,
    ResultRepository,
    VoterDirectory,
    RoundCounter,
    CreateRoundUseCase,
    OpenRoundUseCase,
    CloseRoundUseCase,
    GetRoundsUseCase,
    ListRoundsUseCase,
    CastBallotUseCase,
    RecordPaperBallotsUseCase,
    GetResultUseCase,
    RoundsRpcController,
    BallotsRpcController,
    ResultsRpcController,
  ],
})
export class PrioritizationModule {}
