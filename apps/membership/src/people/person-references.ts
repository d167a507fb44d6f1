import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { TenantContext } from '@groundwork/service-kit';
import type { PersonEntity, PersonField } from './person.entity';
import { PersonErrors } from './person.errors';

/**
 * Checks what a person's profile points at, inside the unit of work: the referrer is another person
 * of the coalition (and only with source REFERRAL), the assigned organizer a user of it. The foreign
 * keys hold the same; checking first turns a violation into a BAD_USER_INPUT naming the field.
 */
@Injectable()
export class PersonReferences {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: TenantContext,
  ) {}

  async check(person: PersonEntity, changed: readonly PersonField[]): Promise<void> {
    if (person.referredByPersonId !== null) {
      if (person.source !== 'REFERRAL') throw PersonErrors.referrerWithoutReferral();
      if (changed.includes('referredByPersonId')) {
        if (person.referredByPersonId === person.id) throw PersonErrors.selfReferral();
        if (!(await this.exists('people', 'id', person.referredByPersonId)))
          throw PersonErrors.unknownReferrer();
      }
    }
    if (person.assignedOrganizerId !== null && changed.includes('assignedOrganizerId')) {
      if (!(await this.exists('memberships', 'user_id', person.assignedOrganizerId))) {
        throw PersonErrors.unknownOrganizer();
      }
    }
  }

  private async exists(
    table: 'people' | 'memberships',
    column: 'id' | 'user_id',
    id: string,
  ): Promise<boolean> {
    const rows: unknown[] = await this.txHost.tx.query(
      `SELECT 1 FROM membership.${table} WHERE tenant_id = $1 AND ${column} = $2`,
      [this.context.tenantId(), id],
    );
    return rows.length > 0;
  }
}
