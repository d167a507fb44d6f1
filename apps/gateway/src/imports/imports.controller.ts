import { Controller, Get, Inject, Logger, Param, Post, Req, Res } from '@nestjs/common';
import { ImportDelimiter, uuid } from '@groundwork/contracts';
import { RpcClient, RpcError } from '@groundwork/service-kit/client';
import type { Request, Response } from 'express';
import { Caller, type HttpCaller } from '../auth/http-caller';
import { MinRole } from '../auth/min-role.decorator';
import { Role } from '../auth/role';
import { PublicErrorCode } from '../common/graphql-errors';
import { callContext } from '../graphql/graphql-context';
import { correlationIdOf } from '../http/correlation-id';
import { publicRpcError } from '../graphql/rpc-error.mapper';
import { CsvFileError } from './csv-upload.parser';
import { HttpRefusal } from './http-authenticator';
import { ImportUploadService } from './import-upload.service';
import { GATEWAY_IMPORTS_CONFIG, type GatewayImportsConfig } from './imports.config';
import { rejectedRowsCsv } from './rejected-rows.csv';

const CSV_TYPES = new Set(['text/csv', 'application/csv']);
const DELIMITERS: Record<string, ImportDelimiter> = { comma: ',', semicolon: ';', tab: '\t', pipe: '|' };
const FILE_NAME = /^[^\p{Cc}\p{Cf}<>/\\]{1,200}$/u;
const importId = uuid();

const RPC_STATUS: Record<string, number> = {
  [PublicErrorCode.BAD_USER_INPUT]: 400,
  [PublicErrorCode.NOT_FOUND]: 404,
  [PublicErrorCode.CONFLICT]: 409,
  [PublicErrorCode.FORBIDDEN]: 403,
  [PublicErrorCode.UNAUTHENTICATED]: 401,
  [PublicErrorCode.RATE_LIMITED]: 429,
};

/**
 * The import endpoints that carry files rather than GraphQL:
 * - `POST /api/imports` with the CSV as the body (`Content-Type: text/csv`, UTF-8), streamed to
 *   membership as it arrives; answers `201 { importId, … }`, or 400 / 413 / 415 with
 *   `{ code, reason, message, line }`. Optional: `X-File-Name` header, `?delimiter=comma|semicolon|tab|pipe`.
 * - `GET /api/imports/:id/rejected.csv`: the rejected rows with their reasons, streamed.
 * ORGANIZER or higher (the upload needs the WRITE scope), checked by the global AuthGuard as for GraphQL.
 */
@Controller('api/imports')
export class ImportsController {
  private readonly logger = new Logger(ImportsController.name);

  constructor(
    private readonly uploads: ImportUploadService,
    private readonly rpc: RpcClient,
    @Inject(GATEWAY_IMPORTS_CONFIG) private readonly config: GatewayImportsConfig,
  ) {}

  @MinRole(Role.ORGANIZER)
  @Post()
  async upload(
    @Req() request: Request,
    @Res() response: Response,
    @Caller() { context }: HttpCaller,
  ): Promise<void> {
    await this.respond(request, response, async () => {
      checkContentType(request.headers['content-type']);
      const declared = Number(request.headers['content-length'] ?? 0);
      if (declared > this.config.IMPORT_MAX_BYTES) throw tooLarge(this.config.IMPORT_MAX_BYTES);
      const delimiter = delimiterFrom(request.query.delimiter);
      let bytes = 0;
      const max = this.config.IMPORT_MAX_BYTES;
      async function* body(): AsyncGenerator<Buffer> {
        for await (const chunk of request as AsyncIterable<Buffer>) {
          bytes += chunk.length;
          if (bytes > max) throw new CsvFileError('FILE_TOO_LARGE', `the file is larger than ${max} bytes`);
          yield chunk;
        }
      }
      const { job, error } = await this.uploads.upload(body(), callContext(context), {
        fileName: fileNameFrom(request.headers['x-file-name']),
        delimiter,
        bytesRead: () => bytes,
      });
      if (error) {
        const status = error.reason === 'FILE_TOO_LARGE' ? 413 : 400;
        const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : PublicErrorCode.BAD_USER_INPUT;
        throw new HttpRefusal(status, code, error.message, {
          reason: error.reason,
          line: error.line,
          importId: job?.id ?? null,
        });
      }
      response.status(201).json({
        importId: job!.id,
        status: job!.status,
        rowCount: job!.rowCount,
        columns: job!.columns,
        delimiter: job!.delimiter,
      });
    });
  }

