import { Injectable } from '@nestjs/common';
import type { AuditEntryDto, Page } from '@groundwork/contracts';
import { UnitOfWork, decodeKeysetCursor, encodeKeysetCursor } from '@groundwork/service-kit';
import type { MembershipRequest } from '../membership-rpc';
import { toAuditEntryDto } from './audit-entry.mapper';
import { AuditEntryRepository } from './audit-entry.repository';
import { AuditNamesRepository } from './audit-names.repository';
import { describeAuditEntry, referencedRecords } from './audit-sentence';

/**
 * One page of the audit log, newest first, narrowed by person, actor, action prefix and time; each
 * entry in words, with the names its records have now.
 */
@Injectable()
export class ListAuditLogUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly entries: AuditEntryRepository,
    private readonly names: AuditNamesRepository,
  ) {}

  async execute(input: MembershipRequest<'membership.audit.list'>): Promise<Page<AuditEntryDto>> {
    const after = input.after === undefined ? undefined : decodeKeysetCursor(input.after);
    const { slice, names } = await this.unitOfWork.run(async () => {
      const slice = await this.entries.page({
        limit: input.first,
        after,
        personId: input.personId,
        actorId: input.actorId,
        actionPrefix: input.action || undefined,
        from: input.from ? new Date(input.from) : undefined,
        to: input.to ? new Date(input.to) : undefined,
      });
      return { slice, names: await this.names.names(slice.rows.flatMap(referencedRecords)) };
    });
    const last = slice.rows.at(-1);
    return {
      items: slice.rows.map((row) => toAuditEntryDto(row, describeAuditEntry(row, names))),
      totalCount: slice.totalCount,
      hasNextPage: slice.hasMore,
      endCursor: last ? encodeKeysetCursor({ at: last.occurredAt, id: last.id }) : null,
    };
  }
}
