import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { consentEvents, type ConsentRecordDto } from '@groundwork/contracts';
import { OutboxWriter, TenantContext, UnitOfWork } from '@groundwork/service-kit';
import { PersonLookup } from '../ladder/person-lookup';
import type { MembershipRequest } from '../membership-rpc';
import { toConsentRecordDto, type ConsentRecordRow } from './consent.mapper';
import { ConsentRepository } from './consent.repository';

/**
 * Appends a consent record (granted or withdrawn) with its source and wording. Archived people may
 * still withdraw. The current consent follows from the latest record (see the consent migration).
 */
@Injectable()
export class RecordConsentUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly context: TenantContext,
    private readonly people: PersonLookup,
    private readonly consents: ConsentRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  execute(input: MembershipRequest<'membership.consent.record'>): Promise<ConsentRecordDto> {
    return this.unitOfWork.run(async () => {
      await this.people.requireExisting(input.personId);
      const row: ConsentRecordRow = {
        id: randomUUID(),
        person_id: input.personId,
        channel: input.channel,
        status: input.status,
        source: input.source,
        wording: input.wording,
        recorded_at: input.recordedAt ? new Date(input.recordedAt) : new Date(),
        recorded_by: this.context.actingUserId(),
      };
      await this.consents.append(row);
      await this.outbox.append(consentEvents.consentRecorded, {
        recordId: row.id,
        personId: row.person_id,
        channel: row.channel,
        status: row.status,
        recordedAt: row.recorded_at.toISOString(),
      });
      return toConsentRecordDto(row);
    });
  }
}
