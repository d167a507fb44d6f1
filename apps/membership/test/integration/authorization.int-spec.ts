import {
  addMember,
  countRows,
  invitationTokenFromMail,
  PASSWORD,
  signUp,
  uniqueEmail,
  type Member,
} from '../support/accounts-fixtures';
import { useMembershipHarness } from '../support/membership-harness';

describe('authorization follows the current membership and session', () => {
  const harness = useMembershipHarness();
  let owner: Member;

  beforeEach(async () => {
    owner = await signUp(harness.rpc, 'Authorization');
  });

  const session = (member: Member, sessionId = member.auth.session.id, as = member.as) =>
    harness.rpc.call('membership.auth.session', { sessionId }, as);
  const createToken = (actor: Member, scopes = ['READ', 'WRITE']) =>
    harness.rpc.call('membership.api-token.create', { name: 'token', scopes }, actor.as);
  const invite = (actor: Member, role = 'ADMIN') =>
    harness.rpc.call('membership.invitation.create', { email: uniqueEmail('invitee'), role }, actor.as);

  it('answers a live session with the member’s current role, and refuses one that ended', async () => {
    const admin = await addMember(harness.rpc, harness.sql, owner, 'ADMIN');
    expect(await session(admin)).toEqual({ ok: true, data: { role: 'ADMIN' } });

    await harness.rpc.ok(
      'membership.user.update-role',
      { userId: admin.userId, role: 'ORGANIZER' },
      owner.as,
    );
    // The role change ended their sessions here: the next token carries the new role.
    expect(await session(admin)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    const again = await harness.rpc.ok('membership.auth.login', {
      email: admin.email,
      password: PASSWORD,
      coalitionSlug: owner.auth.coalition.slug,
    });
    expect(await session(admin, again.session.id)).toEqual({ ok: true, data: { role: 'ORGANIZER' } });

    await harness.rpc.ok('membership.auth.logout', { sessionId: again.session.id }, admin.as);
    expect(await session(admin, again.session.id)).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
    const [ended] = await harness.sql.query<{ n: number }>(
      owner.tenantId,
      `SELECT count(*)::int AS n FROM membership.outbox WHERE subject = 'events.membership.session.ended'`,
    );
    expect(ended!.n).toBe(1);
  });

  it('refuses a session of another user or another coalition', async () => {
    const member = await addMember(harness.rpc, harness.sql, owner, 'VIEWER');
    const other = await signUp(harness.rpc);
    expect(await session(member, owner.auth.session.id)).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
    expect(
      await session(other, other.auth.session.id, { ...other.as, tenantId: owner.tenantId }),
    ).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
    expect(
      await session(owner, owner.auth.session.id, { ...owner.as, tenantId: other.tenantId }),
    ).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
  });

  it('checks the caller’s current role before creating API tokens and invitations', async () => {
    const admin = await addMember(harness.rpc, harness.sql, owner, 'ADMIN');
    expect(await createToken(admin)).toMatchObject({ ok: true });
    expect(await invite(admin)).toMatchObject({ ok: true });

    await harness.rpc.ok('membership.user.update-role', { userId: admin.userId, role: 'VIEWER' }, owner.as);
    expect(await createToken(admin)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await invite(admin)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const organizer = await addMember(harness.rpc, harness.sql, owner, 'ORGANIZER');
    expect(await createToken(organizer, ['READ'])).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await invite(organizer, 'VIEWER')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(
      await harness.rpc.call('membership.user.remove', { userId: organizer.userId }, admin.as),
    ).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await countRows(harness.sql, owner.tenantId, 'api_tokens')).toBe(1);
  });

  it('revokes the tokens and invitations of a removed user, unless an owner keeps them', async () => {
    const admin = await addMember(harness.rpc, harness.sql, owner, 'ADMIN');
    const kept = await addMember(harness.rpc, harness.sql, owner, 'ADMIN');
    const ownersToken = await harness.rpc.ok(
      'membership.api-token.create',
      { name: 'owner’s', scopes: ['READ'] },
      owner.as,
    );
    const adminsToken = await harness.rpc.ok(
      'membership.api-token.create',
      { name: 'admin’s', scopes: ['READ'] },
      admin.as,
    );
    const keptToken = await harness.rpc.ok(
      'membership.api-token.create',
      { name: 'kept', scopes: ['READ'] },
      kept.as,
    );
    const inviteeEmail = uniqueEmail('invitee');
    await harness.rpc.ok('membership.invitation.create', { email: inviteeEmail, role: 'ADMIN' }, admin.as);
    const authenticate = (token: string) =>
      harness.rpc.call('membership.auth.authenticate-api-token', { token });

    // Only an owner may keep them.
    expect(
      await harness.rpc.call(
        'membership.user.remove',
        { userId: admin.userId, keepTheirTokens: true },
        kept.as,
      ),
    ).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    await harness.rpc.ok('membership.user.remove', { userId: admin.userId }, owner.as);
    expect(await authenticate(adminsToken.token)).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
    expect(await authenticate(ownersToken.token)).toMatchObject({ ok: true });
    const accepted = await harness.rpc.call('membership.auth.accept-invitation', {
      token: await invitationTokenFromMail(harness.sql, owner.tenantId, inviteeEmail),
      name: 'Late Invitee',
      password: PASSWORD,
    });
    expect(accepted).toMatchObject({ ok: false });
    const [revoked] = await harness.sql.query<{ n: number }>(
      owner.tenantId,
      `SELECT count(*)::int AS n FROM membership.outbox WHERE subject = 'events.membership.api-token.revoked'`,
    );
    expect(revoked!.n).toBe(1);

    await harness.rpc.ok('membership.user.remove', { userId: kept.userId, keepTheirTokens: true }, owner.as);
    expect(await authenticate(keptToken.token)).toMatchObject({ ok: true });
  });

  it('refuses a common password when an invitation makes a new account', async () => {
    const email = uniqueEmail('weak');
    await harness.rpc.ok('membership.invitation.create', { email, role: 'VIEWER' }, owner.as);
    const token = await invitationTokenFromMail(harness.sql, owner.tenantId, email);
    const refused = await harness.rpc.call('membership.auth.accept-invitation', {
      token,
      name: 'Wes Weak',
      password: 'password1234',
    });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'BAD_USER_INPUT', details: { field: 'password' } },
    });
    expect(await countRows(harness.sql, owner.tenantId, 'memberships')).toBe(1);
    expect(
      await harness.rpc.call('membership.auth.accept-invitation', {
        token,
        name: 'Wes Weak',
        password: PASSWORD,
      }),
    ).toMatchObject({ ok: true });
  });
});
