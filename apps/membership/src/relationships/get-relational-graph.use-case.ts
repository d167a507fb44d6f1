import { Injectable } from '@nestjs/common';
import type { MembershipRpc, RpcParsedRequest } from '@groundwork/contracts';
import { UnitOfWork } from '@groundwork/service-kit';
import { CoalitionReferences } from '../organizations/coalition-references';
import { RelationalQueriesRepository, type GraphSlice } from './relational-queries.repository';

export type RelationalGraphInput = RpcParsedRequest<MembershipRpc['membership.relationship.graph']>;

/** A person's relational graph to depth 1 or 2, at most `maxNodes` people. */
@Injectable()
export class GetRelationalGraphUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly references: CoalitionReferences,
    private readonly queries: RelationalQueriesRepository,
  ) {}

  execute(input: RelationalGraphInput): Promise<GraphSlice> {
    return this.unitOfWork.run(async () => {
      await this.references.assertPeopleExist({ personId: input.personId });
      return this.queries.graph(input.personId, input.depth, input.maxNodes);
    });
  }
}
