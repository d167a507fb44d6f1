import { Injectable } from '@nestjs/common';
import type {
  LeaderRelationshipsDto,
  Page,
  RelationalGraphDto,
  RelationshipDto,
} from '@groundwork/contracts';
import { RpcHandler } from '@groundwork/service-kit';
import type { MembershipRequest } from '../membership-rpc';
import { CreateRelationshipUseCase } from './create-relationship.use-case';
import { GetRelationalGraphUseCase } from './get-relational-graph.use-case';
import { ListLeaderRelationshipsUseCase } from './list-leader-relationships.use-case';
import { ListRelationshipsUseCase } from './list-relationships.use-case';
import { ListUnconnectedPeopleUseCase } from './list-unconnected-people.use-case';
import { toRelationshipDto } from './relationship.mapper';
import { RemoveRelationshipUseCase } from './remove-relationship.use-case';

/** NATS adapter for relationships and the relational queries. */
@Injectable()
export class RelationshipsRpcController {
  constructor(
    private readonly createRelationship: CreateRelationshipUseCase,
    private readonly removeRelationship: RemoveRelationshipUseCase,
    private readonly listRelationships: ListRelationshipsUseCase,
    private readonly relationalGraph: GetRelationalGraphUseCase,
    private readonly leaderRelationships: ListLeaderRelationshipsUseCase,
    private readonly unconnectedPeople: ListUnconnectedPeopleUseCase,
  ) {}

  @RpcHandler('membership.relationship.create')
  async create(input: MembershipRequest<'membership.relationship.create'>): Promise<RelationshipDto> {
    return toRelationshipDto(await this.createRelationship.execute(input));
  }

  @RpcHandler('membership.relationship.remove')
  async remove(input: MembershipRequest<'membership.relationship.remove'>): Promise<{ ok: true }> {
    await this.removeRelationship.execute(input.id);
    return { ok: true };
  }

  @RpcHandler('membership.relationship.list-by-person')
  async listByPerson(
    input: MembershipRequest<'membership.relationship.list-by-person'>,
  ): Promise<Page<RelationshipDto>> {
    const page = await this.listRelationships.execute(input);
    return { ...page, items: page.items.map(toRelationshipDto) };
  }

  @RpcHandler('membership.relationship.graph')
  async graph(input: MembershipRequest<'membership.relationship.graph'>): Promise<RelationalGraphDto> {
    const graph = await this.relationalGraph.execute(input);
    return { ...graph, edges: graph.edges.map(toRelationshipDto) };
  }

  @RpcHandler('membership.relationship.per-leader')
  perLeader(
    input: MembershipRequest<'membership.relationship.per-leader'>,
  ): Promise<Page<LeaderRelationshipsDto>> {
    return this.leaderRelationships.execute(input);
  }

  @RpcHandler('membership.relationship.unconnected-people')
  unconnected(
    input: MembershipRequest<'membership.relationship.unconnected-people'>,
  ): Promise<Page<{ personId: string }>> {
    return this.unconnectedPeople.execute(input);
  }
}
