import { Client } from 'pg';
import { addMember, signUp, type Member } from '../support/accounts-fixtures';
import { useMembershipHarness } from '../support/membership-harness';

/** The audit log: every change in membership, who made it and when, readable per coalition only. */
describe('audit log', () => {
  const harness = useMembershipHarness();
  let a: Member;

  const list = (member: Member, request: Record<string, unknown> = {}) =>
    harness.rpc.ok('membership.audit.list', request, member.as);

  beforeEach(async () => {
    a = await signUp(harness.rpc, 'Audit A');
  });

  it('records who changed a person and which fields, newest first, without personal data', async () => {
    const person = await harness.rpc.ok(
      'membership.person.create',
      { firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.org' },
      a.as,
    );
    await harness.rpc.ok('membership.person.update', { id: person.id, lastName: 'King' }, a.as);

    const page = await list(a, { personId: person.id });

    expect(page.items.map((entry) => entry.action)).toEqual([
      'membership.person.updated',
      'membership.person.created',
    ]);
    expect(page.items[0]).toMatchObject({
      actorType: 'USER',
      actorId: a.userId,
      personId: person.id,
      details: { personId: person.id, changedFields: ['lastName'] },
    });
    // What is stored holds no personal data; names are read when the log is, so they are today's.
    const stored = await harness.sql.query(
      a.tenantId,
      `SELECT * FROM membership.audit_log WHERE person_id = $1`,
      [person.id],
    );
    expect(stored).toHaveLength(2);
    expect(JSON.stringify(stored)).not.toMatch(/Lovelace|King|ada@example/);
    expect(page.items.map((entry) => entry.details)).not.toContainEqual(
      expect.objectContaining({ lastName: expect.anything() as unknown }),
    );
    expect(page.items.map((entry) => entry.summary)).toEqual([
      'Olive Owner changed the last name of Ada King',
      'Olive Owner added Ada King',
    ]);
    expect(page.items[0]?.record).toEqual({ type: 'PERSON', id: person.id });
    expect(page.totalCount).toBe(2);
  });

  it('says who moved whom on the ladder and why, and names API tokens by their name', async () => {
    const { apiToken } = await harness.rpc.ok(
      'membership.api-token.create',
      { name: 'Website signups', scopes: ['READ', 'WRITE'] },
      a.as,
    );
    const asToken = { tenantId: a.tenantId, actorId: apiToken.id, actorType: 'api-token' as const };
    const zoe = await harness.rpc.ok(
      'membership.person.create',
      { firstName: 'Zoë', lastName: 'Martin' },
      asToken,
    );
    const levels = await harness.rpc.ok('membership.ladder.level.list', {}, a.as);
    const leader = levels.find((level) => level.name === 'Leader');
    await harness.rpc.ok(
      'membership.ladder.person.move',
      { personId: zoe.id, levelId: leader!.id, reason: 'hosted two house meetings' },
      a.as,
    );

    const page = await list(a, { personId: zoe.id });

    expect(page.items.map(({ summary, actorName }) => ({ summary, actorName }))).toEqual([
      {
        summary: 'Olive Owner moved Zoë Martin to Leader: hosted two house meetings',
        actorName: 'Olive Owner',
      },
      { summary: 'API token “Website signups” added Zoë Martin', actorName: 'API token “Website signups”' },
    ]);
    const byToken = await list(a, { actorId: apiToken.id });
    expect(byToken.items.map((entry) => entry.action)).toEqual(['membership.person.created']);
    const created = await list(a, { action: 'membership.api-token.' });
    expect(created.items[0]).toMatchObject({
      summary: 'Olive Owner created the API token “Website signups” (read and write)',
      record: { type: 'API_TOKEN', id: apiToken.id },
    });
  });

  it('records account changes: tokens, invitations, roles and removals', async () => {
    const { apiToken } = await harness.rpc.ok(
      'membership.api-token.create',
      { name: 'CRM sync', scopes: ['READ'] },
      a.as,
    );
    await harness.rpc.ok('membership.api-token.revoke', { id: apiToken.id }, a.as);
    const organizer = await addMember(harness.rpc, harness.sql, a, 'ORGANIZER');
    await harness.rpc.ok('membership.user.update-role', { userId: organizer.userId, role: 'VIEWER' }, a.as);
    await harness.rpc.ok('membership.user.remove', { userId: organizer.userId }, a.as);

    const actions = (await list(a, { first: 100 })).items.map((entry) => entry.action).reverse();

    expect(actions).toEqual([
      'membership.api-token.created',
      'membership.api-token.revoked',
      'membership.invitation.created',
      'membership.invitation.accepted',
      'membership.user.role-changed',
      'membership.user.removed',
    ]);
    const roleChange = (await list(a, { action: 'membership.user.role-changed' })).items[0];
    expect(roleChange?.details).toEqual({ userId: organizer.userId, from: 'ORGANIZER', to: 'VIEWER' });
  });

  it('narrows by actor, action prefix and time, and pages with a cursor', async () => {
    const organizer = await addMember(harness.rpc, harness.sql, a, 'ORGANIZER');
    for (const firstName of ['Ann', 'Bo', 'Cy']) {
      await harness.rpc.ok('membership.person.create', { firstName, lastName: 'Test' }, organizer.as);
    }
    const byOrganizer = await list(a, { actorId: organizer.userId, action: 'membership.person.' });
    expect(byOrganizer.totalCount).toBe(3);

    const first = await list(a, { actorId: organizer.userId, first: 2 });
    expect(first.items).toHaveLength(2);
    expect(first.hasNextPage).toBe(true);
    const second = await list(a, { actorId: organizer.userId, first: 2, after: first.endCursor });
    expect(second.items).toHaveLength(1);
    expect(second.hasNextPage).toBe(false);
    expect(new Set([...first.items, ...second.items].map((entry) => entry.id)).size).toBe(3);

    const future = new Date(Date.now() + 60_000).toISOString();
    expect((await list(a, { from: future })).totalCount).toBe(0);
    expect((await list(a, { to: future, action: 'membership.person.created' })).totalCount).toBe(3);
  });

  it("never shows one coalition's entries to another", async () => {
    const b = await signUp(harness.rpc, 'Audit B');
    const person = await harness.rpc.ok(
      'membership.person.create',
      { firstName: 'Ada', lastName: 'A' },
      a.as,
    );

    expect((await list(b, { personId: person.id })).totalCount).toBe(0);
    expect((await list(b, { actorId: a.userId })).totalCount).toBe(0);
    expect((await list(b, { first: 100 })).items.every((entry) => entry.personId !== person.id)).toBe(true);
    const aCursor = (await list(a, { first: 1 })).endCursor;
    expect((await list(b, { after: aCursor })).items.some((entry) => entry.personId === person.id)).toBe(
      false,
    );
  });

  it('is append-only for the runtime role', async () => {
    await harness.rpc.ok('membership.person.create', { firstName: 'Ada', lastName: 'A' }, a.as);
    const client = new Client({ connectionString: process.env.MEMBERSHIP_DATABASE_URL });
    await client.connect();
    try {
      for (const statement of [
        `UPDATE membership.audit_log SET action = 'forged'`,
        `DELETE FROM membership.audit_log`,
      ]) {
        await client.query('BEGIN');
        await client.query(`select set_config('app.tenant_id', $1, true)`, [a.tenantId]);
        await expect(client.query(statement)).rejects.toThrow(/permission denied/);
        await client.query('ROLLBACK');
      }
    } finally {
      await client.end();
    }
    expect((await list(a)).totalCount).toBe(1);
  });

  it.each([
    ['after', { after: 'not-a-cursor' }],
    ['action', { action: "membership.person'; DROP TABLE x; --" }],
    ['action', { action: 'M'.repeat(101) }],
    ['personId', { personId: 'Robert<script>' }],
    ['first', { first: 101 }],
    ['from', { from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' }],
    ['to', { to: 'yesterday' }],
  ])('refuses a bad %s with BAD_USER_INPUT naming it', async (field, request) => {
    expect(await harness.rpc.error('membership.audit.list', request, a.as)).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field },
    });
  });
});
