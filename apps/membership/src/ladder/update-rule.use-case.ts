import { Injectable } from '@nestjs/common';
import type { LadderRuleDto } from '@groundwork/contracts';
import { UnitOfWork } from '@groundwork/service-kit';
import type { MembershipRequest } from '../membership-rpc';
import { LadderLevelRepository } from './ladder-level.repository';
import { LadderRuleRepository } from './ladder-rule.repository';
import { LadderErrors } from './ladder.errors';
import { toRuleDto } from './ladder.mapper';

/** Changes the fields named; `active: false` stops a rule without losing which moves it made. */
@Injectable()
export class UpdateRuleUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly levels: LadderLevelRepository,
    private readonly rules: LadderRuleRepository,
  ) {}

  execute({ id, ...fields }: MembershipRequest<'membership.ladder.rule.update'>): Promise<LadderRuleDto> {
    return this.unitOfWork.run(async () => {
      if (fields.targetLevelId && !(await this.levels.find(fields.targetLevelId))) {
        throw LadderErrors.targetLevelNotFound('targetLevelId');
      }
      const rule = await this.rules.update(id, fields);
      if (!rule) throw LadderErrors.ruleNotFound(id);
      return toRuleDto(rule);
    });
  }
}
