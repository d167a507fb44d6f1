import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { Role } from '@groundwork/contracts';
import type { MemberCursor } from './member-cursor';
import type { MemberUser } from './member-user';
import { MembershipEntity } from './membership.entity';

interface MemberRow {
  id: string;
  name: string;
  email: string;
  role: Role;
  joined_at: Date;
  cursor_at: string;
}

const MEMBER_COLUMNS = `u.id, u.name, u.email, m.role, m.joined_at, m.joined_at::text AS cursor_at`;

/** Memberships of one coalition, and the member users they join to. */
@Injectable()
export class MembershipRepository {
  constructor(private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>) {}

  find(tenantId: string, userId: string): Promise<MembershipEntity | null> {
    return this.txHost.tx.getRepository(MembershipEntity).findOneBy({ tenantId, userId });
  }

  async insert(membership: MembershipEntity): Promise<void> {
    await this.txHost.tx.getRepository(MembershipEntity).insert(membership);
  }

  async findMember(tenantId: string, userId: string): Promise<MemberUser | null> {
    const [member] = await this.getMany(tenantId, [userId]);
    return member ?? null;
  }

  async getMany(tenantId: string, userIds: string[]): Promise<MemberUser[]> {
    const rows: MemberRow[] = await this.txHost.tx.query(
      `SELECT ${MEMBER_COLUMNS} FROM membership.memberships m JOIN membership.users u ON u.id = m.user_id
        WHERE m.tenant_id = $1 AND m.user_id = ANY($2::uuid[])`,
      [tenantId, userIds],
    );
    return rows.map(toMember);
  }

  async findMemberByEmail(tenantId: string, email: string): Promise<MemberUser | null> {
    const rows: MemberRow[] = await this.txHost.tx.query(
      `SELECT ${MEMBER_COLUMNS} FROM membership.memberships m JOIN membership.users u ON u.id = m.user_id
        WHERE m.tenant_id = $1 AND u.email = $2`,
      [tenantId, email],
    );
    return rows[0] ? toMember(rows[0]) : null;
  }

  /** One page in (joined_at, user_id) order, plus the cursor of each row. */
  async page(
    tenantId: string,
    limit: number,
    after: MemberCursor | null,
  ): Promise<Array<{ member: MemberUser; cursor: MemberCursor }>> {
    const rows: MemberRow[] = after
      ? await this.txHost.tx.query(
          `SELECT ${MEMBER_COLUMNS} FROM membership.memberships m JOIN membership.users u ON u.id = m.user_id
            WHERE m.tenant_id = $1 AND (m.joined_at, m.user_id) > ($2::timestamptz, $3::uuid)
            ORDER BY m.joined_at, m.user_id LIMIT $4`,
          [tenantId, after.joinedAt, after.userId, limit],
        )
      : await this.txHost.tx.query(
          `SELECT ${MEMBER_COLUMNS} FROM membership.memberships m JOIN membership.users u ON u.id = m.user_id
            WHERE m.tenant_id = $1 ORDER BY m.joined_at, m.user_id LIMIT $2`,
          [tenantId, limit],
        );
    return rows.map((row) => ({
      member: toMember(row),
      cursor: { joinedAt: row.cursor_at, userId: row.id },
    }));
  }

  async count(tenantId: string): Promise<number> {
    return this.txHost.tx.getRepository(MembershipEntity).countBy({ tenantId });
  }

  /**
   * Locks the coalition's owner rows and returns their user ids. Two concurrent demotions of the
   * last two owners serialize here, and the second sees only one owner left.
   */
  async lockOwners(tenantId: string): Promise<string[]> {
    const rows: Array<{ user_id: string }> = await this.txHost.tx.query(
      `SELECT user_id FROM membership.memberships WHERE tenant_id = $1 AND role = 'OWNER' FOR UPDATE`,
      [tenantId],
    );
    return rows.map((row) => row.user_id);
  }

  async updateRole(tenantId: string, userId: string, role: Role): Promise<void> {
    await this.txHost.tx.getRepository(MembershipEntity).update({ tenantId, userId }, { role });
  }

  async delete(tenantId: string, userId: string): Promise<void> {
    await this.txHost.tx.getRepository(MembershipEntity).delete({ tenantId, userId });
  }
}

function toMember(row: MemberRow): MemberUser {
  return { id: row.id, name: row.name, email: row.email, role: row.role, joinedAt: row.joined_at };
}
