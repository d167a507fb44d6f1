import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { AssessmentDto } from '@groundwork/contracts';
import { TenantContext, UnitOfWork } from '@groundwork/service-kit';
import type { MembershipRequest } from '../membership-rpc';
import { AssessmentRepository } from './assessment.repository';
import { toAssessmentDto, type AssessmentRow } from './ladder.mapper';
import { PersonLookup } from './person-lookup';

/** Adds an assessment to a person's history; the latest one is their current score. */
@Injectable()
export class RecordAssessmentUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly context: TenantContext,
    private readonly people: PersonLookup,
    private readonly assessments: AssessmentRepository,
  ) {}

  execute(input: MembershipRequest<'membership.ladder.assessment.record'>): Promise<AssessmentDto> {
    return this.unitOfWork.run(async () => {
      await this.people.lockLiving(input.personId);
      const row: AssessmentRow = {
        id: randomUUID(),
        person_id: input.personId,
        score: input.score,
        notes: input.notes,
        assessed_by: this.context.actingUserId(),
        assessed_at: new Date(),
      };
      await this.assessments.insert(row);
      return toAssessmentDto(row);
    });
  }
}
