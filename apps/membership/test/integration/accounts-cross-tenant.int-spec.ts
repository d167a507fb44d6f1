import type { ApiTokenDto, InvitationDto } from '@groundwork/contracts';
import { Client } from 'pg';
import { addMember, signUp, uniqueEmail, type Member } from '../support/accounts-fixtures';
import { useMembershipHarness } from '../support/membership-harness';

/** Coalition B's users and tokens can neither read nor change coalition A's accounts. */
describe('accounts across coalitions', () => {
  const harness = useMembershipHarness();
  let a: Member;
  let aMember: Member;
  let aToken: { token: string; apiToken: ApiTokenDto };
  let aInvitation: InvitationDto;
  let b: Member;
  let bToken: { token: string; apiToken: ApiTokenDto };

  beforeAll(async () => {
    a = await signUp(harness.rpc, 'Coalition A');
    aMember = await addMember(harness.rpc, harness.sql, a, 'ORGANIZER');
    aToken = await harness.rpc.ok(
      'membership.api-token.create',
      { name: 'A sync', scopes: ['READ', 'WRITE'] },
      a.as,
    );
    aInvitation = await harness.rpc.ok(
      'membership.invitation.create',
      { email: uniqueEmail('a-invitee'), role: 'VIEWER' },
      a.as,
    );
    b = await signUp(harness.rpc, 'Coalition B');
    bToken = await harness.rpc.ok(
      'membership.api-token.create',
      { name: 'B sync', scopes: ['READ', 'WRITE'] },
      b.as,
    );
  });

  const asBToken = () => ({
    tenantId: b.tenantId,
    actorId: bToken.apiToken.id,
    actorType: 'api-token' as const,
  });

  it("does not list, count or find A's users from B", async () => {
    for (const as of [b.as, asBToken()]) {
      const page = await harness.rpc.ok('membership.user.list', { first: 100 }, as);
      expect(page.items.map((u) => u.id)).toEqual([b.userId]);
      expect(page.totalCount).toBe(1);
      expect(
        await harness.rpc.ok('membership.user.get-many', { ids: [a.userId, aMember.userId] }, as),
      ).toEqual([]);
    }
    expect(
      await harness.rpc.error(
        'membership.viewer.get',
        { userId: a.userId },
        { ...a.as, tenantId: b.tenantId },
      ),
    ).toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });

  it("cannot change or remove A's members from B", async () => {
    expect(
      await harness.rpc.error(
        'membership.user.update-role',
        { userId: aMember.userId, role: 'VIEWER' },
        b.as,
      ),
    ).toMatchObject({ code: 'NOT_FOUND' });
    expect(await harness.rpc.error('membership.user.remove', { userId: aMember.userId }, b.as)).toMatchObject(
      { code: 'NOT_FOUND' },
    );
    // An API token never manages users, in any coalition: refused before A's user is even looked up.
    expect(await harness.rpc.error('membership.user.remove', { userId: a.userId }, asBToken())).toMatchObject(
      {
        code: 'FORBIDDEN',
        reason: 'ROLE_REQUIRED',
      },
    );
    const [row] = await harness.sql.query<{ role: string }>(
      a.tenantId,
      `SELECT role FROM membership.memberships WHERE user_id = $1`,
      [aMember.userId],
    );
    expect(row!.role).toBe('ORGANIZER');
  });

  it("cannot act in A by sending A's tenant header with B's actor", async () => {
    const intoA = [
      { ...b.as, tenantId: a.tenantId },
      { ...asBToken(), tenantId: a.tenantId },
    ];
    for (const as of intoA) {
      expect(
        await harness.rpc.error('membership.user.update-role', { userId: aMember.userId, role: 'ADMIN' }, as),
      ).toMatchObject({ code: 'FORBIDDEN' });
      expect(await harness.rpc.error('membership.user.remove', { userId: aMember.userId }, as)).toMatchObject(
        { code: 'FORBIDDEN' },
      );
      expect(
        await harness.rpc.error(
          'membership.invitation.create',
          { email: uniqueEmail('z'), role: 'ADMIN' },
          as,
        ),
      ).toMatchObject({ code: 'FORBIDDEN' });
      expect(
        await harness.rpc.error('membership.api-token.create', { name: 'backdoor', scopes: ['WRITE'] }, as),
      ).toMatchObject({ code: 'FORBIDDEN' });
      expect(
        await harness.rpc.error('membership.api-token.revoke', { id: aToken.apiToken.id }, as),
      ).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(
      await harness.rpc.error(
        'membership.viewer.get',
        { userId: null },
        { ...asBToken(), tenantId: a.tenantId },
      ),
    ).toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });

  it("neither lists nor revokes A's tokens from B", async () => {
    const listed = await harness.rpc.ok('membership.api-token.list', {}, b.as);
    expect(listed.items.map((t) => t.id)).toEqual([bToken.apiToken.id]);
    expect(listed.totalCount).toBe(1);
    expect(
      await harness.rpc.error('membership.api-token.revoke', { id: aToken.apiToken.id }, b.as),
    ).toMatchObject({ code: 'NOT_FOUND' });
    const auth = await harness.rpc.ok('membership.auth.authenticate-api-token', { token: aToken.token });
    expect(auth.tenantId).toBe(a.tenantId);
  });

  it("does not list A's invitations from B", async () => {
    expect(await harness.rpc.ok('membership.invitation.list', { pendingOnly: false }, b.as)).toEqual({
      items: [],
      totalCount: 0,
      hasNextPage: false,
      endCursor: null,
    });
    const own = await harness.rpc.ok('membership.invitation.list', {}, a.as);
    expect(own.items.map((i) => i.id)).toEqual([aInvitation.id]);
  });

  it("cannot end A's sessions from B", async () => {
    expect(
      await harness.rpc.error('membership.auth.logout', { sessionId: a.auth.session.id }, b.as),
    ).toMatchObject({ code: 'NOT_FOUND' });
    const [row] = await harness.sql.query<{ n: number }>(
      a.tenantId,
      `SELECT count(*)::int AS n FROM membership.sessions WHERE revoked_at IS NOT NULL`,
    );
    expect(row!.n).toBe(0);
  });

  it('keeps platform tables closed to the runtime role outside a tenant or a named path', async () => {
    const runtime = new Client({ connectionString: process.env.MEMBERSHIP_DATABASE_URL });
    await runtime.connect();
    try {
      const count = async (table: string) =>
        (await runtime.query<{ n: number }>(`SELECT count(*)::int AS n FROM membership.${table}`)).rows[0]!.n;
      for (const table of [
        'coalitions',
        'users',
        'memberships',
        'sessions',
        'invitations',
        'api_tokens',
        'sent_mail',
      ]) {
        expect([table, await count(table)]).toEqual([table, 0]);
      }
      await runtime.query('BEGIN');
      await runtime.query(`select set_config('app.tenant_id', $1, true)`, [b.tenantId]);
      expect(await count('coalitions')).toBe(1);
      expect((await runtime.query(`SELECT id FROM membership.users`)).rows).toEqual([{ id: b.userId }]);
      await expect(
        runtime.query(
          `INSERT INTO membership.users (id, email, name, password_hash) VALUES (gen_random_uuid(), 'x@example.org', 'x', 'x')`,
        ),
      ).rejects.toThrow(/row-level security/);
      await runtime.query('ROLLBACK');
    } finally {
      await runtime.end();
    }
  });
});
