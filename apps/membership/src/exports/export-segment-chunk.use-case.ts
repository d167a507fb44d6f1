import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { ExportColumn, segmentEvents, uuid, type ExportChunkDto } from '@groundwork/contracts';
import { PagingErrors, OutboxWriter, UnitOfWork } from '@groundwork/service-kit';
import type { MembershipRequest } from '../membership-rpc';
import { SavedSegmentFilter } from '../segments/saved-segment-filter';
import { SegmentPeopleRepository } from '../segments/segment-people.repository';
import { SqlParameters } from '../segments/sql-parameters';
import { EXPORT_CATALOGUE, customFieldCell, customFieldKeyOf } from './export-columns';
import { ExportErrors } from './export.errors';

const personId = uuid();

/**
 * One chunk of a segment's CSV export, in person id order (the cursor is the last id), so the gateway
 * streams any size of segment one chunk at a time and membership never holds more than a chunk.
 * DO_NOT_CONTACT and archived people are always left out; with a channel, people without consent too.
 * The first chunk records an `export-started` event (who, which segment, which columns).
 */
@Injectable()
export class ExportSegmentChunkUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly saved: SavedSegmentFilter,
    private readonly people: SegmentPeopleRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  execute(input: MembershipRequest<'membership.segment.export-chunk'>): Promise<ExportChunkDto> {
    if (input.after !== undefined && !personId.safeParse(input.after).success)
      throw PagingErrors.invalidCursor();
    return this.unitOfWork.run(async () => {
      const filter = await this.saved.of(input.segmentId);
      const { sql, params } = await this.people.where({
        filter,
        channel: input.channel,
        excludeDoNotContact: true,
      });
      const cells = await this.cells(input.columns, params);
      const after = input.after ? `AND p.id > ${params.add(input.after, 'uuid')}` : '';
      const rows: Array<{ id: string; cells: string[] }> = await this.txHost.tx.query(
        `SELECT p.id, ARRAY[${cells.join(', ')}]::text[] AS cells FROM membership.people p
          WHERE ${sql} ${after} ORDER BY p.id LIMIT ${params.add(input.limit, 'int')}`,
        params.values,
      );
      if (!input.after) {
        await this.outbox.append(segmentEvents.exported, {
          segmentId: input.segmentId,
          columns: input.columns,
          channel: input.channel ?? null,
        });
      }
      return {
        header: input.columns,
        rows: rows.map((row) => row.cells),
        nextCursor: rows.length === input.limit ? rows.at(-1)!.id : null,
      };
    });
  }

  private async cells(columns: string[], params: SqlParameters): Promise<string[]> {
    const keys = columns.map(customFieldKeyOf).filter((key): key is string => key !== undefined);
    const known = await this.people.customFieldShapes(keys);
    return columns.map((column, index) => {
      const key = customFieldKeyOf(column);
      if (key === undefined) return EXPORT_CATALOGUE[ExportColumn.parse(column)].sql('p');
      if (!known.has(key)) throw ExportErrors.unknownColumn(index);
      return customFieldCell(key, params, 'p');
    });
  }
}
