import type {
  LadderLevelDto,
  LadderRuleDto,
  LeadershipRoleDto,
  PersonDto,
  TagDto,
  TagGroupDto,
  TrainingDto,
} from '@groundwork/contracts';
import { signUp, type Member } from '../support/accounts-fixtures';
import { useMembershipHarness } from '../support/membership-harness';

/** Coalition B cannot read, find, count or change A's ladder, leadership, consent or tag data. */
describe('ladder, leadership, consent and tags across coalitions', () => {
  const harness = useMembershipHarness();
  let a: Member;
  let b: Member;
  let ada: PersonDto;
  let levelsOfA: LadderLevelDto[];
  let rule: LadderRuleDto;
  let training: TrainingDto;
  let role: LeadershipRoleDto;
  let tag: TagDto;
  let group: TagGroupDto;

  const TABLES = [
    'ladder_levels',
    'ladder_rules',
    'person_levels',
    'level_changes',
    'person_assessments',
    'person_trainings',
    'person_skills',
    'person_roles',
    'consent_records',
    'person_consents',
    'tags',
    'tag_groups',
  ];
  const snapshotOfA = async () => {
    const snapshot: Record<string, unknown[]> = {};
    for (const table of TABLES)
      snapshot[table] = await harness.sql.query(
        a.tenantId,
        `SELECT * FROM membership.${table} ORDER BY 1, 2`,
      );
    snapshot.people = await harness.sql.query(
      a.tenantId,
      `SELECT id, tags FROM membership.people ORDER BY id`,
    );
    return snapshot;
  };

  beforeAll(async () => {
    a = await signUp(harness.rpc, 'A');
    b = await signUp(harness.rpc, 'B');
    ada = await harness.rpc.ok(
      'membership.person.create',
      { firstName: 'Ada', lastName: 'Cross', tags: ['a-only'] },
      a.as,
    );
    levelsOfA = await harness.rpc.ok('membership.ladder.level.list', {}, a.as);
    await harness.rpc.ok(
      'membership.ladder.person.move',
      { personId: ada.id, levelId: levelsOfA[2]!.id, reason: 'A moved her' },
      a.as,
    );
    rule = await harness.rpc.ok(
      'membership.ladder.rule.create',
      { name: 'R', eventType: 'campaigns.x.y', minCount: 1, windowDays: 1, targetLevelId: levelsOfA[1]!.id },
      a.as,
    );
    await harness.rpc.ok('membership.ladder.assessment.record', { personId: ada.id, score: 3 }, a.as);
    training = await harness.rpc.ok(
      'membership.leadership.training.record',
      { personId: ada.id, name: 'T', attendedOn: '2026-01-01' },
      a.as,
    );
    await harness.rpc.ok('membership.leadership.skills.set', { personId: ada.id, skills: ['S'] }, a.as);
    role = await harness.rpc.ok(
      'membership.leadership.role.assign',
      { personId: ada.id, role: 'Chair', startedOn: '2026-01-01' },
      a.as,
    );
    await harness.rpc.ok(
      'membership.consent.record',
      { personId: ada.id, channel: 'EMAIL', status: 'GRANTED', source: 'Form', wording: 'w' },
      a.as,
    );
    group = await harness.rpc.ok('membership.tag-group.create', { name: 'Group of A' }, a.as);
    tag = (await harness.rpc.ok('membership.tag.list', {}, a.as)).items[0]!;
  });

  it("answers NOT_FOUND when B changes A's records, and changes nothing", async () => {
    const before = await snapshotOfA();
    const levelOfB = (await harness.rpc.ok('membership.ladder.level.list', {}, b.as))[0]!;
    const ownTag = await harness.rpc.ok('membership.tag.create', { name: 'b-tag' }, b.as);
    for (const [subject, body, code] of [
      ['membership.ladder.person.move', { personId: ada.id, levelId: levelOfB.id, reason: 'B' }, 'NOT_FOUND'],
      [
        'membership.ladder.person.move',
        { personId: ada.id, levelId: levelsOfA[0]!.id, reason: 'B' },
        'BAD_USER_INPUT',
      ],
      ['membership.ladder.level.update', { id: levelsOfA[0]!.id, name: 'Hacked' }, 'NOT_FOUND'],
      ['membership.ladder.level.delete', { id: levelsOfA[0]!.id }, 'NOT_FOUND'],
      ['membership.ladder.level.people', { levelId: levelsOfA[2]!.id }, 'NOT_FOUND'],
      ['membership.ladder.rule.update', { id: rule.id, active: false }, 'NOT_FOUND'],
      ['membership.ladder.rule.delete', { id: rule.id }, 'NOT_FOUND'],
      ['membership.ladder.assessment.record', { personId: ada.id, score: 1 }, 'NOT_FOUND'],
      [
        'membership.leadership.training.record',
        { personId: ada.id, name: 'B', attendedOn: '2026-01-01' },
        'NOT_FOUND',
      ],
      ['membership.leadership.training.delete', { id: training.id }, 'NOT_FOUND'],
      ['membership.leadership.skills.set', { personId: ada.id, skills: [] }, 'NOT_FOUND'],
      [
        'membership.leadership.role.assign',
        { personId: ada.id, role: 'B', startedOn: '2026-01-01' },
        'NOT_FOUND',
      ],
      ['membership.leadership.role.end', { id: role.id, endedOn: '2026-02-01' }, 'NOT_FOUND'],
      [
        'membership.consent.record',
        { personId: ada.id, channel: 'EMAIL', status: 'WITHDRAWN', source: 'B', wording: '' },
        'NOT_FOUND',
      ],
      ['membership.tag.update', { id: tag.id, name: 'hacked' }, 'NOT_FOUND'],
      ['membership.tag.merge', { sourceId: tag.id, targetId: ownTag.id }, 'NOT_FOUND'],
      ['membership.tag.merge', { sourceId: ownTag.id, targetId: tag.id }, 'NOT_FOUND'],
      ['membership.tag.delete', { id: tag.id }, 'NOT_FOUND'],
      ['membership.tag-group.update', { id: group.id, name: 'hacked' }, 'NOT_FOUND'],
      ['membership.tag-group.delete', { id: group.id }, 'NOT_FOUND'],
      ['membership.tag.create', { name: 'x', groupId: group.id }, 'BAD_USER_INPUT'],
    ] as const) {
      expect({ subject, error: await harness.rpc.error(subject, body, b.as) }).toMatchObject({
        subject,
        error: { code },
      });
    }
    expect(
      await harness.rpc
        .ok('membership.ladder.level.reorder', { ids: [levelOfB.id] }, b.as)
        .catch(() => 'refused'),
    ).toBe('refused');
    expect(
      await harness.rpc.ok('membership.tag.bulk-apply', { tag: 'b-was-here', personIds: [ada.id] }, b.as),
    ).toMatchObject({ matched: 0, changed: 0 });
    expect(
      await harness.rpc.ok('membership.tag.bulk-remove', { tag: 'a-only', personIds: [ada.id] }, b.as),
    ).toMatchObject({ matched: 0, changed: 0 });
    expect(await snapshotOfA()).toEqual(before);
  });

  it("leaves A's data out of everything B reads and counts", async () => {
    const empty = { items: [], totalCount: 0, hasNextPage: false, endCursor: null };
    expect(await harness.rpc.ok('membership.ladder.person-level.get-many', { ids: [ada.id] }, b.as)).toEqual(
      [],
    );
    expect(await harness.rpc.ok('membership.ladder.history.list', { personId: ada.id }, b.as)).toEqual(empty);
    expect(await harness.rpc.ok('membership.ladder.assessment.list', { personId: ada.id }, b.as)).toEqual(
      empty,
    );
    expect(await harness.rpc.ok('membership.consent.history.list', { personId: ada.id }, b.as)).toEqual(
      empty,
    );
    expect(await harness.rpc.ok('membership.consent.current.get-many', { ids: [ada.id] }, b.as)).toEqual([
      { personId: ada.id, current: [] },
    ]);
    expect(await harness.rpc.ok('membership.leadership.profile.get-many', { ids: [ada.id] }, b.as)).toEqual([
      { personId: ada.id, trainings: [], skills: [], roles: [] },
    ]);
    expect(await harness.rpc.ok('membership.leadership.role-names.list', {}, b.as)).toEqual([]);
    expect(await harness.rpc.ok('membership.ladder.rule.list', {}, b.as)).toEqual([]);
    const levelsOfB = await harness.rpc.ok('membership.ladder.level.list', {}, b.as);
    expect(levelsOfB.map((l) => l.id).filter((id) => levelsOfA.some((l) => l.id === id))).toEqual([]);
    expect(await harness.rpc.ok('membership.ladder.level.counts', {}, b.as)).toEqual([
      ...levelsOfB.map((l) => ({ levelId: l.id, count: 0 })),
      { levelId: null, count: 0 },
    ]);
    expect(
      (await harness.rpc.ok('membership.tag.list', { first: 100 }, b.as)).items.map((t) => t.name),
    ).not.toContain('a-only');
    expect(await harness.rpc.ok('membership.tag-group.list', {}, b.as)).toEqual([]);
    const tagsOfB = new Set(
      (await harness.rpc.ok('membership.tag.list', { first: 100 }, b.as)).items.map((t) => t.id),
    );
    const countsOfB = await harness.rpc.ok('membership.tag.counts', {}, b.as);
    expect(countsOfB.filter((c) => !tagsOfB.has(c.tagId))).toEqual([]);
  });

  it('refuses every ladder, leadership, consent and tag subject without a tenant', async () => {
    for (const subject of [
      'membership.ladder.level.list',
      'membership.ladder.person.move',
      'membership.ladder.rule.list',
      'membership.leadership.profile.get-many',
      'membership.consent.record',
      'membership.tag.list',
      'membership.tag.counts',
      'membership.tag.bulk-apply',
    ] as const) {
      expect(await harness.rpc.error(subject, {}, { actorId: a.userId })).toMatchObject({
        code: 'TENANT_REQUIRED',
      });
    }
  });
});
