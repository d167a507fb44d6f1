import { randomUUID } from 'node:crypto';
import { ErrorCode, type ConversationDto } from '@groundwork/contracts';
import { useServiceHarness } from '@groundwork/testing/harness';
import { peopleOf, recordHouseMeeting } from '../support/conversation-fixtures';
import { listeningUnderTest } from '../support/listening-harness';
import { MembershipStandIn } from '../support/membership-stand-in';

describe('listening.conversation.* and listening.concern.*', () => {
  const harness = useServiceHarness(listeningUnderTest);
  const tenantId = randomUUID();
  const tenantsUnion = randomUUID();
  const congregation = randomUUID();
  let membership: MembershipStandIn;

  beforeAll(() => {
    membership = MembershipStandIn.start(harness.rpc);
  });

  afterAll(() => membership.close());

  const count = async (table: string) =>
    (
      await harness.sql.query<{ count: number }>(
        tenantId,
        `SELECT count(*)::int AS count FROM listening.${table}`,
      )
    )[0]!.count;

  it("records a house meeting of 15 people and 20 concerns in one request, keeping each speaker's organizations as they were", async () => {
    const people = peopleOf(membership, tenantId, 15);
    membership.setOrganizations(tenantId, people[0]!, [tenantsUnion, congregation]);
    membership.setOrganizations(tenantId, people[1]!, [congregation]);
    const texts = Array.from({ length: 20 }, (_, index) => `Concern number ${index + 1} about the building`);

    const { conversation, concerns } = await recordHouseMeeting(harness.rpc, tenantId, people, texts, {
      headCount: 4,
      durationMinutes: 90,
      notes: 'Good turnout; interpreters needed next time',
      listenerId: people[0],
    });

    expect(conversation).toMatchObject({
      kind: 'HOUSE_MEETING',
      heldAt: '2026-11-20T18:30:00.000Z',
      durationMinutes: 90,
      area: 'Eastside',
      language: 'en',
      listenerId: people[0],
      participantIds: people,
      headCount: 4,
      concernCount: 20,
      oneOnOneId: null,
    });
    expect(concerns).toHaveLength(20);
    expect(concerns[0]).toMatchObject({
      text: 'Concern number 1 about the building',
      speakerId: people[0],
      speakerOrganizationIds: [tenantsUnion, congregation],
      depth: 1,
      quotable: true,
    });
    expect(concerns[1]).toMatchObject({ speakerOrganizationIds: [congregation], depth: 2, quotable: false });
    expect(concerns[15]).toMatchObject({
      speakerId: people[0],
      speakerOrganizationIds: [tenantsUnion, congregation],
    });

    // Membership's affiliations change later; what was kept does not.
    membership.setOrganizations(tenantId, people[0]!, []);
    const [again] = await harness.rpc.ok(
      'listening.concern.get-many',
      { ids: [concerns[0]!.id] },
      { tenantId },
    );
    expect(again!.speakerOrganizationIds).toEqual([tenantsUnion, congregation]);
    expect(await harness.rpc.ok('listening.conversation.get', { id: conversation.id }, { tenantId })).toEqual(
      conversation,
    );
  });

  it('adds concerns after the ones a conversation has and pages them in the order heard', async () => {
    const people = peopleOf(membership, tenantId, 2);
    const { conversation } = await recordHouseMeeting(harness.rpc, tenantId, people, ['Rent', 'Mold']);
    const added = await harness.rpc.ok(
      'listening.concern.add',
      {
        conversationId: conversation.id,
        concerns: [{ text: 'Noise' }, { text: 'Heat', speakerId: people[1] }],
      },
      { tenantId },
    );
    expect(added.map((concern) => [concern.text, concern.speakerId])).toEqual([
      ['Noise', null],
      ['Heat', people[1]],
    ]);

    const first = await harness.rpc.ok(
      'listening.concern.list',
      { conversationId: conversation.id, first: 3 },
      { tenantId },
    );
    expect(first.items.map((concern) => concern.text)).toEqual(['Rent', 'Mold', 'Noise']);
    expect(first).toMatchObject({ totalCount: 4, hasNextPage: true });
    const second = await harness.rpc.ok(
      'listening.concern.list',
      { conversationId: conversation.id, first: 3, after: first.endCursor! },
      { tenantId },
    );
    expect(second.items.map((concern) => concern.text)).toEqual(['Heat']);
    expect(second.hasNextPage).toBe(false);
  });

  it('lists every kind, latest held first, filtered by kind, and finds none it does not have', async () => {
    const [person] = peopleOf(membership, tenantId, 1);
    const kinds = [
      'DOOR_KNOCK',
      'PHONE_CALL',
      'SURVEY_RESPONSE',
      'FOCUS_GROUP',
      'PUBLIC_FORUM',
      'INTERVIEW',
    ] as const;
    const recorded: ConversationDto[] = [];
    for (const [index, kind] of kinds.entries()) {
      const { conversation } = await harness.rpc.ok(
        'listening.conversation.record',
        { kind, heldAt: `2025-01-0${index + 1}T10:00:00.000Z`, participantIds: [person!] },
        { tenantId },
      );
      recorded.push(conversation);
    }
    const page = await harness.rpc.ok(
      'listening.conversation.list',
      { first: 100, kind: 'PHONE_CALL' },
      { tenantId },
    );
    expect(page.items.map((conversation) => conversation.id)).toEqual([recorded[1]!.id]);
    const all = await harness.rpc.ok('listening.conversation.list', { first: 100 }, { tenantId });
    const ours = all.items.filter((conversation) => recorded.some((r) => r.id === conversation.id));
    expect(ours.map((conversation) => conversation.kind)).toEqual([...kinds].reverse());
    const unknown = randomUUID();
    expect(
      await harness.rpc.ok(
        'listening.conversation.get-many',
        { ids: [unknown, recorded[0]!.id] },
        { tenantId },
      ),
    ).toEqual([recorded[0]]);
    expect(
      await harness.rpc.error('listening.conversation.get', { id: unknown }, { tenantId }),
    ).toMatchObject({
      code: ErrorCode.NOT_FOUND,
      reason: 'CONVERSATION_NOT_FOUND',
    });
  });

  it('records a public forum by head count alone', async () => {
    const { conversation, concerns } = await harness.rpc.ok(
      'listening.conversation.record',
      {
        kind: 'PUBLIC_FORUM',
        heldAt: '2026-10-01T19:00:00.000Z',
        headCount: 120,
        concerns: [{ text: 'Evictions are rising', depth: 5 }],
      },
      { tenantId },
    );
    expect(conversation).toMatchObject({ participantIds: [], headCount: 120, concernCount: 1 });
    expect(concerns[0]).toMatchObject({
      speakerId: null,
      speakerOrganizationIds: [],
      depth: 5,
      quotable: false,
    });
  });

  describe('bad input: a clear code and the field, nothing stored', () => {
    const cases: Array<[string, Record<string, unknown>, string]> = [
      ['nobody took part', { participantIds: [], headCount: 0 }, 'participantIds'],
      ['a person named twice', { participantIds: ['P0', 'P0'] }, 'participantIds.1'],
      ['a speaker who was not there', { concerns: [{ text: 'x', speakerId: 'P9' }] }, 'concerns.0.speakerId'],
      ['a depth of 6', { concerns: [{ text: 'x', depth: 6 }] }, 'concerns.0.depth'],
      ['an empty concern', { concerns: [{ text: '   ' }] }, 'concerns.0.text'],
      ['an unknown kind', { kind: 'SEANCE' }, 'kind'],
      ['a language that is not a tag', { language: 'english!' }, 'language'],
      ['a negative head count', { headCount: -1 }, 'headCount'],
      ['a date far in the future', { heldAt: '2999-01-01T00:00:00.000Z' }, 'heldAt'],
    ];

    it.each(cases)('refuses %s', async (_, fields, field) => {
      const people = peopleOf(membership, tenantId, 1);
      const named = (value: unknown): unknown =>
        value === 'P0' ? people[0] : value === 'P9' ? randomUUID() : value;
      const resolved = JSON.parse(JSON.stringify(fields), (_key, value: unknown) => named(value)) as object;
      const before = [await count('conversations'), await count('concerns')];
      const error = await harness.rpc.error(
        'listening.conversation.record',
        { kind: 'HOUSE_MEETING', heldAt: '2026-11-01T10:00:00.000Z', participantIds: people, ...resolved },
        { tenantId },
      );
      expect(error).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, details: { field } });
      expect([await count('conversations'), await count('concerns')]).toEqual(before);
    });

    it('refuses a participant membership does not know, naming which one', async () => {
      const people = peopleOf(membership, tenantId, 2);
      const before = await count('conversations');
      const error = await harness.rpc.error(
        'listening.conversation.record',
        { kind: 'INTERVIEW', heldAt: '2026-11-01T10:00:00.000Z', participantIds: [...people, randomUUID()] },
        { tenantId },
      );
      expect(error).toMatchObject({
        code: ErrorCode.BAD_USER_INPUT,
        reason: 'PERSON_NOT_FOUND',
        details: { field: 'participantIds.2' },
      });
      const listener = await harness.rpc.error(
        'listening.conversation.record',
        {
          kind: 'INTERVIEW',
          heldAt: '2026-11-01T10:00:00.000Z',
          participantIds: people,
          listenerId: randomUUID(),
        },
        { tenantId },
      );
      expect(listener).toMatchObject({ details: { field: 'listenerId' } });
      expect(await count('conversations')).toBe(before);
    });

    it('refuses a concern added for a speaker who was not in the conversation, and to an unknown one', async () => {
      const people = peopleOf(membership, tenantId, 2);
      const { conversation } = await recordHouseMeeting(harness.rpc, tenantId, [people[0]!], ['Rent']);
      const before = await count('concerns');
      expect(
        await harness.rpc.error(
          'listening.concern.add',
          {
            conversationId: conversation.id,
            concerns: [{ text: 'ok' }, { text: 'x', speakerId: people[1] }],
          },
          { tenantId },
        ),
      ).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, details: { field: 'concerns.1.speakerId' } });
      expect(
        await harness.rpc.error(
          'listening.concern.add',
          { conversationId: randomUUID(), concerns: [{ text: 'x' }] },
          { tenantId },
        ),
      ).toMatchObject({ code: ErrorCode.NOT_FOUND, details: { field: 'conversationId' } });
      expect(
        await harness.rpc.error(
          'listening.concern.add',
          { conversationId: conversation.id, concerns: [] },
          { tenantId },
        ),
      ).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, details: { field: 'concerns' } });
      expect(await count('concerns')).toBe(before);
    });
  });
});
