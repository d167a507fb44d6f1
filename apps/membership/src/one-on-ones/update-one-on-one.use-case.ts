import { Injectable } from '@nestjs/common';
import { relationshipEvents } from '@groundwork/contracts';
import { OutboxWriter, UnitOfWork } from '@groundwork/service-kit';
import { CoalitionReferences } from '../organizations/coalition-references';
import { changesForUpdate, type UpdateOneOnOneInput } from './one-on-one-details';
import type { OneOnOneEntity } from './one-on-one.entity';
import { OneOnOneErrors } from './one-on-one.errors';
import { OneOnOneRepository } from './one-on-one.repository';

/** Changes the fields the request names; a request that changes nothing writes nothing. */
@Injectable()
export class UpdateOneOnOneUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly references: CoalitionReferences,
    private readonly oneOnOnes: OneOnOneRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  execute(input: UpdateOneOnOneInput): Promise<OneOnOneEntity> {
    const changes = changesForUpdate(input);
    return this.unitOfWork.run(async () => {
      const oneOnOne = await this.oneOnOnes.findById(input.id, true);
      if (!oneOnOne) throw OneOnOneErrors.notFound(input.id);
      if (changes.organizerId && changes.organizerId !== oneOnOne.organizerId) {
        await this.references.assertMemberUser('organizerId', changes.organizerId);
      }
      if (changes.personId && changes.personId !== oneOnOne.personId) {
        await this.references.assertLivingPeople({ personId: changes.personId });
      }
      const changedFields = oneOnOne.applyChanges(changes, new Date());
      if (changedFields.length === 0) return oneOnOne;
      if (oneOnOne.nextStepDueOn !== null && oneOnOne.nextStepDueOn < oneOnOne.heldOn)
        throw OneOnOneErrors.dueBeforeHeld();
      await this.oneOnOnes.save(oneOnOne);
      await this.outbox.append(relationshipEvents.oneOnOneUpdated, {
        oneOnOneId: oneOnOne.id,
        changedFields,
        updatedAt: oneOnOne.updatedAt.toISOString(),
      });
      return oneOnOne;
    });
  }
}
