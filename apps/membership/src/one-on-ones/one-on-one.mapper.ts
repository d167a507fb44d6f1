import type { OneOnOneDto } from '@groundwork/contracts';
import type { OneOnOneEntity } from './one-on-one.entity';

export function toOneOnOneDto(oneOnOne: OneOnOneEntity): OneOnOneDto {
  return {
    id: oneOnOne.id,
    organizerId: oneOnOne.organizerId,
    personId: oneOnOne.personId,
    heldOn: oneOnOne.heldOn,
    durationMinutes: oneOnOne.durationMinutes,
    place: oneOnOne.place,
    selfInterest: oneOnOne.selfInterest,
    concerns: oneOnOne.concerns,
    commitmentAsked: oneOnOne.commitmentAsked,
    commitmentMade: oneOnOne.commitmentMade,
    nextStep: oneOnOne.nextStep,
    nextStepDueOn: oneOnOne.nextStepDueOn,
    relationshipStrength: oneOnOne.relationshipStrength,
    createdAt: oneOnOne.createdAt.toISOString(),
    updatedAt: oneOnOne.updatedAt.toISOString(),
  };
}
