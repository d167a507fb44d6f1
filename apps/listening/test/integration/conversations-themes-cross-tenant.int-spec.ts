import { randomUUID } from 'node:crypto';
import {
  ErrorCode,
  type ConcernDto,
  type ConversationDto,
  type Subject,
  type ThemeDto,
} from '@groundwork/contracts';
import { TenantSql } from '@groundwork/testing';
import { useServiceHarness } from '@groundwork/testing/harness';
import { peopleOf, recordHouseMeeting } from '../support/conversation-fixtures';
import { listeningUnderTest } from '../support/listening-harness';
import { MembershipStandIn } from '../support/membership-stand-in';

const TABLES = [
  'conversations',
  'conversation_participants',
  'concerns',
  'themes',
  'concern_reviews',
  'codings',
  'theme_suggestions',
];

describe('conversations, concerns and themes across tenants', () => {
  const harness = useServiceHarness(listeningUnderTest);
  const tenantA = randomUUID();
  const tenantB = randomUUID();
  const coderOfA = { tenantId: tenantA, actorId: randomUUID() };
  const coderOfB = { tenantId: tenantB, actorId: randomUUID() };
  let runtimeSql: TenantSql;
  let membership: MembershipStandIn;
  let peopleOfA: string[];
  let conversationOfA: ConversationDto;
  let concernsOfA: ConcernDto[];
  let themeOfA: ThemeDto;
  let otherThemeOfA: ThemeDto;
  let themeOfB: ThemeDto;

  beforeAll(async () => {
    runtimeSql = new TenantSql(process.env.LISTENING_DATABASE_URL);
    membership = MembershipStandIn.start(harness.rpc);
    peopleOfA = peopleOf(membership, tenantA, 2);
    peopleOf(membership, tenantB, 1);
    ({ conversation: conversationOfA, concerns: concernsOfA } = await recordHouseMeeting(
      harness.rpc,
      tenantA,
      peopleOfA,
      ['Rent went up', 'Rent again', 'Mold'],
    ));
    themeOfA = await harness.rpc.ok('listening.theme.create', { name: 'Rent' }, coderOfA);
    otherThemeOfA = await harness.rpc.ok('listening.theme.create', { name: 'Mold' }, coderOfA);
    themeOfB = await harness.rpc.ok('listening.theme.create', { name: 'Rent' }, coderOfB);
    await harness.rpc.ok(
      'listening.coding.set',
      { concernId: concernsOfA[0]!.id, themeIds: [themeOfA.id] },
      coderOfA,
    );
    await harness.rpc.ok('listening.theme.suggest', { concernId: concernsOfA[1]!.id }, coderOfA);
  });

  afterAll(async () => {
    await membership.close();
    await runtimeSql.close();
  });

  const rowsOfA = () =>
    Promise.all(
      TABLES.map(
        async (table) =>
          (
            await harness.sql.query<{ count: number }>(
              tenantA,
              `SELECT count(*)::int AS count FROM listening.${table}`,
            )
          )[0]!.count,
      ),
    );

  it("shows coalition B none of A's rows in any table, as the service's runtime role", async () => {
    for (const table of TABLES) {
      expect((await runtimeSql.query(tenantA, `SELECT 1 FROM listening.${table}`)).length).toBeGreaterThan(0);
      expect(
        await runtimeSql.query(tenantB, `SELECT 1 FROM listening.${table} WHERE tenant_id = $1`, [tenantA]),
      ).toEqual([]);
      expect(await runtimeSql.query(null, `SELECT 1 FROM listening.${table}`)).toEqual([]);
    }
  });

  it("refuses to write into A's tables from B", async () => {
    await expect(
      runtimeSql.query(
        tenantB,
        `INSERT INTO listening.themes (tenant_id, id, name, created_at) VALUES ($1, $2, 'Planted', now())`,
        [tenantA, randomUUID()],
      ),
    ).rejects.toThrow(/row-level security/);
    await expect(
      runtimeSql.query(
        tenantB,
        `INSERT INTO listening.concerns (tenant_id, id, conversation_id, position, text, created_at)
         VALUES ($1, $2, $3, 99, 'planted', now())`,
        [tenantA, randomUUID(), conversationOfA.id],
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it("reads none of A's conversations, concerns, themes, codings, agreement or counts from B", async () => {
    const b = { tenantId: tenantB };
    expect(
      await harness.rpc.error('listening.conversation.get', { id: conversationOfA.id }, b),
    ).toMatchObject({
      code: ErrorCode.NOT_FOUND,
    });
    expect(await harness.rpc.ok('listening.conversation.get-many', { ids: [conversationOfA.id] }, b)).toEqual(
      [],
    );
    expect(await harness.rpc.ok('listening.conversation.list', { first: 100 }, b)).toMatchObject({
      totalCount: 0,
    });
    expect(
      await harness.rpc.ok('listening.concern.get-many', { ids: concernsOfA.map((c) => c.id) }, b),
    ).toEqual([]);
    expect(
      await harness.rpc.ok('listening.concern.list', { conversationId: conversationOfA.id, first: 100 }, b),
    ).toMatchObject({ totalCount: 0 });
    expect(await harness.rpc.ok('listening.concern.list', { first: 100 }, b)).toMatchObject({
      totalCount: 0,
    });
    expect(
      await harness.rpc.ok('listening.coding.list-by-concerns', { concernIds: [concernsOfA[0]!.id] }, b),
    ).toEqual([]);
    expect((await harness.rpc.ok('listening.theme.list', {}, b)).map((theme) => theme.id)).toEqual([
      themeOfB.id,
    ]);
    expect(await harness.rpc.ok('listening.coding.agreement', { themeIds: [themeOfA.id] }, b)).toEqual([]);
    expect((await harness.rpc.ok('listening.theme.counts', {}, b)).map((row) => row.themeId)).toEqual([
      themeOfB.id,
    ]);
    expect(await harness.rpc.ok('listening.theme.suggestion-stats', {}, b)).toMatchObject({ decided: 0 });
  });

  it("changes nothing of A's from B: concerns, coding, theme updates, merges, splits, suggestions", async () => {
    const before = await rowsOfA();
    const attempts: Array<[Subject, object, string]> = [
      [
        'listening.concern.add',
        { conversationId: conversationOfA.id, concerns: [{ text: 'x' }] },
        'conversationId',
      ],
      ['listening.coding.set', { concernId: concernsOfA[1]!.id, themeIds: [themeOfB.id] }, 'concernId'],
      ['listening.coding.set', { concernId: concernsOfA[1]!.id, themeIds: [] }, 'concernId'],
      ['listening.theme.update', { id: themeOfA.id, name: 'Hijacked' }, 'id'],
      ['listening.theme.merge', { targetId: themeOfB.id, sourceIds: [themeOfA.id] }, 'sourceIds.0'],
      ['listening.theme.merge', { targetId: themeOfA.id, sourceIds: [themeOfB.id] }, 'targetId'],
      [
        'listening.theme.split',
        { id: themeOfA.id, parts: [{ name: 'P', concernIds: [concernsOfA[0]!.id] }] },
        'id',
      ],
      ['listening.theme.suggest', { concernId: concernsOfA[2]!.id }, 'concernId'],
      ['listening.theme.create', { name: 'Child', parentId: otherThemeOfA.id }, 'parentId'],
    ];
    for (const [subject, body, field] of attempts) {
      expect(await harness.rpc.error(subject, body, coderOfB)).toMatchObject({
        code: ErrorCode.NOT_FOUND,
        details: { field },
      });
    }
    expect(
      await harness.rpc.error(
        'listening.coding.set',
        { concernId: concernsOfA[0]!.id, themeIds: [themeOfA.id] },
        {
          tenantId: tenantB,
          actorId: coderOfB.actorId,
        },
      ),
    ).toMatchObject({ code: ErrorCode.NOT_FOUND });
    expect(await rowsOfA()).toEqual(before);
  });

  it("refuses A's people as participants in B's conversations: membership knows them only in A", async () => {
    const error = await harness.rpc.error(
      'listening.conversation.record',
      { kind: 'INTERVIEW', heldAt: '2026-11-01T10:00:00.000Z', participantIds: [peopleOfA[0]] },
      { tenantId: tenantB },
    );
    expect(error).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, details: { field: 'participantIds.0' } });
  });
});
