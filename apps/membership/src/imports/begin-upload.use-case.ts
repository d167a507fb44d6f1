import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { UnitOfWork, TenantContext } from '@groundwork/service-kit';
import type { MembershipRequest } from '../membership-rpc';
import { headerKey } from './import-fields';
import type { ImportJob } from './import-job';
import { ImportJobRepository } from './import-job.repository';
import { ImportErrors } from './import.errors';

/** Opens an import once the gateway has read the file's header: the job waits in UPLOADING for rows. */
@Injectable()
export class BeginUploadUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly context: TenantContext,
    private readonly jobs: ImportJobRepository,
  ) {}

  execute(input: MembershipRequest<'membership.import.begin-upload'>): Promise<ImportJob> {
    assertDistinct(input.columns);
    return this.unitOfWork.run(async () => {
      const id = randomUUID();
      const actor = this.context.actor();
      await this.jobs.insert({
        id,
        status: 'UPLOADING',
        fileName: input.fileName,
        delimiter: input.delimiter,
        columns: input.columns,
        createdBy: actor?.id ?? null,
        createdByType: actor?.type ?? null,
        createdAt: new Date(),
      });
      return (await this.jobs.find(id))!;
    });
  }
}

/** Column names compare as the mapping suggester reads them, so "Email" and "email " are one name. */
function assertDistinct(columns: string[]): void {
  const seen = new Map<string, number>();
  columns.forEach((column, index) => {
    const key = headerKey(column) || column;
    const first = seen.get(key);
    if (first !== undefined) throw ImportErrors.duplicateColumns(first, index, column);
    seen.set(key, index);
  });
}
