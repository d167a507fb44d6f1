import { Injectable } from '@nestjs/common';
import { UnitOfWork } from '@groundwork/service-kit';
import { LeadershipRepository } from './leadership.repository';

/** Role names the coalition already uses, to suggest when assigning one (roles are free text). */
@Injectable()
export class ListRoleNamesUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly leadership: LeadershipRepository,
  ) {}

  async execute(): Promise<string[]> {
    return (await this.unitOfWork.run(() => this.leadership.roleNames())).map((row) => row.role);
  }
}
