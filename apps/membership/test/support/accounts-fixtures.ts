import { randomUUID } from 'node:crypto';
import type { AuthResultDto, Role } from '@groundwork/contracts';
import type { RawCallContext, RawRpc, TenantSql } from '@groundwork/testing';
import { Client } from 'pg';

export const PASSWORD = 'correct horse battery staple';

export interface Member {
  auth: AuthResultDto;
  tenantId: string;
  userId: string;
  email: string;
  /** Headers of a request this member makes. */
  as: RawCallContext;
}

export const uniqueEmail = (label: string) => `${label}-${randomUUID().slice(0, 8)}@example.org`;

export function memberOf(auth: AuthResultDto): Member {
  return {
    auth,
    tenantId: auth.coalition.id,
    userId: auth.user.id,
    email: auth.user.email,
    as: { tenantId: auth.coalition.id, actorId: auth.user.id, actorType: 'user' },
  };
}

/** A new coalition and its owner, through the public sign-up subject. */
export async function signUp(rpc: RawRpc, label = 'Accounts', email = uniqueEmail('owner')): Promise<Member> {
  const auth = await rpc.ok('membership.auth.sign-up', {
    coalitionName: `${label} ${randomUUID().slice(0, 8)}`,
    name: 'Olive Owner',
    email,
    password: PASSWORD,
  });
  return memberOf(auth);
}

/** The token from the accept link of the last invitation mail sent to `email` in this coalition. */
export async function invitationTokenFromMail(
  sql: TenantSql,
  tenantId: string,
  email: string,
): Promise<string> {
  const [mail] = await sql.query<{ body: string }>(
    tenantId,
    `SELECT body FROM membership.sent_mail WHERE to_address = $1 ORDER BY sent_at DESC LIMIT 1`,
    [email],
  );
  const link = /https?:\/\/\S+\/accept-invitation\?token=\S+/.exec(mail?.body ?? '')?.[0];
  if (!link) throw new Error(`no invitation mail to ${email}`);
  return new URL(link).searchParams.get('token')!;
}

/** Invites a new address with `role` and accepts as them; returns the new member. */
export async function addMember(
  rpc: RawRpc,
  sql: TenantSql,
  inviter: Member,
  role: Role,
  name = 'Nia Member',
): Promise<Member> {
  const email = uniqueEmail(role.toLowerCase());
  await rpc.ok('membership.invitation.create', { email, role }, inviter.as);
  const token = await invitationTokenFromMail(sql, inviter.tenantId, email);
  const auth = await rpc.ok('membership.auth.accept-invitation', { token, name, password: PASSWORD });
  return memberOf(auth);
}

/** Row count of a membership table as one coalition sees it. */
export async function countRows(sql: TenantSql, tenantId: string | null, table: string): Promise<number> {
  const [row] = await sql.query<{ n: number }>(
    tenantId,
    `SELECT count(*)::int AS n FROM membership.${table}`,
  );
  return row!.n;
}

/**
 * Row count across every coalition, read the way one named no-tenant path sees it (e.g. `sign-up`
 * sees all coalitions and users). Checks that a refused request created nothing anywhere.
 */
export async function countAsSystem(reason: string, table: string): Promise<number> {
  const client = new Client({ connectionString: process.env.OWNER_DATABASE_URL });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(`select set_config('app.system_context', $1, true)`, [reason]);
    const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM membership.${table}`);
    await client.query('COMMIT');
    return rows[0]!.n;
  } finally {
    await client.end();
  }
}
