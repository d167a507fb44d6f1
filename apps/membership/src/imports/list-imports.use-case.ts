import { Injectable } from '@nestjs/common';
import type { Page } from '@groundwork/contracts';
import { PagingErrors, UnitOfWork } from '@groundwork/service-kit';
import { z } from 'zod';
import type { MembershipRequest } from '../membership-rpc';
import type { ImportJob } from './import-job';
import { ImportJobRepository } from './import-job.repository';

const CursorSchema = z.tuple([z.iso.datetime(), z.uuid()]);

/** The coalition's imports, newest first, with keyset cursors. */
@Injectable()
export class ListImportsUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly jobs: ImportJobRepository,
  ) {}

  async execute(input: MembershipRequest<'membership.import.list'>): Promise<Page<ImportJob>> {
    const after = input.after === undefined ? undefined : decodeCursor(input.after);
    const { rows, totalCount } = await this.unitOfWork.run(() => this.jobs.page(input.first + 1, after));
    const items = rows.slice(0, input.first);
    const last = items.at(-1);
    return {
      items,
      totalCount,
      hasNextPage: rows.length > input.first,
      endCursor: last
        ? Buffer.from(JSON.stringify([last.createdAt.toISOString(), last.id])).toString('base64url')
        : null,
    };
  }
}

function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = undefined;
  }
  const result = CursorSchema.safeParse(parsed);
  if (!result.success) throw PagingErrors.invalidCursor();
  return { createdAt: new Date(result.data[0]), id: result.data[1] };
}
