import { randomBytes, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DEFAULT_SCORE_RANGE, type ListeningRpc, type RpcParsedRequest } from '@groundwork/contracts';
import { TenantContext, UnitOfWork } from '@groundwork/service-kit';
import type { Round } from './round';
import { RoundRepository } from './round.repository';

export type CreateRoundInput = RpcParsedRequest<ListeningRpc['listening.round.create']>;

/** Creates a DRAFT round with its options in the order given; the contract has checked the method's fields. */
@Injectable()
export class CreateRoundUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly context: TenantContext,
    private readonly rounds: RoundRepository,
  ) {}

  execute(input: CreateRoundInput): Promise<Round> {
    const score = input.method === 'SCORE';
    const round: Round = {
      id: randomUUID(),
      title: input.title,
      description: input.description ?? null,
      method: input.method,
      seats: input.method === 'CONSENT' ? 1 : input.seats,
      status: 'DRAFT',
      resultsVisibility: input.resultsVisibility,
      secret: input.secret,
      opensAt: input.opensAt ? new Date(input.opensAt) : null,
      closesAt: input.closesAt ? new Date(input.closesAt) : null,
      dotsPerVoter: input.dotsPerVoter ?? null,
      scoreMin: score ? (input.scoreMin ?? DEFAULT_SCORE_RANGE.scoreMin) : null,
      scoreMax: score ? (input.scoreMax ?? DEFAULT_SCORE_RANGE.scoreMax) : null,
      // Anyone holding the seed and the anonymous ballots can repeat every draw (voting README).
      tieBreakSeed: input.tieBreakSeed ?? randomBytes(16).toString('hex'),
      quorum: input.quorum ?? null,
      createdBy: this.context.actor()?.id ?? null,
      createdAt: new Date(),
      openedAt: null,
      closedAt: null,
      options: input.options.map((option, position) => ({
        id: randomUUID(),
        position,
        title: option.title,
        description: option.description ?? null,
        candidateIssueId: option.candidateIssueId ?? null,
      })),
    };
    return this.unitOfWork.run(async () => {
      await this.rounds.insert(round);
      return round;
    });
  }
}
