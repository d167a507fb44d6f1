import { randomUUID } from 'node:crypto';
import { ErrorCode, type ConcernDto, type ThemeDto } from '@groundwork/contracts';
import { useServiceHarness } from '@groundwork/testing/harness';
import { peopleOf, recordHouseMeeting } from '../support/conversation-fixtures';
import { listeningUnderTest } from '../support/listening-harness';
import { MembershipStandIn } from '../support/membership-stand-in';

describe('listening.theme.* and listening.coding.*', () => {
  const harness = useServiceHarness(listeningUnderTest);
  let membership: MembershipStandIn;

  beforeAll(() => {
    membership = MembershipStandIn.start(harness.rpc);
  });

  afterAll(() => membership.close());

  /** A coalition of its own per test, so counts and agreement see only what the test wrote. */
  const coalition = () => {
    const tenantId = randomUUID();
    const ann = { tenantId, actorId: randomUUID() };
    const bo = { tenantId, actorId: randomUUID() };
    const theme = (name: string, parentId?: string): Promise<ThemeDto> =>
      harness.rpc.ok('listening.theme.create', { name, ...(parentId ? { parentId } : {}) }, ann);
    const code = (as: { tenantId: string; actorId: string }, concern: ConcernDto, ...themes: ThemeDto[]) =>
      harness.rpc.ok(
        'listening.coding.set',
        { concernId: concern.id, themeIds: themes.map((t) => t.id) },
        as,
      );
    const codings = async (concerns: ConcernDto[]) =>
      (
        await harness.rpc.ok(
          'listening.coding.list-by-concerns',
          { concernIds: concerns.map((concern) => concern.id) },
          { tenantId },
        )
      ).map((coding) => [coding.concernId, coding.themeId, coding.coderId]);
    return { tenantId, ann, bo, theme, code, codings };
  };

  it('keeps themes as a tree, parents before sub-themes, and refuses to put a theme under itself', async () => {
    const { tenantId, theme } = coalition();
    const housing = await theme('Housing');
    const repairs = await theme('Repairs', housing.id);
    const mold = await theme('Mold', repairs.id);
    const safety = await theme('Safety');
    const tree = await harness.rpc.ok('listening.theme.list', {}, { tenantId });
    expect(tree.map((t) => [t.name, t.parentId])).toEqual([
      ['Housing', null],
      ['Repairs', housing.id],
      ['Mold', repairs.id],
      ['Safety', null],
    ]);

    const cycle = await harness.rpc.error(
      'listening.theme.update',
      { id: housing.id, parentId: mold.id },
      { tenantId },
    );
    expect(cycle).toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      reason: 'THEME_UNDER_ITSELF',
      details: { field: 'parentId' },
    });
    expect(
      await harness.rpc.error('listening.theme.create', { name: ' housing ' }, { tenantId }),
    ).toMatchObject({ code: ErrorCode.CONFLICT, reason: 'THEME_NAME_TAKEN', details: { field: 'name' } });
    expect(
      await harness.rpc.error(
        'listening.theme.create',
        { name: 'Orphan', parentId: randomUUID() },
        { tenantId },
      ),
    ).toMatchObject({ code: ErrorCode.NOT_FOUND, details: { field: 'parentId' } });
    expect(
      await harness.rpc.error('listening.theme.create', { name: '<b>x</b>' }, { tenantId }),
    ).toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      details: { field: 'name' },
    });

    const moved = await harness.rpc.ok(
      'listening.theme.update',
      { id: mold.id, parentId: safety.id, name: 'Mold and damp' },
      { tenantId },
    );
    expect(moved).toMatchObject({ name: 'Mold and damp', parentId: safety.id });
    expect((await harness.rpc.ok('listening.theme.list', {}, { tenantId })).map((t) => t.name)).toEqual([
      'Housing',
      'Repairs',
      'Safety',
      'Mold and damp',
    ]);
  });

  it("records each coder's coding separately; a coder's second coding replaces only their own", async () => {
    const { tenantId, ann, bo, theme, code, codings } = coalition();
    const people = peopleOf(membership, tenantId, 1);
    const { concerns } = await recordHouseMeeting(harness.rpc, tenantId, people, ['Rent went up', 'Mold']);
    const rent = await theme('Rent');
    const repairs = await theme('Repairs');
    await code(ann, concerns[0]!, rent, repairs);
    await code(bo, concerns[0]!, rent);
    const afterAnnRecodes = await code(ann, concerns[0]!, rent);
    expect(afterAnnRecodes.map((coding) => [coding.themeId, coding.coderId]).sort()).toEqual(
      [
        [rent.id, ann.actorId],
        [rent.id, bo.actorId],
      ].sort(),
    );
    expect(await codings([concerns[0]!])).toHaveLength(2);

    const uncoded = await harness.rpc.ok(
      'listening.concern.list',
      { uncoded: true, first: 10 },
      { tenantId },
    );
    expect(uncoded.items.map((concern) => concern.text)).toEqual(['Mold']);
    // Read and found no theme: a decision, so the concern leaves the uncoded queue.
    await code(bo, concerns[1]!);
    expect(
      (await harness.rpc.ok('listening.concern.list', { uncoded: true, first: 10 }, { tenantId })).totalCount,
    ).toBe(0);
    const underRent = await harness.rpc.ok(
      'listening.concern.list',
      { themeId: rent.id, first: 10 },
      { tenantId },
    );
    expect(underRent.items.map((concern) => concern.id)).toEqual([concerns[0]!.id]);
  });

  it('refuses coding without a signed-in coder, to an unknown theme or concern, and twice the same theme', async () => {
    const { tenantId, ann, theme, codings } = coalition();
    const people = peopleOf(membership, tenantId, 1);
    const { concerns } = await recordHouseMeeting(harness.rpc, tenantId, people, ['Rent']);
    const rent = await theme('Rent');
    const attempts: Array<[object, object, string, string | undefined]> = [
      [{ concernId: concerns[0]!.id, themeIds: [rent.id] }, { tenantId }, ErrorCode.FORBIDDEN, undefined],
      [
        { concernId: concerns[0]!.id, themeIds: [rent.id] },
        { tenantId, actorId: randomUUID(), actorType: 'api-token' },
        ErrorCode.FORBIDDEN,
        undefined,
      ],
      [
        { concernId: concerns[0]!.id, themeIds: [rent.id, randomUUID()] },
        ann,
        ErrorCode.NOT_FOUND,
        'themeIds.1',
      ],
      [{ concernId: randomUUID(), themeIds: [rent.id] }, ann, ErrorCode.NOT_FOUND, 'concernId'],
      [
        { concernId: concerns[0]!.id, themeIds: [rent.id, rent.id] },
        ann,
        ErrorCode.BAD_USER_INPUT,
        'themeIds.1',
      ],
      [{ concernId: 'nope', themeIds: [] }, ann, ErrorCode.BAD_USER_INPUT, 'concernId'],
    ];
    for (const [body, context, code, field] of attempts) {
      const error = await harness.rpc.error('listening.coding.set', body, context);
      expect(error.code).toBe(code);
      if (field) expect(error.details?.field).toBe(field);
    }
    expect(await codings(concerns)).toEqual([]);
    expect(
      await harness.sql.query(tenantId, 'SELECT count(*)::int AS reviews FROM listening.concern_reviews'),
    ).toEqual([{ reviews: 0 }]);
  });

  it("measures agreement per theme with Cohen's kappa between the coders", async () => {
    const { tenantId, ann, bo, theme, code } = coalition();
    const people = peopleOf(membership, tenantId, 1);
    const { concerns } = await recordHouseMeeting(harness.rpc, tenantId, people, ['a', 'b', 'c', 'd']);
    const rent = await theme('Rent');
    const mold = await theme('Mold');
    // Rent: ann yes,yes,no,no; bo yes,no,no,no → p_o = 3/4, p_e = 1/2·1/4 + 1/2·3/4 = 1/2, kappa = 1/2.
    // Mold: both yes on d only → kappa 1.
    await code(ann, concerns[0]!, rent);
    await code(ann, concerns[1]!, rent);
    await code(ann, concerns[2]!);
    await code(ann, concerns[3]!, mold);
    await code(bo, concerns[0]!, rent);
    await code(bo, concerns[1]!);
    await code(bo, concerns[2]!);
    await code(bo, concerns[3]!, mold);

    const agreement = await harness.rpc.ok('listening.coding.agreement', {}, { tenantId });
    const byTheme = new Map(agreement.map((row) => [row.themeId, row]));
    expect(byTheme.get(rent.id)!.kappa).toBeCloseTo(0.5, 10);
    expect(byTheme.get(rent.id)!.pairs).toEqual([
      expect.objectContaining({ concerns: 4, observedAgreement: 0.75 }),
    ]);
    expect(byTheme.get(mold.id)!.kappa).toBeCloseTo(1, 10);
    const onlyMold = await harness.rpc.ok(
      'listening.coding.agreement',
      { themeIds: [mold.id, randomUUID()] },
      { tenantId },
    );
    expect(onlyMold.map((row) => row.themeId)).toEqual([mold.id]);
  });

  it("merges themes without losing a coding, and splits one, moving each part's codings", async () => {
    const { tenantId, ann, bo, theme, code, codings } = coalition();
    const people = peopleOf(membership, tenantId, 1);
    const { concerns } = await recordHouseMeeting(harness.rpc, tenantId, people, [
      'rent',
      'rent hike',
      'fees',
    ]);
    const rent = await theme('Rent');
    const rentIncrease = await theme('Rent increase');
    const underIncrease = await theme('Yearly increase', rentIncrease.id);
    await code(ann, concerns[0]!, rent, rentIncrease);
    await code(bo, concerns[0]!, rentIncrease);
    await code(bo, concerns[1]!, underIncrease);
    await code(ann, concerns[2]!, rentIncrease);

    const merged = await harness.rpc.ok(
      'listening.theme.merge',
      { targetId: rent.id, sourceIds: [rentIncrease.id] },
      { tenantId },
    );
    expect(merged.id).toBe(rent.id);
    expect((await codings(concerns)).sort()).toEqual(
      [
        [concerns[0]!.id, rent.id, ann.actorId],
        [concerns[0]!.id, rent.id, bo.actorId],
        [concerns[1]!.id, underIncrease.id, bo.actorId],
        [concerns[2]!.id, rent.id, ann.actorId],
      ].sort(),
    );
    const tree = await harness.rpc.ok('listening.theme.list', {}, { tenantId });
    expect(tree.map((t) => [t.name, t.parentId])).toEqual([
      ['Rent', null],
      ['Yearly increase', rent.id],
    ]);

    const refused = await harness.rpc.error(
      'listening.theme.split',
      { id: rent.id, parts: [{ name: 'Fees', concernIds: [concerns[1]!.id] }] },
      { tenantId },
    );
    expect(refused).toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      details: { field: 'parts.0.concernIds.0' },
    });

    const [fees] = await harness.rpc.ok(
      'listening.theme.split',
      { id: rent.id, parts: [{ name: 'Fees', concernIds: [concerns[2]!.id] }] },
      { tenantId },
    );
    expect(fees).toMatchObject({ name: 'Fees', parentId: null });
    expect((await codings(concerns)).sort()).toEqual(
      [
        [concerns[0]!.id, rent.id, ann.actorId],
        [concerns[0]!.id, rent.id, bo.actorId],
        [concerns[1]!.id, underIncrease.id, bo.actorId],
        [concerns[2]!.id, fees!.id, ann.actorId],
      ].sort(),
    );
    expect(
      await harness.rpc.error(
        'listening.theme.merge',
        { targetId: rent.id, sourceIds: [rent.id] },
        { tenantId },
      ),
    ).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, details: { field: 'sourceIds' } });
    expect(
      await harness.rpc.error(
        'listening.theme.merge',
        { targetId: rent.id, sourceIds: [randomUUID()] },
        { tenantId },
      ),
    ).toMatchObject({ code: ErrorCode.NOT_FOUND, details: { field: 'sourceIds.0' } });
  });

  it('merges a parent into its own sub-theme, which takes its place in the tree', async () => {
    const { tenantId, ann, theme, code, codings } = coalition();
    const people = peopleOf(membership, tenantId, 1);
    const { concerns } = await recordHouseMeeting(harness.rpc, tenantId, people, ['x']);
    const top = await theme('Top');
    const parent = await theme('Parent', top.id);
    const child = await theme('Child', parent.id);
    await code(ann, concerns[0]!, parent);
    const merged = await harness.rpc.ok(
      'listening.theme.merge',
      { targetId: child.id, sourceIds: [parent.id] },
      { tenantId },
    );
    expect(merged.parentId).toBe(top.id);
    expect(await codings(concerns)).toEqual([[concerns[0]!.id, child.id, ann.actorId]]);
  });

  it("suggests themes learned from this coalition's coding, and counts how often they were taken", async () => {
    const { tenantId, ann, theme, code } = coalition();
    const people = peopleOf(membership, tenantId, 1);
    const { concerns } = await recordHouseMeeting(harness.rpc, tenantId, people, [
      'The rent went up again',
      'Rent increase this year is too much',
      'Mold in the bathroom',
      'Repairs never happen, mold everywhere',
      'Another rent increase announced',
      'Mold on the kitchen walls',
    ]);
    const rent = await theme('Rent');
    const mold = await theme('Mold');
    for (const index of [0, 1]) await code(ann, concerns[index]!, rent);
    for (const index of [2, 3]) await code(ann, concerns[index]!, mold);

    const forRent = await harness.rpc.ok(
      'listening.theme.suggest',
      { concernId: concerns[4]!.id, limit: 2 },
      ann,
    );
    expect(forRent[0]).toEqual({ themeId: rent.id, score: 1 });
    const forMold = await harness.rpc.ok(
      'listening.theme.suggest',
      { concernId: concerns[5]!.id, limit: 1 },
      ann,
    );
    expect(forMold).toEqual([{ themeId: mold.id, score: 1 }]);
    // Another coalition learns nothing from this one's coding.
    const otherTenant = randomUUID();
    const [stranger] = peopleOf(membership, otherTenant, 1);
    const { concerns: theirs } = await recordHouseMeeting(
      harness.rpc,
      otherTenant,
      [stranger!],
      ['rent increase'],
    );
    expect(
      await harness.rpc.ok(
        'listening.theme.suggest',
        { concernId: theirs[0]!.id },
        { tenantId: otherTenant },
      ),
    ).toEqual([]);

    expect(await harness.rpc.ok('listening.theme.suggestion-stats', {}, { tenantId })).toEqual({
      decided: 0,
      accepted: 0,
      acceptanceRate: null,
    });
    await code(ann, concerns[4]!, rent);
    await code(ann, concerns[5]!, rent);
    const stats = await harness.rpc.ok('listening.theme.suggestion-stats', {}, { tenantId });
    expect(stats.accepted).toBe(1);
    expect(stats.decided).toBe(forRent.length + forMold.length);
    expect(stats.acceptanceRate).toBeCloseTo(1 / stats.decided, 10);
  });

  it('counts concerns, people, organizations and depth per theme, rolled up the tree, broken down', async () => {
    const { tenantId, ann, bo, theme, code } = coalition();
    const union = randomUUID();
    const church = randomUUID();
    const [rosa, sam, lee] = peopleOf(membership, tenantId, 3);
    membership.setOrganizations(tenantId, rosa!, [union, church]);
    membership.setOrganizations(tenantId, sam!, [union]);
    const housing = await theme('Housing');
    const rent = await theme('Rent', housing.id);
    const { id: campaignId } = await harness.rpc.ok('listening.campaign.create', { name: 'Spring' }, ann);
    const eastside = await harness.rpc.ok(
      'listening.conversation.record',
      {
        kind: 'HOUSE_MEETING',
        heldAt: '2026-11-02T18:00:00.000Z',
        area: 'Eastside',
        language: 'en',
        campaignId,
        participantIds: [rosa!, sam!],
        concerns: [
          { text: 'rent', speakerId: rosa, depth: 5 },
          { text: 'rent again', speakerId: rosa, depth: 3 },
          { text: 'housing', speakerId: sam, depth: 1 },
        ],
      },
      ann,
    );
    const westside = await harness.rpc.ok(
      'listening.conversation.record',
      {
        kind: 'DOOR_KNOCK',
        heldAt: '2026-11-03T18:00:00.000Z',
        area: 'Westside',
        language: 'es',
        participantIds: [lee!],
        concerns: [{ text: 'alquiler', speakerId: lee }, { text: 'anonymous' }],
      },
      ann,
    );
    const [r1, r2, h1] = eastside.concerns;
    const [w1, w2] = westside.concerns;
    await code(ann, r1!, rent);
    await code(bo, r1!, rent);
    await code(ann, r2!, rent);
    await code(ann, h1!, housing);
    await code(ann, w1!, rent);
    await code(ann, w2!, housing);

    const counts = await harness.rpc.ok(
      'listening.theme.counts',
      { breakdown: 'ORGANIZATION' },
      { tenantId },
    );
    const of = (id: string) => counts.find((row) => row.themeId === id)!;
    // Rent: r1 (coded twice, counted once), r2, w1; Housing adds h1 and w2 on top of its sub-theme.
    expect(of(rent.id)).toMatchObject({ concerns: 3, people: 2, organizations: 2, averageDepth: 4 });
    expect(of(housing.id)).toMatchObject({ concerns: 5, people: 3, organizations: 2, averageDepth: 3 });
    expect(of(rent.id).breakdown).toEqual(
      expect.arrayContaining([
        { key: union, concerns: 2, people: 1, organizations: 1, averageDepth: 4 },
        { key: church, concerns: 2, people: 1, organizations: 1, averageDepth: 4 },
        { key: null, concerns: 1, people: 1, organizations: 0, averageDepth: null },
      ]),
    );
    const byArea = await harness.rpc.ok('listening.theme.counts', { breakdown: 'AREA' }, { tenantId });
    expect(
      byArea.find((row) => row.themeId === housing.id)!.breakdown.map((row) => [row.key, row.concerns]),
    ).toEqual([
      ['Eastside', 3],
      ['Westside', 2],
    ]);
    const byLanguage = await harness.rpc.ok(
      'listening.theme.counts',
      { breakdown: 'LANGUAGE' },
      { tenantId },
    );
    expect(
      byLanguage.find((row) => row.themeId === rent.id)!.breakdown.map((row) => [row.key, row.concerns]),
    ).toEqual([
      ['en', 2],
      ['es', 1],
    ]);
    const inCampaign = await harness.rpc.ok(
      'listening.theme.counts',
      { campaignId, breakdown: 'CAMPAIGN' },
      { tenantId },
    );
    expect(inCampaign.find((row) => row.themeId === housing.id)).toMatchObject({
      concerns: 3,
      breakdown: [{ key: campaignId, concerns: 3 }],
    });
    expect(
      await harness.rpc.error('listening.theme.counts', { breakdown: 'SHOE_SIZE' }, { tenantId }),
    ).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, details: { field: 'breakdown' } });
  });
});
