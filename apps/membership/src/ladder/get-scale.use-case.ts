import { Injectable } from '@nestjs/common';
import type { AssessmentLabelDto } from '@groundwork/contracts';
import { UnitOfWork } from '@groundwork/service-kit';
import { AssessmentRepository } from './assessment.repository';
import { toLabelDto } from './ladder.mapper';

/** The coalition's assessment scale: a label for each score 1 to 5. */
@Injectable()
export class GetScaleUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly assessments: AssessmentRepository,
  ) {}

  async execute(): Promise<AssessmentLabelDto[]> {
    return (await this.unitOfWork.run(() => this.assessments.scale())).map(toLabelDto);
  }
}
