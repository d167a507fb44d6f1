import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { RoundResultDto } from '@groundwork/contracts';
import { TenantContext } from '@groundwork/service-kit';

/** Results stored when a round closes, and the priorities it chose, inside the current unit of work. */
@Injectable()
export class ResultRepository {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: TenantContext,
  ) {}

  async insert(result: RoundResultDto): Promise<void> {
    await this.txHost.tx.query(
      `INSERT INTO listening.round_results (tenant_id, round_id, counted_at, ballots_cast, quorum_met, result)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb)`,
      [
        this.context.tenantId(),
        result.roundId,
        result.countedAt,
        result.ballotsCast,
        result.quorumMet,
        JSON.stringify(result),
      ],
    );
  }

  async insertChosen(roundId: string, optionIds: string[], chosenAt: Date): Promise<void> {
    if (optionIds.length === 0) return;
    await this.txHost.tx.query(
      `INSERT INTO listening.chosen_priorities (tenant_id, round_id, option_id, place, chosen_at)
       SELECT $1, $2, option_id, place, $4 FROM unnest($3::uuid[]) WITH ORDINALITY AS chosen(option_id, place)`,
      [this.context.tenantId(), roundId, optionIds, chosenAt],
    );
  }

  async find(roundId: string): Promise<RoundResultDto | undefined> {
    const rows = await this.txHost.tx.query<Array<{ result: RoundResultDto }>>(
      `SELECT result FROM listening.round_results WHERE tenant_id = $1 AND round_id = $2`,
      [this.context.tenantId(), roundId],
    );
    return rows[0]?.result;
  }
}
