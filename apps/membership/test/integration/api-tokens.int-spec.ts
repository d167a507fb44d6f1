import { signUp, type Member } from '../support/accounts-fixtures';
import { useMembershipHarness } from '../support/membership-harness';

describe('API tokens', () => {
  const harness = useMembershipHarness();
  let owner: Member;

  beforeEach(async () => {
    owner = await signUp(harness.rpc, 'Tokens');
  });

  const create = (scopes: Array<'READ' | 'WRITE'>, name = 'CRM sync') =>
    harness.rpc.ok('membership.api-token.create', { name, scopes }, owner.as);
  const authenticate = (token: string) =>
    harness.rpc.call('membership.auth.authenticate-api-token', { token });

  it('shows the token once, stores only its hash, and authenticates it', async () => {
    expect((await create(['READ', 'READ'])).apiToken.scopes).toEqual(['READ']);
    const { token, apiToken } = await create(['READ', 'WRITE']);
    expect(token).toMatch(/^gwk_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$/);
    expect(apiToken).toMatchObject({
      name: 'CRM sync',
      prefix: token.slice(0, 12),
      scopes: ['READ', 'WRITE'],
      createdBy: owner.userId,
    });

    const [row] = await harness.sql.query<{ token_hash: string }>(
      owner.tenantId,
      `SELECT token_hash FROM membership.api_tokens WHERE id = $1`,
      [apiToken.id],
    );
    expect(row!.token_hash).toMatch(/^[0-9a-f]{64}$/);
    const listed = await harness.rpc.ok('membership.api-token.list', {}, owner.as);
    expect(listed.items.map((t) => t.id)).toContain(apiToken.id);
    expect(JSON.stringify(listed)).not.toContain(token.slice(13));

    expect(await authenticate(token)).toEqual({
      ok: true,
      data: {
        apiTokenId: apiToken.id,
        tenantId: owner.tenantId,
        scopes: ['READ', 'WRITE'],
        coalition: owner.auth.coalition,
      },
    });
  });

  it('records the last use at most once a minute', async () => {
    const { token, apiToken } = await create(['READ']);
    const lastUsed = async () =>
      (
        await harness.sql.query<{ last_used_at: Date | null }>(
          owner.tenantId,
          `SELECT last_used_at FROM membership.api_tokens WHERE id = $1`,
          [apiToken.id],
        )
      )[0]!.last_used_at;
    expect(await lastUsed()).toBeNull();

    await authenticate(token);
    const first = await lastUsed();
    expect(first).toBeInstanceOf(Date);
    await authenticate(token);
    expect(await lastUsed()).toEqual(first);

    await harness.sql.query(
      owner.tenantId,
      `UPDATE membership.api_tokens SET last_used_at = now() - interval '2 minutes' WHERE id = $1`,
      [apiToken.id],
    );
    const before = await lastUsed();
    await authenticate(token);
    expect((await lastUsed())!.getTime()).toBeGreaterThan(before!.getTime());
  });

  it('refuses revoked, forged and malformed tokens', async () => {
    const { token, apiToken } = await create(['WRITE']);
    const revoked = await harness.rpc.ok('membership.api-token.revoke', { id: apiToken.id }, owner.as);
    expect(revoked.revokedAt).not.toBeNull();
    const again = await harness.rpc.ok('membership.api-token.revoke', { id: apiToken.id }, owner.as);
    expect(again.revokedAt).toBe(revoked.revokedAt);

    const live = await create(['READ']);
    for (const candidate of [
      token,
      `${live.token.slice(0, -2)}xx`,
      `${live.token.slice(0, 12)}_${'A'.repeat(43)}`,
      'gwk_zzzz',
      'Bearer nope',
    ]) {
      expect(await authenticate(candidate)).toEqual({
        ok: false,
        error: { code: 'UNAUTHENTICATED', reason: 'API_TOKEN_INVALID', message: 'invalid API token' },
      });
    }
  });

  it('acts as a token: viewer role from scopes, makes no tokens, refused once revoked', async () => {
    const write = await create(['READ', 'WRITE']);
    const read = await create(['READ']);
    const asToken = (id: string) => ({
      tenantId: owner.tenantId,
      actorId: id,
      actorType: 'api-token' as const,
    });

    expect(
      await harness.rpc.ok('membership.viewer.get', { userId: null }, asToken(write.apiToken.id)),
    ).toEqual({
      user: null,
      coalition: owner.auth.coalition,
      role: 'ORGANIZER',
    });
    expect(
      await harness.rpc.ok('membership.viewer.get', { userId: null }, asToken(read.apiToken.id)),
    ).toMatchObject({ role: 'VIEWER' });

    // Tokens never manage tokens: membership holds that too, not only the gateway.
    expect(
      await harness.rpc.error(
        'membership.api-token.create',
        { name: 'child', scopes: ['READ'] },
        asToken(write.apiToken.id),
      ),
    ).toMatchObject({
      code: 'FORBIDDEN',
    });

    await harness.rpc.ok('membership.api-token.revoke', { id: write.apiToken.id }, owner.as);
    expect(
      await harness.rpc.error('membership.viewer.get', { userId: null }, asToken(write.apiToken.id)),
    ).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(
      await harness.rpc.error(
        'membership.api-token.create',
        { name: 'x', scopes: ['READ'] },
        asToken(write.apiToken.id),
      ),
    ).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'API_TOKEN_REVOKED',
    });
  });

  it('lists the coalition’s tokens, newest first, revoked included', async () => {
    const first = await create(['READ'], 'first');
    const second = await create(['WRITE'], 'second');
    await harness.rpc.ok('membership.api-token.revoke', { id: first.apiToken.id }, owner.as);
    const listed = (await harness.rpc.ok('membership.api-token.list', {}, owner.as)).items;
    expect(listed.map((t) => [t.name, t.revokedAt === null])).toEqual([
      ['second', true],
      ['first', false],
    ]);
    expect(listed[0]).toEqual(second.apiToken);
  });
});
