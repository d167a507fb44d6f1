import { Injectable } from '@nestjs/common';
import type { LadderRuleDto } from '@groundwork/contracts';
import { UnitOfWork } from '@groundwork/service-kit';
import { LadderRuleRepository } from './ladder-rule.repository';
import { toRuleDto } from './ladder.mapper';

@Injectable()
export class ListRulesUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly rules: LadderRuleRepository,
  ) {}

  async execute(): Promise<LadderRuleDto[]> {
    return (await this.unitOfWork.run(() => this.rules.list())).map(toRuleDto);
  }
}
