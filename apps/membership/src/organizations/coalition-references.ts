import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { TenantContext } from '@groundwork/service-kit';
import { OrganizationErrors } from './organization.errors';

/**
 * Checks, inside the current unit of work, that ids a request names are people (or users) of the
 * coalition in context. Another coalition's person is indistinguishable from no person: NOT_FOUND
 * naming the field. Archived people cannot gain new links (CONFLICT naming the field).
 */
@Injectable()
export class CoalitionReferences {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: TenantContext,
  ) {}

  /** `fields` maps a request field (`personId`, `contactPersonIds`) to the id or ids it names. */
  async assertLivingPeople(fields: Record<string, string | readonly string[]>): Promise<void> {
    await this.assertPeople(fields, true);
  }

  /** Like {@link assertLivingPeople}, archived people included: for reads about them. */
  async assertPeopleExist(fields: Record<string, string | readonly string[]>): Promise<void> {
    await this.assertPeople(fields, false);
  }

  private async assertPeople(
    fields: Record<string, string | readonly string[]>,
    living: boolean,
  ): Promise<void> {
    const ids = [...new Set(Object.values(fields).flat())];
    if (ids.length === 0) return;
    const rows = await this.txHost.tx.query<Array<{ id: string; archived: boolean }>>(
      `SELECT id, archived_at IS NOT NULL AS archived FROM membership.people WHERE tenant_id = $1 AND id = ANY($2::uuid[])`,
      [this.context.tenantId(), ids],
    );
    const found = new Map(rows.map((row) => [row.id, row.archived]));
    for (const [field, value] of Object.entries(fields)) {
      const named =
        typeof value === 'string'
          ? [[field, value] as const]
          : value.map((id, index) => [`${field}.${index}`, id] as const);
      for (const [path, id] of named) {
        const archived = found.get(id);
        if (archived === undefined) throw referenceNotFound(path, 'person', id);
        if (archived && living) throw OrganizationErrors.referencedPersonArchived(path, id);
      }
    }
  }

  /** The user must be a member of the coalition (organizers are users, not people). */
  async assertMemberUser(field: string, userId: string): Promise<void> {
    const rows = await this.txHost.tx.query<unknown[]>(
      `SELECT 1 FROM membership.memberships WHERE tenant_id = $1 AND user_id = $2`,
      [this.context.tenantId(), userId],
    );
    if (rows.length === 0) throw referenceNotFound(field, 'user', userId);
  }
}

export const referenceNotFound = OrganizationErrors.referenceNotFound;
