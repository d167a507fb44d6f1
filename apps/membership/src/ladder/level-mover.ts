import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ladderEvents } from '@groundwork/contracts';
import { OutboxWriter } from '@groundwork/service-kit';
import type { LevelChangeRow, LevelRow, PersonLevelRow } from './ladder.mapper';
import { PersonLevelRepository } from './person-level.repository';

export interface LevelMove {
  personId: string;
  to: LevelRow;
  /** Exactly one of the two says who moved the person. */
  changedBy: string | null;
  ruleId: string | null;
  reason: string;
}

/**
 * Moves a person to a level: the history row, the current level and the `level-changed` event, in
 * the caller's unit of work. The caller has locked the person. Moving to the level a person is
 * already at changes nothing and returns their current level.
 */
@Injectable()
export class LevelMover {
  constructor(
    private readonly personLevels: PersonLevelRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  async move(move: LevelMove, current: PersonLevelRow | undefined): Promise<PersonLevelRow> {
    if (current?.level_id === move.to.id) return current;
    const change: LevelChangeRow = {
      id: randomUUID(),
      person_id: move.personId,
      from_level_id: current?.level_id ?? null,
      to_level_id: move.to.id,
      changed_by: move.changedBy,
      rule_id: move.ruleId,
      reason: move.reason,
      changed_at: new Date(),
    };
    await this.personLevels.applyChange(change);
    await this.outbox.append(ladderEvents.levelChanged, {
      changeId: change.id,
      personId: change.person_id,
      fromLevelId: change.from_level_id,
      toLevelId: change.to_level_id,
      toLeader: move.to.counts_as_leader,
      ruleId: change.rule_id,
      changedBy: change.changed_by,
      changedAt: change.changed_at.toISOString(),
    });
    return { person_id: change.person_id, level_id: change.to_level_id, since: change.changed_at };
  }
}
