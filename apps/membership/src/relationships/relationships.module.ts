import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module';
import { CreateRelationshipUseCase } from './create-relationship.use-case';
import { GetRelationalGraphUseCase } from './get-relational-graph.use-case';
import { ListLeaderRelationshipsUseCase } from './list-leader-relationships.use-case';
import { ListRelationshipsUseCase } from './list-relationships.use-case';
import { ListUnconnectedPeopleUseCase } from './list-unconnected-people.use-case';
import { RelationalQueriesRepository } from './relational-queries.repository';
import { RelationshipEntity } from './relationship.entity';
import { RelationshipRepository } from './relationship.repository';
import { RelationshipsRpcController } from './relationships.rpc-controller';
import { RemoveRelationshipUseCase } from './remove-relationship.use-case';

export const relationshipsEntities = [RelationshipEntity];

/** Typed links between people, and the relational queries over them (graph, leader coverage). */
@Module({
  imports: [OrganizationsModule],
  providers: [
    RelationshipRepository,
    RelationalQueriesRepository,
    CreateRelationshipUseCase,
    RemoveRelationshipUseCase,
    ListRelationshipsUseCase,
    GetRelationalGraphUseCase,
    ListLeaderRelationshipsUseCase,
    ListUnconnectedPeopleUseCase,
    RelationshipsRpcController,
  ],
})
export class RelationshipsModule {}
