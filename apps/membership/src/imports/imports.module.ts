import { Module } from '@nestjs/common';
import { DuplicatesModule } from '../duplicates/duplicates.module';
import { loadPeopleConfig } from '../people/people.config';
import { DEFAULT_PHONE_REGION, PersonDetailsNormalizer } from '../people/person-details.normalizer';
import { AppendImportRowsUseCase } from './append-import-rows.use-case';
import { BeginUploadUseCase } from './begin-upload.use-case';
import { CheckImportUseCase } from './check-import.use-case';
import { FinishUploadUseCase } from './finish-upload.use-case';
import { GetImportUseCase } from './get-import.use-case';
import { ImportFieldCatalog } from './import-field-catalog';
import { ImportJobProcessor } from './import-job.processor';
import { ImportJobRepository } from './import-job.repository';
import { ImportRowValidator } from './import-row.validator';
import { ImportRunner } from './import-runner';
import { ImportStagingRepository } from './import-staging.repository';
import { importsConfigProvider } from './imports.config';
import { ImportsRpcController } from './imports.rpc-controller';
import { ListImportsUseCase } from './list-imports.use-case';
import { PeopleImportWriter } from './people-import.writer';
import { PreviewImportUseCase } from './preview-import.use-case';
import { RejectedRowsUseCase } from './rejected-rows.use-case';
import { RetryImportUseCase } from './retry-import.use-case';
import { StartImportUseCase } from './start-import.use-case';
import { UndoImportUseCase } from './undo-import.use-case';

/** CSV imports of people: staging, preview, the background runner, undo. */
@Module({
  imports: [DuplicatesModule],
  providers: [
    // Rows are normalized exactly as membership.person.create normalizes its input.
    { provide: DEFAULT_PHONE_REGION, useFactory: () => loadPeopleConfig().DEFAULT_PHONE_REGION },
    PersonDetailsNormalizer,
    importsConfigProvider,
    ImportFieldCatalog,
    ImportRowValidator,
    ImportJobRepository,
    ImportStagingRepository,
    PeopleImportWriter,
    ImportJobProcessor,
    ImportRunner,
    BeginUploadUseCase,
    AppendImportRowsUseCase,
    FinishUploadUseCase,
    GetImportUseCase,
    ListImportsUseCase,
    PreviewImportUseCase,
    StartImportUseCase,
    CheckImportUseCase,
    RetryImportUseCase,
    UndoImportUseCase,
    RejectedRowsUseCase,
    ImportsRpcController,
  ],
})
export class ImportsModule {}
