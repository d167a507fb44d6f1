import { Inject, Injectable } from '@nestjs/common';
import {
  IMPORT_LIMITS,
  type ImportDelimiter,
  type ImportJobDto,
  type StagedImportRow,
} from '@groundwork/contracts';
import { RpcClient, type RequestContext } from '@groundwork/service-kit/client';
import { CsvFileError, parseCsvUpload } from './csv-upload.parser';
import { GATEWAY_IMPORTS_CONFIG, type GatewayImportsConfig } from './imports.config';

/** Rows per batch sent to membership, and the bytes of cell text that keep a batch under NATS' 1 MB payload (JSON adds quotes and escapes). */
const BATCH_ROWS = IMPORT_LIMITS.maxBatchRows;
const BATCH_BYTES = 512 * 1024;
/** Batches in flight at once: parsing the next overlaps storing the last, and no more is buffered. */
const IN_FLIGHT = 2;

export interface UploadOutcome {
  job: ImportJobDto | null;
  error: CsvFileError | null;
}

/**
 * Streams a CSV body to membership: parses it as it arrives (see `parseCsvUpload`), opens the
 * import when the header is read, and sends rows in batches over NATS request-reply. A batch is
 * sent only when fewer than {@link IN_FLIGHT} are unanswered, and the body is read only as fast as
 * the parser is drained, so memory holds a couple of batches whatever the file size. Membership
 * appends each batch to its staging table with COPY. A refused file closes the import as FAILED.
 */
@Injectable()
export class ImportUploadService {
  constructor(
    private readonly rpc: RpcClient,
    @Inject(GATEWAY_IMPORTS_CONFIG) private readonly config: GatewayImportsConfig,
  ) {}

  async upload(
    body: AsyncIterable<Buffer>,
    context: RequestContext,
    options: { fileName: string | null; delimiter?: ImportDelimiter; bytesRead: () => number },
  ): Promise<UploadOutcome> {
    let job: ImportJobDto | null = null;
    let batch: StagedImportRow[] = [];
    let batchBytes = 0;
    let rowCount = 0;
    const inFlight = new Set<Promise<unknown>>();
    const send = async () => {
      const rows = batch;
      batch = [];
      batchBytes = 0;
      while (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight);
      const request = this.rpc
        .request('membership.import.append-rows', { importId: job!.id, rows }, { context })
        .finally(() => inFlight.delete(request));
      inFlight.add(request);
      // A failed batch fails the upload at the next send or at the end.
      request.catch(() => undefined);
    };
    try {
      const events = parseCsvUpload(
        body,
        {
          maxColumns: IMPORT_LIMITS.maxColumns,
          maxColumnName: IMPORT_LIMITS.maxColumnName,
          maxCellChars: IMPORT_LIMITS.maxCell,
          maxRecordChars: this.config.IMPORT_MAX_RECORD_CHARS,
          maxRows: this.config.IMPORT_MAX_ROWS,
        },
        options.delimiter,
      );
      for await (const event of events) {
        if (event.kind === 'header') {
          job = await this.rpc.request(
            'membership.import.begin-upload',
            { fileName: options.fileName, delimiter: event.delimiter, columns: event.columns },
            { context },
          );
          continue;
        }
        const { kind: _kind, ...row } = event;
        batch.push(row);
        rowCount += 1;
        for (const cell of row.cells) batchBytes += Buffer.byteLength(cell) + 3;
        if (batch.length >= BATCH_ROWS || batchBytes >= BATCH_BYTES) await send();
      }
      if (batch.length > 0) await send();
      await Promise.all(inFlight);
    } catch (error) {
      await Promise.allSettled(inFlight);
      if (!(error instanceof CsvFileError)) {
        if (job)
          await this.finish(
            job.id,
            rowCount,
            options.bytesRead(),
            context,
            new CsvFileError('UPLOAD_INTERRUPTED', 'the upload failed before the file ended'),
          ).catch(() => undefined);
        throw error;
      }
      return {
        job: job ? await this.finish(job.id, rowCount, options.bytesRead(), context, error) : null,
        error,
      };
    }
    const finished = await this.finish(job!.id, rowCount, options.bytesRead(), context, null);
    const failure = finished.status === 'FAILED' ? finished.errors[0] : undefined;
    return {
      job: finished,
      error: failure
        ? new CsvFileError(failure.reason as CsvFileError['reason'], failure.message, failure.line)
        : null,
    };
  }

  private finish(
    importId: string,
    rowCount: number,
    byteCount: number,
    context: RequestContext,
    error: CsvFileError | null,
  ): Promise<ImportJobDto> {
    return this.rpc.request(
      'membership.import.finish-upload',
      {
        importId,
        rowCount,
        byteCount,
        failure: error
          ? { reason: error.reason, message: error.message.slice(0, 500), line: error.line }
          : null,
      },
      { context },
    );
  }
}
