import { randomUUID } from 'node:crypto';
import { ErrorCode, type Subject } from '@groundwork/contracts';
import { TenantSql } from '@groundwork/testing';
import { useServiceHarness } from '@groundwork/testing/harness';
import { peopleOf } from '../support/conversation-fixtures';
import { listeningUnderTest } from '../support/listening-harness';
import { MembershipStandIn } from '../support/membership-stand-in';

describe('listening.campaign.*', () => {
  const harness = useServiceHarness(listeningUnderTest);
  let membership: MembershipStandIn;

  beforeAll(() => {
    membership = MembershipStandIn.start(harness.rpc);
  });

  afterAll(() => membership.close());

  const count = async (tenantId: string) =>
    (
      await harness.sql.query<{ count: number }>(
        tenantId,
        'SELECT count(*)::int AS count FROM listening.campaigns',
      )
    )[0]!.count;

  it('creates a PLANNED campaign with prompts, audience, listeners and goals, and moves it forward only', async () => {
    const tenantId = randomUUID();
    const listeners = peopleOf(membership, tenantId, 2);
    const segmentId = randomUUID();
    membership.addSegment(tenantId, segmentId);
    const created = await harness.rpc.ok(
      'listening.campaign.create',
      {
        name: 'Spring listening',
        purpose: 'Hear what tenants of Eastside face',
        prompts: ['What keeps you up at night?', 'What would you change on your block?'],
        startsOn: '2026-03-01',
        endsOn: '2026-05-31',
        audienceSegmentId: segmentId,
        listenerIds: listeners,
        goals: { total: 100, perListener: 20, perOrganization: 5, perArea: 10 },
      },
      { tenantId, actorId: randomUUID() },
    );
    expect(created).toMatchObject({
      status: 'PLANNED',
      prompts: ['What keeps you up at night?', 'What would you change on your block?'],
      startsOn: '2026-03-01',
      endsOn: '2026-05-31',
      audienceSegmentId: segmentId,
      listenerIds: listeners,
      goals: { total: 100, perListener: 20, perOrganization: 5, perArea: 10 },
    });
    expect(await harness.rpc.ok('listening.campaign.get', { id: created.id }, { tenantId })).toEqual(created);

    const active = await harness.rpc.ok(
      'listening.campaign.update',
      { id: created.id, status: 'ACTIVE', audienceSegmentId: null, goals: { perArea: null } },
      { tenantId },
    );
    expect(active).toMatchObject({
      status: 'ACTIVE',
      audienceSegmentId: null,
      goals: { total: 100, perListener: 20, perOrganization: 5, perArea: null },
      name: 'Spring listening',
    });
    expect(
      await harness.rpc.error(
        'listening.campaign.update',
        { id: created.id, status: 'PLANNED' },
        { tenantId },
      ),
    ).toMatchObject({ code: ErrorCode.CONFLICT, reason: 'STATUS_BACKWARDS', details: { field: 'status' } });
    expect(
      await harness.rpc.error(
        'listening.campaign.update',
        { id: created.id, endsOn: '2026-01-01' },
        { tenantId },
      ),
    ).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, details: { field: 'endsOn' } });

    const second = await harness.rpc.ok('listening.campaign.create', { name: 'Autumn' }, { tenantId });
    const page = await harness.rpc.ok('listening.campaign.list', { first: 1 }, { tenantId });
    expect(page).toMatchObject({ totalCount: 2, hasNextPage: true, items: [second] });
    const next = await harness.rpc.ok(
      'listening.campaign.list',
      { first: 1, after: page.endCursor! },
      { tenantId },
    );
    expect(next.items.map((campaign) => campaign.id)).toEqual([created.id]);
    expect(
      (await harness.rpc.ok('listening.campaign.list', { status: 'ACTIVE' }, { tenantId })).items.map(
        (c) => c.id,
      ),
    ).toEqual([created.id]);
    expect(
      await harness.rpc.ok(
        'listening.campaign.get-many',
        { ids: [second.id, randomUUID(), created.id] },
        { tenantId },
      ),
    ).toEqual([second, active]);
  });

  it('counts live progress against every goal: total, per listener, per organization, per area', async () => {
    const tenantId = randomUUID();
    const union = randomUUID();
    const church = randomUUID();
    const [ana, ben, rosa, sam] = peopleOf(membership, tenantId, 4);
    membership.setOrganizations(tenantId, rosa!, [union, church]);
    membership.setOrganizations(tenantId, sam!, [union]);
    const campaign = await harness.rpc.ok(
      'listening.campaign.create',
      {
        name: 'Repairs',
        listenerIds: [ana!, ben!],
        goals: { total: 3, perListener: 2, perOrganization: 2, perArea: 1 },
      },
      { tenantId },
    );
    const hold = (listenerId: string, area: string, speakerId: string) =>
      harness.rpc.ok(
        'listening.conversation.record',
        {
          kind: 'DOOR_KNOCK',
          campaignId: campaign.id,
          heldAt: '2026-04-01T17:00:00.000Z',
          listenerId,
          area,
          participantIds: [speakerId],
          concerns: [{ text: 'Repairs', speakerId }],
        },
        { tenantId },
      );
    const progress = () =>
      harness.rpc.ok('listening.campaign.progress', { campaignId: campaign.id }, { tenantId });
    expect(await progress()).toEqual({
      campaignId: campaign.id,
      total: { goal: 3, held: 0 },
      listeners: [
        { listenerId: ana, goal: 2, held: 0 },
        { listenerId: ben, goal: 2, held: 0 },
      ],
      organizations: [],
      areas: [],
    });
    await hold(ana!, 'Eastside', rosa!);
    await hold(ana!, 'Eastside', sam!);
    await hold(rosa!, 'Westside', rosa!);
    const now = await progress();
    expect(now.total).toEqual({ goal: 3, held: 3 });
    expect(now.listeners).toEqual([
      { listenerId: ana, goal: 2, held: 2 },
      { listenerId: ben, goal: 2, held: 0 },
      { listenerId: rosa, goal: 2, held: 1 },
    ]);
    expect(now.organizations).toEqual([
      { organizationId: union, goal: 2, held: 3 },
      { organizationId: church, goal: 2, held: 2 },
    ]);
    expect(now.areas).toEqual([
      { area: 'Eastside', goal: 1, held: 2 },
      { area: 'Westside', goal: 1, held: 1 },
    ]);
  });

  it('refuses bad input with a code and the field, storing nothing', async () => {
    const tenantId = randomUUID();
    const [listener] = peopleOf(membership, tenantId, 1);
    const cases: Array<[object, string]> = [
      [{ name: '' }, 'name'],
      [{ name: 'x', startsOn: '2026-05-01', endsOn: '2026-04-01' }, 'endsOn'],
      [{ name: 'x', listenerIds: [listener, listener] }, 'listenerIds.1'],
      [{ name: 'x', listenerIds: [listener, randomUUID()] }, 'listenerIds.1'],
      [{ name: 'x', audienceSegmentId: randomUUID() }, 'audienceSegmentId'],
      [{ name: 'x', goals: { perListener: 0 } }, 'goals.perListener'],
      [{ name: 'x', startsOn: '2026-02-30' }, 'startsOn'],
    ];
    for (const [body, field] of cases) {
      expect(await harness.rpc.error('listening.campaign.create', body, { tenantId })).toMatchObject({
        code: ErrorCode.BAD_USER_INPUT,
        details: { field },
      });
    }
    expect(
      await harness.rpc.error('listening.campaign.update', { id: randomUUID(), name: 'x' }, { tenantId }),
    ).toMatchObject({ code: ErrorCode.NOT_FOUND, details: { field: 'id' } });
    expect(
      await harness.rpc.error(
        'listening.conversation.record',
        { kind: 'INTERVIEW', campaignId: randomUUID(), heldAt: '2026-04-01T17:00:00.000Z', headCount: 1 },
        { tenantId },
      ),
    ).toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      reason: 'CAMPAIGN_NOT_FOUND',
      details: { field: 'campaignId' },
    });
    expect(await count(tenantId)).toBe(0);
  });

  it("keeps coalitions apart: B neither sees nor changes A's campaigns, nor records into them", async () => {
    const tenantA = randomUUID();
    const tenantB = randomUUID();
    const [personOfB] = peopleOf(membership, tenantB, 1);
    const segmentOfA = randomUUID();
    membership.addSegment(tenantA, segmentOfA);
    const campaign = await harness.rpc.ok(
      'listening.campaign.create',
      { name: 'A only' },
      { tenantId: tenantA },
    );
    const b = { tenantId: tenantB };
    const refusals: Array<[Subject, object, string, string]> = [
      ['listening.campaign.get', { id: campaign.id }, ErrorCode.NOT_FOUND, 'id'],
      ['listening.campaign.update', { id: campaign.id, status: 'CLOSED' }, ErrorCode.NOT_FOUND, 'id'],
      ['listening.campaign.progress', { campaignId: campaign.id }, ErrorCode.NOT_FOUND, 'campaignId'],
      [
        'listening.campaign.create',
        { name: 'x', audienceSegmentId: segmentOfA },
        ErrorCode.BAD_USER_INPUT,
        'audienceSegmentId',
      ],
      [
        'listening.conversation.record',
        {
          kind: 'INTERVIEW',
          campaignId: campaign.id,
          heldAt: '2026-04-01T17:00:00.000Z',
          participantIds: [personOfB],
        },
        ErrorCode.BAD_USER_INPUT,
        'campaignId',
      ],
    ];
    for (const [subject, body, code, field] of refusals) {
      expect(await harness.rpc.error(subject, body, b)).toMatchObject({ code, details: { field } });
    }
    expect(await harness.rpc.ok('listening.campaign.get-many', { ids: [campaign.id] }, b)).toEqual([]);
    expect(await harness.rpc.ok('listening.campaign.list', {}, b)).toMatchObject({ totalCount: 0 });
    expect(
      await harness.rpc.ok('listening.campaign.get', { id: campaign.id }, { tenantId: tenantA }),
    ).toEqual(campaign);

    const runtimeSql = new TenantSql(process.env.LISTENING_DATABASE_URL);
    try {
      expect(
        await runtimeSql.query(tenantB, 'SELECT 1 FROM listening.campaigns WHERE id = $1', [campaign.id]),
      ).toEqual([]);
      await expect(
        runtimeSql.query(
          tenantB,
          `INSERT INTO listening.campaigns (tenant_id, id, name, status, created_at) VALUES ($1, $2, 'x', 'PLANNED', now())`,
          [tenantA, randomUUID()],
        ),
      ).rejects.toThrow(/row-level security/);
    } finally {
      await runtimeSql.close();
    }
  });
});
