import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { relationshipEvents, type MembershipRpc, type RpcParsedRequest } from '@groundwork/contracts';
import { OutboxWriter, TenantContext, UnitOfWork } from '@groundwork/service-kit';
import { CoalitionReferences } from '../organizations/coalition-references';
import { RelationshipEntity } from './relationship.entity';
import { RelationshipRepository } from './relationship.repository';

export type CreateRelationshipInput = RpcParsedRequest<MembershipRpc['membership.relationship.create']>;

/** Links two living people of the coalition; the same link twice is a CONFLICT. */
@Injectable()
export class CreateRelationshipUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly context: TenantContext,
    private readonly references: CoalitionReferences,
    private readonly relationships: RelationshipRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  execute(input: CreateRelationshipInput): Promise<RelationshipEntity> {
    return this.unitOfWork.run(async () => {
      await this.references.assertLivingPeople({
        fromPersonId: input.fromPersonId,
        toPersonId: input.toPersonId,
      });
      const relationship = RelationshipEntity.create(
        {
          tenantId: this.context.tenantId(),
          id: randomUUID(),
          type: input.type,
          fromPersonId: input.fromPersonId,
          toPersonId: input.toPersonId,
          notes: input.notes ?? null,
          startedOn: input.startedOn ?? null,
          endedOn: input.endedOn ?? null,
        },
        new Date(),
      );
      await this.relationships.insert(relationship);
      await this.outbox.append(relationshipEvents.relationshipCreated, {
        relationshipId: relationship.id,
        type: relationship.type,
        fromPersonId: relationship.fromPersonId,
        toPersonId: relationship.toPersonId,
        createdAt: relationship.createdAt.toISOString(),
      });
      return relationship;
    });
  }
}
