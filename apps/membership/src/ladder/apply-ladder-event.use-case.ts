import { Injectable } from '@nestjs/common';
import { uuid, type EventEnvelope } from '@groundwork/contracts';
import { LadderEventFactRepository } from './ladder-event-fact.repository';
import { LadderLevelRepository } from './ladder-level.repository';
import { LadderRuleRepository } from './ladder-rule.repository';
import { LevelMover } from './level-mover';
import { PersonLevelRepository } from './person-level.repository';
import { PersonLookup } from './person-lookup';

const personIdOf = (data: unknown): string | undefined => {
  const candidate = (data as { personId?: unknown } | null)?.personId;
  return uuid().safeParse(candidate).success ? (candidate as string) : undefined;
};

/**
 * Applies one event of any service to the ladder, inside the consumer's unit of work (which has
 * already recorded the event id as processed): keeps the fact, then moves the person up to the
 * highest level of any rule the fact completes. A rule never moves anyone down or sideways.
 */
@Injectable()
export class ApplyLadderEventUseCase {
  constructor(
    private readonly facts: LadderEventFactRepository,
    private readonly rules: LadderRuleRepository,
    private readonly levels: LadderLevelRepository,
    private readonly personLevels: PersonLevelRepository,
    private readonly people: PersonLookup,
    private readonly mover: LevelMover,
  ) {}

  async execute(event: EventEnvelope): Promise<void> {
    const personId = personIdOf(event.data);
    if (!personId) return;
    const occurredAt = new Date(event.occurredAt);
    if (!(await this.facts.record({ eventId: event.id, personId, eventType: event.type, occurredAt })))
      return;

    const [rule] = await this.rules.satisfied(personId, event.type, occurredAt);
    if (!rule) return;
    await this.people.lockLiving(personId);
    const current = await this.personLevels.current(personId);
    const currentLevel = current ? await this.levels.find(current.level_id) : undefined;
    if (currentLevel && currentLevel.position >= rule.target_position) return;
    const target = await this.levels.find(rule.target_level_id);
    if (!target) return;
    await this.mover.move(
      { personId, to: target, changedBy: null, ruleId: rule.id, reason: `Rule: ${rule.name}` },
      current,
    );
  }
}
