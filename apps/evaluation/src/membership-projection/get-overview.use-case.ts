import { Injectable } from '@nestjs/common';
import type { OverviewDto } from '@groundwork/contracts';
import { UnitOfWork } from '@groundwork/service-kit';
import { MembershipProjectionRepository } from './membership-projection.repository';

@Injectable()
export class GetOverviewUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly projection: MembershipProjectionRepository,
  ) {}

  execute(): Promise<OverviewDto> {
    return this.unitOfWork.run(() => this.projection.overview());
  }
}
