import { PASSWORD, addMember, signUp, uniqueEmail } from '../support/accounts-fixtures';
import { useMembershipHarness } from '../support/membership-harness';

describe('auth: sign-up, login, refresh, logout', () => {
  const harness = useMembershipHarness();

  const login = (body: Record<string, unknown>) => harness.rpc.call('membership.auth.login', body);
  const refresh = (refreshToken: string) => harness.rpc.call('membership.auth.refresh', { refreshToken });

  describe('sign-up', () => {
    it('creates the coalition, its owner and a session', async () => {
      const email = uniqueEmail('Signup');
      const auth = await harness.rpc.ok('membership.auth.sign-up', {
        coalitionName: `  Signup Test ${email.slice(7, 15)} `,
        name: 'Sam Signup',
        email: ` ${email.toUpperCase()} `,
        password: PASSWORD,
      });
      expect(auth.role).toBe('OWNER');
      expect(auth.user).toEqual({ id: expect.any(String), name: 'Sam Signup', email: email.toLowerCase() });
      expect(auth.coalition.name).toBe(`Signup Test ${email.slice(7, 15)}`);
      expect(auth.session.refreshToken).toMatch(new RegExp(`^gwr_${auth.coalition.id}_[A-Za-z0-9_-]{43}$`));

      const [user] = await harness.sql.query<{ password_hash: string }>(
        auth.coalition.id,
        `SELECT password_hash FROM membership.users WHERE id = $1`,
        [auth.user.id],
      );
      expect(user!.password_hash).toMatch(/^\$argon2id\$/);
      const [session] = await harness.sql.query<{ token_hash: string }>(
        auth.coalition.id,
        `SELECT token_hash FROM membership.sessions`,
      );
      expect(session!.token_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(session!.token_hash).not.toContain(auth.session.refreshToken.slice(-43));
    });

    it('derives a unique slug from the name, suffixing -2, -3 on collision', async () => {
      const name = `Eastside Tenants' Coalition ${Date.now()}`;
      const base = `eastside-tenants-coalition-${name.split(' ').at(-1)}`;
      const slugs = [];
      for (let i = 0; i < 3; i += 1) {
        const auth = await harness.rpc.ok('membership.auth.sign-up', {
          coalitionName: name,
          name: 'Sam Slug',
          email: uniqueEmail('slug'),
          password: PASSWORD,
        });
        slugs.push(auth.coalition.slug);
      }
      expect(slugs).toEqual([base, `${base}-2`, `${base}-3`]);
    });

    it('refuses a known email the same way whatever the password, and lets the signed-in account start another coalition', async () => {
      const first = await signUp(harness.rpc);
      const attempt = (password: string) =>
        harness.rpc.error('membership.auth.sign-up', {
          coalitionName: 'Second Home',
          name: 'Another Name',
          email: first.email,
          password,
        });
      const withRightPassword = await attempt(PASSWORD);
      const withWrongPassword = await attempt('not the right password at all');
      expect(withRightPassword).toMatchObject({ code: 'CONFLICT', details: { field: 'email' } });
      expect(withWrongPassword).toEqual(withRightPassword);

      const second = await harness.rpc.ok(
        'membership.coalition.create',
        { coalitionName: 'Second Home' },
        first.as,
      );
      expect(second).toMatchObject({
        user: first.auth.user,
        role: 'OWNER',
        coalition: { name: 'Second Home' },
      });
      expect(second.coalition.id).not.toBe(first.tenantId);
      const login = await harness.rpc.ok('membership.auth.login', {
        email: first.email,
        password: PASSWORD,
        coalitionSlug: second.coalition.slug,
      });
      expect(login.role).toBe('OWNER');
    });

    it('starts a coalition only for a member of the calling coalition, never for an API token', async () => {
      const owner = await signUp(harness.rpc);
      const stranger = await signUp(harness.rpc);
      expect(
        await harness.rpc.error(
          'membership.coalition.create',
          { coalitionName: 'Not Mine' },
          { ...stranger.as, tenantId: owner.tenantId },
        ),
      ).toMatchObject({ code: 'FORBIDDEN' });
      expect(
        await harness.rpc.error(
          'membership.coalition.create',
          { coalitionName: 'Not Mine' },
          { ...owner.as, actorType: 'api-token' },
        ),
      ).toMatchObject({ code: 'FORBIDDEN' });
    });

    it('refuses a common password with BAD_USER_INPUT on `password`, storing nothing', async () => {
      const email = uniqueEmail('weak');
      for (const password of ['password1234', 'qwertyuiop123']) {
        const error = await harness.rpc.error('membership.auth.sign-up', {
          coalitionName: 'Weak Passwords',
          name: 'Wes Weak',
          email,
          password,
        });
        expect(error).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'password' } });
      }
      expect(
        await harness.rpc.call('membership.auth.login', {
          email,
          password: 'password1234',
          coalitionSlug: 'weak-passwords',
        }),
      ).toMatchObject({
        ok: false,
        error: { code: 'UNAUTHENTICATED' },
      });
    });
  });

  describe('login', () => {
    it('signs a member in to the coalition named by slug, with email in any case', async () => {
      const owner = await signUp(harness.rpc);
      const auth = await login({
        email: owner.email.toUpperCase(),
        password: PASSWORD,
        coalitionSlug: owner.auth.coalition.slug,
      });
      expect(auth).toMatchObject({
        ok: true,
        data: { user: owner.auth.user, coalition: owner.auth.coalition, role: 'OWNER' },
      });
    });

    it('answers every mismatch with the same UNAUTHENTICATED error', async () => {
      const owner = await signUp(harness.rpc);
      const outsider = await signUp(harness.rpc);
      const slug = owner.auth.coalition.slug;
      const attempts = [
        { email: owner.email, password: 'wrong password!!', coalitionSlug: slug },
        { email: uniqueEmail('nobody'), password: PASSWORD, coalitionSlug: slug },
        { email: owner.email, password: PASSWORD, coalitionSlug: 'no-such-coalition-slug' },
        { email: outsider.email, password: PASSWORD, coalitionSlug: slug },
      ];
      for (const attempt of attempts) {
        expect(await login(attempt)).toEqual({
          ok: false,
          error: {
            code: 'UNAUTHENTICATED',
            message: 'invalid email, password or coalition',
            reason: 'INVALID_CREDENTIALS',
          },
        });
      }
    });
  });

  describe('refresh', () => {
    it('rotates the refresh token and keeps the session id', async () => {
      const owner = await signUp(harness.rpc);
      const first = await refresh(owner.auth.session.refreshToken);
      if (!first.ok) throw new Error(JSON.stringify(first.error));
      expect(first.data.session.id).toBe(owner.auth.session.id);
      expect(first.data.session.refreshToken).not.toBe(owner.auth.session.refreshToken);
      expect(first.data).toMatchObject({
        user: owner.auth.user,
        coalition: owner.auth.coalition,
        role: 'OWNER',
      });

      const second = await refresh(first.data.session.refreshToken);
      expect(second.ok).toBe(true);
    });

    it('revokes the whole session when a rotated token is presented again', async () => {
      const owner = await signUp(harness.rpc);
      const rotated = await harness.rpc.ok('membership.auth.refresh', {
        refreshToken: owner.auth.session.refreshToken,
      });

      expect(await refresh(owner.auth.session.refreshToken)).toMatchObject({
        ok: false,
        error: { code: 'UNAUTHENTICATED' },
      });
      // The thief's replay also ended the legitimate holder's session.
      expect(await refresh(rotated.session.refreshToken)).toMatchObject({
        ok: false,
        error: { code: 'UNAUTHENTICATED' },
      });
      const live = await harness.sql.query(
        owner.tenantId,
        `SELECT id FROM membership.sessions WHERE revoked_at IS NULL`,
      );
      expect(live).toEqual([]);
    });

    it('refuses expired, forged and malformed tokens', async () => {
      const owner = await signUp(harness.rpc);
      const token = owner.auth.session.refreshToken;
      const forged = `${token.slice(0, -4)}AAAA`;
      const otherTenant = token.replace(owner.tenantId, (await signUp(harness.rpc)).tenantId);
      for (const candidate of [forged, otherTenant, 'gwr_not-a-token', `gwr_${owner.tenantId}_short`]) {
        expect(await refresh(candidate)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
      }

      await harness.sql.query(
        owner.tenantId,
        `UPDATE membership.sessions SET expires_at = now() - interval '1 second'`,
      );
      expect(await refresh(token)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    });

    it('refuses a member who was removed, since removal revokes their sessions', async () => {
      const owner = await signUp(harness.rpc);
      const member = await addMember(harness.rpc, harness.sql, owner, 'ORGANIZER');
      await harness.rpc.ok('membership.user.remove', { userId: member.userId }, owner.as);
      expect(await refresh(member.auth.session.refreshToken)).toMatchObject({
        ok: false,
        error: { code: 'UNAUTHENTICATED' },
      });
    });
  });

  describe('logout', () => {
    it('ends the session: its refresh token stops working; ending it again is fine', async () => {
      const owner = await signUp(harness.rpc);
      const rotated = await harness.rpc.ok('membership.auth.refresh', {
        refreshToken: owner.auth.session.refreshToken,
      });
      await harness.rpc.ok('membership.auth.logout', { sessionId: owner.auth.session.id }, owner.as);
      expect(await refresh(rotated.session.refreshToken)).toMatchObject({
        ok: false,
        error: { code: 'UNAUTHENTICATED' },
      });
      expect(
        await harness.rpc.call('membership.auth.logout', { sessionId: owner.auth.session.id }, owner.as),
      ).toEqual({ ok: true, data: { ok: true } });
    });

    it("cannot end another member's session", async () => {
      const owner = await signUp(harness.rpc);
      const member = await addMember(harness.rpc, harness.sql, owner, 'VIEWER');
      const error = await harness.rpc.error(
        'membership.auth.logout',
        { sessionId: owner.auth.session.id },
        member.as,
      );
      expect(error.code).toBe('NOT_FOUND');
      expect(await refresh(owner.auth.session.refreshToken)).toMatchObject({ ok: true });
    });
  });
});
