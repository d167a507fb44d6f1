import { Injectable } from '@nestjs/common';
import { relationshipEvents } from '@groundwork/contracts';
import { OutboxWriter, UnitOfWork } from '@groundwork/service-kit';
import { RelationshipErrors } from './relationship.errors';
import { RelationshipRepository } from './relationship.repository';

@Injectable()
export class RemoveRelationshipUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly relationships: RelationshipRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  execute(id: string): Promise<void> {
    return this.unitOfWork.run(async () => {
      const removed = await this.relationships.remove(id);
      if (!removed) throw RelationshipErrors.notFound(id);
      await this.outbox.append(relationshipEvents.relationshipRemoved, {
        relationshipId: removed.id,
        type: removed.type,
        fromPersonId: removed.fromPersonId,
        toPersonId: removed.toPersonId,
      });
    });
  }
}
