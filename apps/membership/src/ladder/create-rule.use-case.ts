import { Injectable } from '@nestjs/common';
import type { LadderRuleDto } from '@groundwork/contracts';
import { UnitOfWork } from '@groundwork/service-kit';
import type { MembershipRequest } from '../membership-rpc';
import { LadderLevelRepository } from './ladder-level.repository';
import { LadderRuleRepository } from './ladder-rule.repository';
import { LadderErrors } from './ladder.errors';
import { toRuleDto } from './ladder.mapper';

/**
 * Adds a rule. It applies to events that arrive from now on; a person is judged on every event of
 * the rule's type already recorded in the window, so history counts at the person's next event.
 */
@Injectable()
export class CreateRuleUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly levels: LadderLevelRepository,
    private readonly rules: LadderRuleRepository,
  ) {}

  execute(input: MembershipRequest<'membership.ladder.rule.create'>): Promise<LadderRuleDto> {
    return this.unitOfWork.run(async () => {
      if (!(await this.levels.find(input.targetLevelId)))
        throw LadderErrors.targetLevelNotFound('targetLevelId');
      return toRuleDto(await this.rules.insert(input));
    });
  }
}
