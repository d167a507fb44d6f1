import { Injectable } from '@nestjs/common';
import type { ImportFieldDto, ImportJobDto, ImportPreviewRowDto, Page } from '@groundwork/contracts';
import { RpcHandler } from '@groundwork/service-kit';
import type { MembershipReply, MembershipRequest } from '../membership-rpc';
import { AppendImportRowsUseCase } from './append-import-rows.use-case';
import { BeginUploadUseCase } from './begin-upload.use-case';
import { CheckImportUseCase } from './check-import.use-case';
import { FinishUploadUseCase } from './finish-upload.use-case';
import { GetImportUseCase } from './get-import.use-case';
import { ImportFieldCatalog } from './import-field-catalog';
import type { ImportJob } from './import-job';
import { toImportJobDto } from './import-job.mapper';
import { ListImportsUseCase } from './list-imports.use-case';
import { PreviewImportUseCase } from './preview-import.use-case';
import { RejectedRowsUseCase } from './rejected-rows.use-case';
import { RetryImportUseCase } from './retry-import.use-case';
import { StartImportUseCase } from './start-import.use-case';
import { UndoImportUseCase } from './undo-import.use-case';

/** NATS adapter for the import use cases. */
@Injectable()
export class ImportsRpcController {
  constructor(
    private readonly beginUpload: BeginUploadUseCase,
    private readonly appendRows: AppendImportRowsUseCase,
    private readonly finishUpload: FinishUploadUseCase,
    private readonly getImport: GetImportUseCase,
    private readonly listImports: ListImportsUseCase,
    private readonly previewImport: PreviewImportUseCase,
    private readonly startImport: StartImportUseCase,
    private readonly checkImport: CheckImportUseCase,
    private readonly retryImport: RetryImportUseCase,
    private readonly undoImport: UndoImportUseCase,
    private readonly rejectedRows: RejectedRowsUseCase,
    private readonly catalog: ImportFieldCatalog,
  ) {}

  @RpcHandler('membership.import.begin-upload')
  async begin(input: MembershipRequest<'membership.import.begin-upload'>): Promise<ImportJobDto> {
    return this.dto(await this.beginUpload.execute(input));
  }

  @RpcHandler('membership.import.append-rows')
  async append(input: MembershipRequest<'membership.import.append-rows'>): Promise<{ rowsStored: number }> {
    return { rowsStored: await this.appendRows.execute(input) };
  }

  @RpcHandler('membership.import.finish-upload')
  async finish(input: MembershipRequest<'membership.import.finish-upload'>): Promise<ImportJobDto> {
    return this.dto(await this.finishUpload.execute(input));
  }

  @RpcHandler('membership.import.get')
  async get(input: MembershipRequest<'membership.import.get'>): Promise<ImportJobDto | null> {
    const job = await this.getImport.execute(input.id);
    return job ? this.dto(job) : null;
  }

  @RpcHandler('membership.import.list')
  async list(input: MembershipRequest<'membership.import.list'>): Promise<Page<ImportJobDto>> {
    const page = await this.listImports.execute(input);
    return { ...page, items: page.items.map((job) => this.dto(job)) };
  }

  @RpcHandler('membership.import.fields')
  fields(): ImportFieldDto[] {
    return this.catalog.describe();
  }

  @RpcHandler('membership.import.preview')
  preview(input: MembershipRequest<'membership.import.preview'>): Promise<ImportPreviewRowDto[]> {
    return this.previewImport.execute(input);
  }

  @RpcHandler('membership.import.start')
  async start(input: MembershipRequest<'membership.import.start'>): Promise<ImportJobDto> {
    return this.dto(await this.startImport.execute(input));
  }

  @RpcHandler('membership.import.check')
  async check(input: MembershipRequest<'membership.import.check'>): Promise<ImportJobDto> {
    return this.dto(await this.checkImport.execute(input));
  }

  @RpcHandler('membership.import.retry')
  async retry(input: MembershipRequest<'membership.import.retry'>): Promise<ImportJobDto> {
    return this.dto(await this.retryImport.execute(input.id));
  }

  @RpcHandler('membership.import.undo')
  async undo(input: MembershipRequest<'membership.import.undo'>): Promise<ImportJobDto> {
    return this.dto(await this.undoImport.execute(input.id));
  }

  @RpcHandler('membership.import.rejected-rows')
  rejected(
    input: MembershipRequest<'membership.import.rejected-rows'>,
  ): Promise<MembershipReply<'membership.import.rejected-rows'>> {
    return this.rejectedRows.execute(input);
  }

  private dto(job: ImportJob): ImportJobDto {
    return toImportJobDto(job, this.catalog);
  }
}
