import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@groundwork/service-kit';
import type { Coding } from './coding';
import { CodingRepository } from './coding.repository';

/** Every coding of these concerns, by every coder (the coding board's DataLoader). */
@Injectable()
export class ListCodingsUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly codings: CodingRepository,
  ) {}

  execute(concernIds: string[]): Promise<Coding[]> {
    return this.unitOfWork.run(() => this.codings.byConcerns([...new Set(concernIds)]));
  }
}
