import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { TenantContext } from '@groundwork/service-kit';
import { nameKey, type AuditNameKind, type AuditNames } from './audit-sentence';

/** Where each kind of name is read from, by id within the coalition. */
const SOURCES: Record<AuditNameKind, string> = {
  // Users have no tenant of their own: only members of this coalition are named (as their policy says).
  user: `SELECT u.id::text, u.name FROM membership.users u
          JOIN membership.memberships m ON m.user_id = u.id AND m.tenant_id = $1
         WHERE u.id = ANY($2::uuid[])`,
  apiToken: `SELECT id::text, name FROM membership.api_tokens WHERE tenant_id = $1 AND id = ANY($2::uuid[])`,
  person: `SELECT id::text, first_name || ' ' || last_name AS name FROM membership.people
            WHERE tenant_id = $1 AND id = ANY($2::uuid[])`,
  level: `SELECT id::text, name FROM membership.ladder_levels WHERE tenant_id = $1 AND id = ANY($2::uuid[])`,
  levelChangeReason: `SELECT id::text, reason AS name FROM membership.level_changes
                       WHERE tenant_id = $1 AND id = ANY($2::uuid[])`,
  organization: `SELECT id::text, name FROM membership.organizations WHERE tenant_id = $1 AND id = ANY($2::uuid[])`,
  segment: `SELECT id::text, name FROM membership.segments WHERE tenant_id = $1 AND id = ANY($2::uuid[])`,
  importFile: `SELECT id::text, file_name AS name FROM membership.import_jobs
                WHERE tenant_id = $1 AND id = ANY($2::uuid[]) AND file_name IS NOT NULL`,
  invitationEmail: `SELECT id::text, email AS name FROM membership.invitations
                     WHERE tenant_id = $1 AND id = ANY($2::uuid[])`,
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Today's names of the records a page of audit entries refers to: one query per kind present. */
@Injectable()
export class AuditNamesRepository {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: TenantContext,
  ) {}

  async names(references: Array<[AuditNameKind, string]>): Promise<AuditNames> {
    const idsByKind = new Map<AuditNameKind, Set<string>>();
    for (const [kind, id] of references) {
      if (!UUID.test(id)) continue;
      const ids = idsByKind.get(kind) ?? new Set<string>();
      ids.add(id);
      idsByKind.set(kind, ids);
    }
    const tenantId = this.context.tenantId();
    const names = new Map<string, string>();
    for (const [kind, ids] of idsByKind) {
      const rows = await this.txHost.tx.query<Array<{ id: string; name: string }>>(SOURCES[kind], [
        tenantId,
        [...ids],
      ]);
      for (const row of rows) names.set(nameKey(kind, row.id), row.name);
    }
    return names;
  }
}
