import { Injectable } from '@nestjs/common';
import type { MembershipReply, MembershipRequest } from '../membership-rpc';
import { UnitOfWork } from '@groundwork/service-kit';
import { ImportJobRepository } from './import-job.repository';
import { ImportStagingRepository } from './import-staging.repository';
import { ImportErrors } from './import.errors';

/** One page of the rows an import rejected, with the reason and the cells as uploaded. */
@Injectable()
export class RejectedRowsUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly jobs: ImportJobRepository,
    private readonly staging: ImportStagingRepository,
  ) {}

  execute(
    input: MembershipRequest<'membership.import.rejected-rows'>,
  ): Promise<MembershipReply<'membership.import.rejected-rows'>> {
    return this.unitOfWork.run(async () => {
      const job = await this.jobs.find(input.id);
      if (!job) throw ImportErrors.notFound(input.id);
      const rows = await this.staging.rejected(job.id, input.afterRow, input.limit);
      return {
        columns: job.columns,
        rows: rows.map((row) => ({ ...row, cells: JSON.parse(row.cells) as string[] })),
        nextAfterRow: rows.length === input.limit ? rows.at(-1)!.rowNumber : null,
      };
    });
  }
}
