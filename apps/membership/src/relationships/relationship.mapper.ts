import type { RelationshipDto } from '@groundwork/contracts';
import type { RelationshipEntity } from './relationship.entity';

export function toRelationshipDto(relationship: RelationshipEntity): RelationshipDto {
  return {
    id: relationship.id,
    type: relationship.type,
    directed: relationship.directed,
    fromPersonId: relationship.fromPersonId,
    toPersonId: relationship.toPersonId,
    notes: relationship.notes,
    startedOn: relationship.startedOn,
    endedOn: relationship.endedOn,
    createdAt: relationship.createdAt.toISOString(),
  };
}
