import { Injectable } from '@nestjs/common';
import type { AssessmentDto, Page } from '@groundwork/contracts';
import { UnitOfWork } from '@groundwork/service-kit';
import type { MembershipRequest } from '../membership-rpc';
import { AssessmentRepository } from './assessment.repository';
import { decodeHistoryCursor, historyPage } from './history-cursor';
import { toAssessmentDto } from './ladder.mapper';

/** A person's assessments, newest (current) first. */
@Injectable()
export class ListAssessmentsUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly assessments: AssessmentRepository,
  ) {}

  execute(input: MembershipRequest<'membership.ladder.assessment.list'>): Promise<Page<AssessmentDto>> {
    const after = decodeHistoryCursor(input.after);
    return this.unitOfWork.run(async () => {
      const { rows, totalCount } = await this.assessments.history(input.personId, input.first, after);
      return historyPage(rows, input.first, totalCount, (row) => row.assessed_at, toAssessmentDto);
    });
  }
}
