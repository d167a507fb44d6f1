import { Injectable } from '@nestjs/common';
import type { MembershipRpc, Page, RpcParsedRequest } from '@groundwork/contracts';
import { decodeCursor, encodeCursor, UnitOfWork } from '@groundwork/service-kit';
import { z } from 'zod';
import type { OrganizationEntity } from './organization.entity';
import { OrganizationErrors } from './organization.errors';
import { OrganizationRepository } from './organization.repository';

export type ListOrganizationsInput = RpcParsedRequest<MembershipRpc['membership.organization.list']>;

const CONTROL_CHARACTERS = /\p{Cc}/u;
const cursorSchema = z.tuple([z.uuid()]);

/** One page of organizations in name order, with keyset cursors and the size of the filtered set. */
@Injectable()
export class ListOrganizationsUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly organizations: OrganizationRepository,
  ) {}

  async execute(input: ListOrganizationsInput): Promise<Page<OrganizationEntity>> {
    if (input.search && CONTROL_CHARACTERS.test(input.search)) throw OrganizationErrors.invalidSearch();
    const afterId = input.after ? decodeCursor(input.after, cursorSchema)[0] : undefined;
    const slice = await this.unitOfWork.run(() =>
      this.organizations.page({
        limit: input.first,
        afterId,
        search: input.search || undefined,
        types: input.types,
        statuses: input.statuses,
        includeArchived: input.includeArchived,
      }),
    );
    const last = slice.rows.at(-1);
    return {
      items: slice.rows,
      totalCount: slice.totalCount,
      hasNextPage: slice.hasMore,
      endCursor: last ? encodeCursor([last.id]) : null,
    };
  }
}
