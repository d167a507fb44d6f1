import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@groundwork/service-kit';
import { LadderRuleRepository } from './ladder-rule.repository';
import { LadderErrors } from './ladder.errors';

/** Deletes a rule that never moved anyone; history names the rules that did, so those stay. */
@Injectable()
export class DeleteRuleUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly rules: LadderRuleRepository,
  ) {}

  execute(id: string): Promise<{ ok: true }> {
    return this.unitOfWork.run(async () => {
      if (!(await this.rules.find(id))) throw LadderErrors.ruleNotFound(id);
      if (await this.rules.hasMovedPeople(id)) throw LadderErrors.ruleInUse();
      await this.rules.delete(id);
      return { ok: true as const };
    });
  }
}