  @MinRole(Role.ORGANIZER)
  @Get(':id/rejected.csv')
  async rejected(
    @Req() request: Request,
    @Res() response: Response,
    @Param('id') id: string,
    @Caller() { context }: HttpCaller,
  ): Promise<void> {
    await this.respond(request, response, async () => {
      if (!importId.safeParse(id).success) {
        throw new HttpRefusal(400, PublicErrorCode.BAD_USER_INPUT, 'id must be a UUID', { field: 'id' });
      }
      await rejectedRowsCsv(this.rpc, callContext(context), id, response);
    });
  }

  /** Runs `handle`, turning refusals and service errors into JSON answers with a status. */
  private async respond(request: Request, response: Response, handle: () => Promise<void>): Promise<void> {
    try {
      await handle();
    } catch (error) {
      const refusal = asRefusal(error);
      if (!refusal)
        this.logger.error({
          msg: 'import request failed',
          correlationId: correlationIdOf(request),
          err: error,
        });
      const answer = refusal ?? new HttpRefusal(500, PublicErrorCode.INTERNAL, 'internal error');
      if (!request.complete) {
        // Answer now and stop reading: the rest of a refused body is not wanted.
        response.setHeader('Connection', 'close');
        request.on('error', () => undefined);
        request.resume();
      }
      if (response.headersSent) {
        response.destroy();
        return;
      }
      response.status(answer.status).json({ code: answer.code, message: answer.message, ...answer.extra });
    }
  }
}

function checkContentType(header: string | undefined): void {
  const [type, ...parameters] = (header ?? '').split(';').map((part) => part.trim().toLowerCase());
  if (!type || !CSV_TYPES.has(type)) {
    throw new HttpRefusal(
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      `send the CSV file as the body with Content-Type: text/csv (got ${type || 'none'})`,
      {
        reason: 'NOT_CSV',
      },
    );
  }
  const charset = parameters
    .find((parameter) => parameter.startsWith('charset='))
    ?.slice('charset='.length)
    .replace(/"/g, '');
  if (charset && charset !== 'utf-8' && charset !== 'utf8') {
    throw new HttpRefusal(
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      `only UTF-8 files are accepted (got charset=${charset})`,
      { reason: 'NOT_UTF8' },
    );
  }
}

function delimiterFrom(value: unknown): ImportDelimiter | undefined {
  if (value === undefined) return undefined;
  const delimiter = typeof value === 'string' ? DELIMITERS[value] : undefined;
  if (!delimiter) {
    throw new HttpRefusal(
      400,
      PublicErrorCode.BAD_USER_INPUT,
      'delimiter must be comma, semicolon, tab or pipe',
      { field: 'delimiter' },
    );
  }
  return delimiter;
}

function fileNameFrom(header: string | string[] | undefined): string | null {
  if (typeof header !== 'string') return null;
  let name: string;
  try {
    name = decodeURIComponent(header).trim();
  } catch {
    return null;
  }
  return FILE_NAME.test(name) ? name : null;
}

function tooLarge(max: number): HttpRefusal {
  return new HttpRefusal(413, 'PAYLOAD_TOO_LARGE', `the file is larger than ${max} bytes`, {
    reason: 'FILE_TOO_LARGE',
  });
}

function asRefusal(error: unknown): HttpRefusal | null {
  if (error instanceof HttpRefusal) return error;
  if (error instanceof RpcError) {
    const known = publicRpcError(error);
    if (!known) return new HttpRefusal(503, 'UNAVAILABLE', 'the import service is not answering; try again');
    return new HttpRefusal(RPC_STATUS[known.code] ?? 500, known.code, known.message, known.extensions ?? {});
  }
  return null;
}
