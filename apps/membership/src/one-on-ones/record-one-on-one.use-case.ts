import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { relationshipEvents } from '@groundwork/contracts';
import { OutboxWriter, TenantContext, UnitOfWork } from '@groundwork/service-kit';
import { CoalitionReferences } from '../organizations/coalition-references';
import { detailsForRecord, type RecordOneOnOneInput } from './one-on-one-details';
import { OneOnOneEntity } from './one-on-one.entity';
import { OneOnOneErrors } from './one-on-one.errors';
import { OneOnOneRepository } from './one-on-one.repository';

/**
 * Records a one-on-one. The organizer defaults to the user recording it; an API token must name
 * one. The organizer must be a user of the coalition and the person a living person of it.
 */
@Injectable()
export class RecordOneOnOneUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly context: TenantContext,
    private readonly references: CoalitionReferences,
    private readonly oneOnOnes: OneOnOneRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  execute(input: RecordOneOnOneInput): Promise<OneOnOneEntity> {
    const organizerId = input.organizerId ?? this.context.actingUserId();
    if (!organizerId) throw OneOnOneErrors.organizerRequired();
    return this.unitOfWork.run(async () => {
      await this.references.assertMemberUser('organizerId', organizerId);
      await this.references.assertLivingPeople({ personId: input.personId });
      const oneOnOne = OneOnOneEntity.create(
        this.context.tenantId(),
        randomUUID(),
        detailsForRecord(input, organizerId),
        new Date(),
      );
      await this.oneOnOnes.insert(oneOnOne);
      await this.outbox.append(relationshipEvents.oneOnOneRecorded, {
        oneOnOneId: oneOnOne.id,
        organizerId: oneOnOne.organizerId,
        personId: oneOnOne.personId,
        heldOn: oneOnOne.heldOn,
        relationshipStrength: oneOnOne.relationshipStrength,
      });
      return oneOnOne;
    });
  }
}
