import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@groundwork/service-kit';
import type { OneOnOneEntity } from './one-on-one.entity';
import { OneOnOneErrors } from './one-on-one.errors';
import { OneOnOneRepository } from './one-on-one.repository';

@Injectable()
export class GetOneOnOneUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly oneOnOnes: OneOnOneRepository,
  ) {}

  async execute(id: string): Promise<OneOnOneEntity> {
    const oneOnOne = await this.unitOfWork.run(() => this.oneOnOnes.findById(id));
    if (!oneOnOne) throw OneOnOneErrors.notFound(id);
    return oneOnOne;
  }
}
