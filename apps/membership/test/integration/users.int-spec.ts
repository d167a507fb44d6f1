import type { MemberUserDto } from '@groundwork/contracts';
import { addMember, signUp, type Member } from '../support/accounts-fixtures';
import { useMembershipHarness } from '../support/membership-harness';

describe('users and roles', () => {
  const harness = useMembershipHarness();
  let owner: Member;

  beforeEach(async () => {
    owner = await signUp(harness.rpc, 'Users');
  });

  const updateRole = (actor: Member, userId: string, role: string) =>
    harness.rpc.call('membership.user.update-role', { userId, role }, actor.as);
  const refresh = (member: Member) =>
    harness.rpc.call('membership.auth.refresh', { refreshToken: member.auth.session.refreshToken });

  it('lists members a page at a time with a cursor, and gets them by id', async () => {
    const members = [owner];
    for (let i = 0; i < 4; i += 1)
      members.push(await addMember(harness.rpc, harness.sql, owner, 'VIEWER', `Member ${i}`));

    const seen: MemberUserDto[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await harness.rpc.ok(
        'membership.user.list',
        { first: 2, ...(after ? { after } : {}) },
        owner.as,
      );
      expect(page.totalCount).toBe(5);
      seen.push(...page.items);
      if (!page.hasNextPage) break;
      after = page.endCursor!;
    }
    expect(seen.map((u) => u.id)).toEqual(members.map((m) => m.userId));
    expect(seen[0]).toMatchObject({
      id: owner.userId,
      role: 'OWNER',
      email: owner.email,
      joinedAt: expect.any(String),
    });

    const some = await harness.rpc.ok(
      'membership.user.get-many',
      { ids: [members[2]!.userId, members[1]!.userId, members[1]!.userId] },
      owner.as,
    );
    expect(some.map((u) => u.id).sort()).toEqual([members[1]!.userId, members[2]!.userId].sort());
  });

  it('describes the viewer, and refuses a user id that is not the actor or not a member', async () => {
    const viewer = await harness.rpc.ok('membership.viewer.get', { userId: owner.userId }, owner.as);
    expect(viewer).toEqual({ user: owner.auth.user, coalition: owner.auth.coalition, role: 'OWNER' });

    const member = await addMember(harness.rpc, harness.sql, owner, 'ORGANIZER');
    expect(
      await harness.rpc.error('membership.viewer.get', { userId: member.userId }, owner.as),
    ).toMatchObject({ code: 'FORBIDDEN' });
    const stranger = await signUp(harness.rpc);
    expect(
      await harness.rpc.error(
        'membership.viewer.get',
        { userId: stranger.userId },
        { ...stranger.as, tenantId: owner.tenantId },
      ),
    ).toMatchObject({
      code: 'UNAUTHENTICATED',
    });
  });

  it('changes a role and ends that member’s sessions in this coalition', async () => {
    const member = await addMember(harness.rpc, harness.sql, owner, 'VIEWER');
    const updated = await updateRole(owner, member.userId, 'ORGANIZER');
    expect(updated).toMatchObject({ ok: true, data: { id: member.userId, role: 'ORGANIZER' } });
    expect(await refresh(member)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await refresh(owner)).toMatchObject({ ok: true });
  });

  it('lets only an owner grant or revoke the owner role', async () => {
    const admin = await addMember(harness.rpc, harness.sql, owner, 'ADMIN');
    const viewer = await addMember(harness.rpc, harness.sql, owner, 'VIEWER');
    expect(await updateRole(admin, viewer.userId, 'OWNER')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await updateRole(admin, owner.userId, 'VIEWER')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(
      await harness.rpc.error('membership.user.remove', { userId: owner.userId }, admin.as),
    ).toMatchObject({ code: 'FORBIDDEN' });
    expect(await updateRole(admin, viewer.userId, 'ORGANIZER')).toMatchObject({
      ok: true,
      data: { role: 'ORGANIZER' },
    });
    expect(await updateRole(owner, admin.userId, 'OWNER')).toMatchObject({
      ok: true,
      data: { role: 'OWNER' },
    });
  });

  it('never leaves a coalition without an owner', async () => {
    expect(await updateRole(owner, owner.userId, 'ADMIN')).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect(
      await harness.rpc.error('membership.user.remove', { userId: owner.userId }, owner.as),
    ).toMatchObject({ code: 'CONFLICT' });

    const second = await addMember(harness.rpc, harness.sql, owner, 'OWNER');
    // Both owners demote each other at once: one wins, the other sees the last owner and stops.
    const results = await Promise.all([
      updateRole(owner, second.userId, 'ADMIN'),
      updateRole(second, owner.userId, 'ADMIN'),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const [row] = await harness.sql.query<{ n: number }>(
      owner.tenantId,
      `SELECT count(*)::int AS n FROM membership.memberships WHERE role = 'OWNER'`,
    );
    expect(row!.n).toBe(1);
  });

  it('removes a member from this coalition only, ending their sessions here', async () => {
    const member = await addMember(harness.rpc, harness.sql, owner, 'ORGANIZER');
    const elsewhere = await harness.rpc.ok(
      'membership.coalition.create',
      { coalitionName: 'Their Own Coalition' },
      member.as,
    );
    await harness.rpc.ok('membership.user.remove', { userId: member.userId }, owner.as);

    const page = await harness.rpc.ok('membership.user.list', {}, owner.as);
    expect(page.items.map((u) => u.id)).toEqual([owner.userId]);
    expect(await refresh(member)).toMatchObject({ ok: false });
    expect(
      await harness.rpc.call('membership.auth.refresh', { refreshToken: elsewhere.session.refreshToken }),
    ).toMatchObject({ ok: true });
    expect(
      await harness.rpc.error('membership.user.remove', { userId: member.userId }, owner.as),
    ).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses changes from an actor who is not a member', async () => {
    const member = await addMember(harness.rpc, harness.sql, owner, 'VIEWER');
    const stranger = await signUp(harness.rpc);
    const as = { ...stranger.as, tenantId: owner.tenantId };
    expect(
      await harness.rpc.error('membership.user.update-role', { userId: member.userId, role: 'ADMIN' }, as),
    ).toMatchObject({ code: 'FORBIDDEN' });
    expect(await harness.rpc.error('membership.user.remove', { userId: member.userId }, as)).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(
      await harness.rpc.error(
        'membership.user.remove',
        { userId: member.userId },
        { ...as, actorId: 'not-a-uuid' },
      ),
    ).toMatchObject({ code: 'FORBIDDEN' });
  });
});
