import type { Role } from '@groundwork/contracts';
import {
  PASSWORD,
  addMember,
  invitationTokenFromMail,
  signUp,
  uniqueEmail,
  type Member,
} from '../support/accounts-fixtures';
import { useMembershipHarness } from '../support/membership-harness';

describe('invitations', () => {
  const harness = useMembershipHarness();
  let owner: Member;

  beforeEach(async () => {
    owner = await signUp(harness.rpc, 'Invitations');
  });

  const invite = (inviter: Member, email: string, role: Role = 'ORGANIZER') =>
    harness.rpc.ok('membership.invitation.create', { email, role }, inviter.as);
  const accept = (token: string, password = PASSWORD, name = 'Ines Invitee') =>
    harness.rpc.call('membership.auth.accept-invitation', { token, name, password });

  it('mails an accept link; accepting creates the account, the membership and a session', async () => {
    const email = uniqueEmail('invitee');
    const invitation = await invite(owner, email.toUpperCase());
    expect(invitation).toMatchObject({ email, role: 'ORGANIZER', invitedBy: owner.userId, acceptedAt: null });
    const days = (Date.parse(invitation.expiresAt) - Date.parse(invitation.createdAt)) / 86_400_000;
    expect(days).toBe(7);

    const [mail] = await harness.sql.query<{ subject: string; body: string }>(
      owner.tenantId,
      `SELECT subject, body FROM membership.sent_mail`,
    );
    expect(mail!.subject).toContain(owner.auth.coalition.name);
    expect(mail!.body).toContain('http://localhost:4000/accept-invitation?token=gwi_');
    const token = await invitationTokenFromMail(harness.sql, owner.tenantId, email);
    const [stored] = await harness.sql.query<{ token_hash: string }>(
      owner.tenantId,
      `SELECT token_hash FROM membership.invitations`,
    );
    expect(stored!.token_hash).toMatch(/^[0-9a-f]{64}$/);

    const accepted = await accept(token);
    if (!accepted.ok) throw new Error(JSON.stringify(accepted.error));
    expect(accepted.data).toMatchObject({
      user: { email, name: 'Ines Invitee' },
      coalition: owner.auth.coalition,
      role: 'ORGANIZER',
    });

    const login = await harness.rpc.ok('membership.auth.login', {
      email,
      password: PASSWORD,
      coalitionSlug: owner.auth.coalition.slug,
    });
    expect(login.role).toBe('ORGANIZER');
    const [listed] = (await harness.rpc.ok('membership.invitation.list', { pendingOnly: false }, owner.as))
      .items;
    expect(listed).toMatchObject({ id: invitation.id, acceptedAt: expect.any(String) });
    expect((await harness.rpc.ok('membership.invitation.list', {}, owner.as)).items).toEqual([]);
  });

  it('works once: a used, expired, superseded or forged token is refused', async () => {
    const email = uniqueEmail('once');
    await invite(owner, email);
    const token = await invitationTokenFromMail(harness.sql, owner.tenantId, email);
    expect((await accept(token)).ok).toBe(true);
    expect(await accept(token)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });

    const late = uniqueEmail('late');
    await invite(owner, late);
    const lateToken = await invitationTokenFromMail(harness.sql, owner.tenantId, late);
    await harness.sql.query(
      owner.tenantId,
      `UPDATE membership.invitations SET expires_at = now() - interval '1 second' WHERE email = $1`,
      [late],
    );
    expect(await accept(lateToken)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });

    const resent = uniqueEmail('resent');
    await invite(owner, resent);
    const oldToken = await invitationTokenFromMail(harness.sql, owner.tenantId, resent);
    await invite(owner, resent, 'VIEWER');
    const newToken = await invitationTokenFromMail(harness.sql, owner.tenantId, resent);
    expect(await accept(oldToken)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect(await accept(newToken)).toMatchObject({ ok: true, data: { role: 'VIEWER' } });

    const other = await signUp(harness.rpc);
    for (const forged of [
      `${newToken.slice(0, -3)}abc`,
      newToken.replace(owner.tenantId, other.tenantId),
      'gwi_garbage',
    ]) {
      expect(await accept(forged)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    }
  });

  it('lets an existing account join with its own password, never resetting it', async () => {
    const elsewhere = await signUp(harness.rpc, 'Elsewhere');
    await invite(owner, elsewhere.email, 'ADMIN');
    const token = await invitationTokenFromMail(harness.sql, owner.tenantId, elsewhere.email);

    expect(await accept(token, 'a brand new password')).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', details: { field: 'password' } },
    });
    const joined = await accept(token, PASSWORD, 'Ignored Name');
    expect(joined).toMatchObject({
      ok: true,
      data: { user: elsewhere.auth.user, role: 'ADMIN', coalition: { id: owner.tenantId } },
    });
    // The account still logs in to its first coalition with its original password.
    await harness.rpc.ok('membership.auth.login', {
      email: elsewhere.email,
      password: PASSWORD,
      coalitionSlug: elsewhere.auth.coalition.slug,
    });
  });

  it('refuses to invite an existing member, and lets only an owner invite an owner', async () => {
    const admin = await addMember(harness.rpc, harness.sql, owner, 'ADMIN');
    expect(
      await harness.rpc.error(
        'membership.invitation.create',
        { email: admin.email, role: 'VIEWER' },
        owner.as,
      ),
    ).toMatchObject({
      code: 'CONFLICT',
      details: { field: 'email' },
    });
    expect(
      await harness.rpc.error(
        'membership.invitation.create',
        { email: uniqueEmail('x'), role: 'OWNER' },
        admin.as,
      ),
    ).toMatchObject({
      code: 'FORBIDDEN',
    });
    const coOwner = await invite(owner, uniqueEmail('co-owner'), 'OWNER');
    expect(coOwner.role).toBe('OWNER');
    const users = await harness.rpc.ok('membership.user.list', {}, owner.as);
    expect(users.items.map((u) => u.role)).toEqual(['OWNER', 'ADMIN']);
  });

  it('records invited_by from the actor header and refuses an actor who is not a member', async () => {
    const stranger = await signUp(harness.rpc, 'Stranger');
    const asStranger = { ...stranger.as, tenantId: owner.tenantId };
    expect(
      await harness.rpc.error(
        'membership.invitation.create',
        { email: uniqueEmail('y'), role: 'VIEWER' },
        asStranger,
      ),
    ).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(
      await harness.rpc.error(
        'membership.invitation.create',
        { email: uniqueEmail('y'), role: 'VIEWER' },
        { tenantId: owner.tenantId },
      ),
    ).toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    const [row] = await harness.sql.query<{ n: number }>(
      owner.tenantId,
      `SELECT count(*)::int AS n FROM membership.invitations`,
    );
    expect(row!.n).toBe(0);
  });
});
