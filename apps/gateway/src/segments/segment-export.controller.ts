import { once } from 'node:events';
import { Controller, Get, Logger, Param, Req, Res } from '@nestjs/common';
import { ConsentChannel, EXPORT_LIMITS, exportColumns, uuid } from '@groundwork/contracts';
import { RpcClient, RpcError } from '@groundwork/service-kit/client';
import type { Request, Response } from 'express';
import { Caller, type HttpCaller } from '../auth/http-caller';
import { MinRole } from '../auth/min-role.decorator';
import { Role } from '../auth/role';
import { PublicErrorCode } from '../common/graphql-errors';
import { callContext } from '../graphql/graphql-context';
import { correlationIdOf } from '../http/correlation-id';
import { publicRpcError } from '../graphql/rpc-error.mapper';
import { HttpRefusal } from '../imports/http-authenticator';
import { exportCsvWriter, writeRows } from './segment-csv';

const segmentId = uuid();
const columnList = exportColumns();
const channelSchema = ConsentChannel.optional();

const RPC_STATUS: Record<string, number> = {
  [PublicErrorCode.BAD_USER_INPUT]: 400,
  [PublicErrorCode.NOT_FOUND]: 404,
  [PublicErrorCode.FORBIDDEN]: 403,
  [PublicErrorCode.UNAUTHENTICATED]: 401,
};

/**
 * `GET /api/segments/:id/export.csv?columns=first_name,email,custom.shift[&channel=EMAIL]`: the
 * segment's people as CSV, streamed. Membership answers one chunk at a time (keyset on person id) and
 * each chunk is written as the client reads it, so neither process holds the whole list. People marked
 * DO_NOT_CONTACT are never exported; with a channel, people without consent for it are left out too.
 * ORGANIZER or higher, checked by the global AuthGuard as for GraphQL.
 */
@Controller('api/segments')
export class SegmentExportController {
  private readonly logger = new Logger(SegmentExportController.name);

  constructor(private readonly rpc: RpcClient) {}

  @MinRole(Role.ORGANIZER)
  @Get(':id/export.csv')
  async export(
    @Req() request: Request,
    @Res() response: Response,
    @Param('id') id: string,
    @Caller() { context }: HttpCaller,
  ): Promise<void> {
    try {
      if (!segmentId.safeParse(id).success) throw refusal('id', 'must be a UUID');
      const columns = parseColumns(request.query.columns);
      const channel = channelSchema.safeParse(
        request.query.channel === undefined ? undefined : request.query.channel,
      );
      if (!channel.success) throw refusal('channel', 'must be EMAIL, SMS, PHONE or MAIL');
      const call = callContext(context);

      let after: string | undefined;
      let writer: ReturnType<typeof exportCsvWriter> | undefined;
      do {
        const chunk = await this.rpc.request(
          'membership.segment.export-chunk',
          {
            segmentId: id,
            columns,
            limit: EXPORT_LIMITS.maxChunk,
            ...(channel.data ? { channel: channel.data } : {}),
            ...(after ? { after } : {}),
          },
          { context: call },
        );
        if (!writer) {
          response.status(200);
          response.setHeader('Content-Type', 'text/csv; charset=utf-8');
          response.setHeader('Content-Disposition', `attachment; filename="segment-${id}.csv"`);
          response.setHeader('Cache-Control', 'no-store');
          writer = exportCsvWriter(chunk.header);
          writer.pipe(response);
        }
        if (!writeRows(writer, chunk.rows)) await once(writer, 'drain');
        after = chunk.nextCursor ?? undefined;
      } while (after && !response.destroyed);
      writer?.end();
    } catch (error) {
      this.refuse(response, error);
    }
  }

  private refuse(response: Response, error: unknown): void {
    const answer = asRefusal(error);
    if (!answer)
      this.logger.error({
        msg: 'segment export failed',
        correlationId: correlationIdOf(response.req),
        err: error,
      });
    if (response.headersSent) {
      // Mid-stream: cut the connection so the client sees a truncated download, never a silently short file.
      response.destroy();
      return;
    }
    const { status, code, message, extra } =
      answer ?? new HttpRefusal(500, PublicErrorCode.INTERNAL, 'internal error');
    response.status(status).json({ code, message, ...extra });
  }
}

function parseColumns(value: unknown): string[] {
  if (typeof value !== 'string' || value.trim() === '')
    throw refusal('columns', 'must list the columns, e.g. ?columns=first_name,email');
  const parsed = columnList.safeParse(value.split(',').map((column) => column.trim()));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw refusal(['columns', ...issue.path].join('.'), issue.message);
  }
  return parsed.data;
}

function refusal(field: string, message: string): HttpRefusal {
  return new HttpRefusal(400, PublicErrorCode.BAD_USER_INPUT, `${field} ${message}`, { field });
}

function asRefusal(error: unknown): HttpRefusal | null {
  if (error instanceof HttpRefusal) return error;
  if (error instanceof RpcError) {
    const known = publicRpcError(error);
    if (!known) return new HttpRefusal(503, 'UNAVAILABLE', 'membership is not answering; try again');
    return new HttpRefusal(RPC_STATUS[known.code] ?? 500, known.code, known.message, known.extensions ?? {});
  }
  return null;
}
