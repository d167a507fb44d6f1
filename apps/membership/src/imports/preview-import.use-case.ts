import { Injectable } from '@nestjs/common';
import type { ImportColumnMapping, ImportPreviewRowDto } from '@groundwork/contracts';
import { UnitOfWork } from '@groundwork/service-kit';
import type { MembershipRequest } from '../membership-rpc';
import { ImportFieldCatalog } from './import-field-catalog';
import { ImportJobRepository } from './import-job.repository';
import { checkMapping, resolveMapping } from './import-plan';
import { ImportRowValidator } from './import-row.validator';
import { ImportStagingRepository } from './import-staging.repository';
import { ImportErrors } from './import.errors';

/**
 * The first rows as the import would store them, with each row's problems, under the mapping asked
 * for, else the job's own, else the suggested one.
 */
@Injectable()
export class PreviewImportUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly jobs: ImportJobRepository,
    private readonly staging: ImportStagingRepository,
    private readonly catalog: ImportFieldCatalog,
    private readonly validator: ImportRowValidator,
  ) {}

  async execute(input: MembershipRequest<'membership.import.preview'>): Promise<ImportPreviewRowDto[]> {
    const { job, rows } = await this.unitOfWork.run(async () => {
      const job = await this.jobs.find(input.id);
      if (!job) throw ImportErrors.notFound(input.id);
      return { job, rows: await this.staging.rawRows(job.id, 0, input.first) };
    });
    const mapping: ImportColumnMapping[] =
      input.mapping ??
      job.mapping ??
      this.catalog.suggest(job.columns).flatMap(({ column, field }) => (field ? [{ column, field }] : []));
    if (input.mapping) checkMapping(job.columns, input.mapping, this.catalog);
    const resolved = resolveMapping(job.columns, mapping, this.catalog);
    return rows.map((row) => {
      const cells = JSON.parse(row.cells) as string[];
      const { values, issues } = row.problem
        ? { values: {}, issues: [{ field: null, message: row.problem }] }
        : this.validator.validate(cells, resolved);
      return {
        rowNumber: row.rowNumber,
        line: row.line,
        values: resolved.cells.map(({ field }) => ({
          field: field.key,
          value: display(values[field.column]),
        })),
        errors: issues,
      };
    });
  }
}

function display(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value);
}
