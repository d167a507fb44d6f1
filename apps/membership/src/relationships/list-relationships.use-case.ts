import { Injectable } from '@nestjs/common';
import type { MembershipRpc, Page, RpcParsedRequest } from '@groundwork/contracts';
import { decodeCursor, encodeCursor, UnitOfWork } from '@groundwork/service-kit';
import { z } from 'zod';
import { CoalitionReferences } from '../organizations/coalition-references';
import type { RelationshipEntity } from './relationship.entity';
import { RelationshipRepository } from './relationship.repository';

export type ListRelationshipsInput = RpcParsedRequest<
  MembershipRpc['membership.relationship.list-by-person']
>;

const cursorSchema = z.tuple([z.iso.datetime(), z.uuid()]);

/** A person's relationships, either side, newest first; an unknown person is NOT_FOUND on personId. */
@Injectable()
export class ListRelationshipsUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly references: CoalitionReferences,
    private readonly relationships: RelationshipRepository,
  ) {}

  async execute(input: ListRelationshipsInput): Promise<Page<RelationshipEntity>> {
    const after = input.after ? decodeCursor(input.after, cursorSchema) : undefined;
    const slice = await this.unitOfWork.run(async () => {
      await this.references.assertPeopleExist({ personId: input.personId });
      return this.relationships.pageOfPerson(
        input.personId,
        input.first,
        after && { createdAt: new Date(after[0]), id: after[1] },
      );
    });
    const last = slice.rows.at(-1);
    return {
      items: slice.rows,
      totalCount: slice.totalCount,
      hasNextPage: slice.hasMore,
      endCursor: last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null,
    };
  }
}
