import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@groundwork/service-kit';
import type { Concern } from './concern';
import { ConcernRepository } from './concern.repository';

/** Concerns by id, for DataLoaders: in the order asked, each once; unknown ids left out. */
@Injectable()
export class GetConcernsUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly concerns: ConcernRepository,
  ) {}

  async execute(ids: string[]): Promise<Concern[]> {
    const unique = [...new Set(ids)];
    const found = await this.unitOfWork.run(() => this.concerns.findByIds(unique));
    const byId = new Map(found.map((concern) => [concern.id, concern]));
    return unique.flatMap((id) => byId.get(id) ?? []);
  }
}
