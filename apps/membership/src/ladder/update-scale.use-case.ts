import { Injectable } from '@nestjs/common';
import type { AssessmentLabelDto } from '@groundwork/contracts';
import { UnitOfWork } from '@groundwork/service-kit';
import type { MembershipRequest } from '../membership-rpc';
import { AssessmentRepository } from './assessment.repository';
import { toLabelDto } from './ladder.mapper';

/** Relabels the scores named; the others keep their labels. */
@Injectable()
export class UpdateScaleUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly assessments: AssessmentRepository,
  ) {}

  execute({ labels }: MembershipRequest<'membership.ladder.scale.update'>): Promise<AssessmentLabelDto[]> {
    return this.unitOfWork.run(async () => {
      await this.assessments.setLabels(labels);
      return (await this.assessments.scale()).map(toLabelDto);
    });
  }
}
