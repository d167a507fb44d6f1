import { randomUUID } from 'node:crypto';
import { MEMBERSHIP_STREAM, relationshipEvents, type OneOnOneDto } from '@groundwork/contracts';
import { EventConsumerRunner } from '@groundwork/service-kit';
import { EventPublisher, useServiceHarness } from '@groundwork/testing/harness';
import { OneOnOnesConsumer } from '../../src/one-on-ones/one-on-ones.consumer';
import { listeningUnderTest } from '../support/listening-harness';
import { MembershipStandIn } from '../support/membership-stand-in';

describe('one-on-ones recorded in membership become conversations', () => {
  let events: EventPublisher;
  const harness = useServiceHarness(listeningUnderTest);
  let membership: MembershipStandIn;
  const tenantId = randomUUID();
  const organizerId = randomUUID();
  const union = randomUUID();

  beforeAll(async () => {
    events = await EventPublisher.connect(MEMBERSHIP_STREAM);
    membership = MembershipStandIn.start(harness.rpc);
  });

  afterAll(async () => {
    await membership.close();
    await events.close();
  });

  const caughtUp = () =>
    harness.app.get(EventConsumerRunner).waitUntilCaughtUp(harness.app.get(OneOnOnesConsumer), 20_000);

  const oneOnOne = (fields: Partial<OneOnOneDto> = {}): OneOnOneDto => {
    const personId = randomUUID();
    membership.addPerson(tenantId, personId, false, [union]);
    return {
      id: randomUUID(),
      organizerId,
      personId,
      heldOn: '2026-11-10',
      durationMinutes: 45,
      place: 'Her kitchen',
      selfInterest: 'Wants her kids to breathe clean air',
      concerns: 'Mold in every room; the landlord never answers',
      commitmentAsked: null,
      commitmentMade: null,
      nextStep: null,
      nextStepDueOn: null,
      relationshipStrength: 3,
      createdAt: '2026-11-10T12:00:00.000Z',
      updatedAt: '2026-11-10T12:00:00.000Z',
      ...fields,
    };
  };

  const recorded = (held: OneOnOneDto) =>
    events.envelope(tenantId, relationshipEvents.oneOnOneRecorded, {
      oneOnOneId: held.id,
      organizerId: held.organizerId,
      personId: held.personId,
      heldOn: held.heldOn,
      relationshipStrength: held.relationshipStrength,
    });

  const conversationsOf = (held: OneOnOneDto) =>
    harness.sql.query<{ id: string; kind: string; notes: string; recordedBy: string; heldAt: Date }>(
      tenantId,
      `SELECT id, kind, notes, recorded_by AS "recordedBy", held_at AS "heldAt"
       FROM listening.conversations WHERE one_on_one_id = $1`,
      [held.id],
    );

  it('as a ONE_ON_ONE conversation whose concern is spoken by the person, ready to be coded', async () => {
    const held = oneOnOne();
    membership.setOneOnOne(tenantId, held);
    await events.publish(recorded(held));
    await caughtUp();

    const [conversation] = await conversationsOf(held);
    expect(conversation).toMatchObject({
      kind: 'ONE_ON_ONE',
      notes: 'Wants her kids to breathe clean air',
      recordedBy: organizerId,
      heldAt: new Date('2026-11-10T00:00:00.000Z'),
    });
    const dto = await harness.rpc.ok('listening.conversation.get', { id: conversation!.id }, { tenantId });
    expect(dto).toMatchObject({ participantIds: [held.personId], oneOnOneId: held.id, concernCount: 1 });
    const concerns = await harness.rpc.ok(
      'listening.concern.list',
      { conversationId: conversation!.id, first: 10 },
      { tenantId },
    );
    expect(concerns.items).toEqual([
      expect.objectContaining({
        text: 'Mold in every room; the landlord never answers',
        speakerId: held.personId,
        speakerOrganizationIds: [union],
      }),
    ]);
  });

  it('once, however often the event arrives; an update rewrites it and keeps its coding', async () => {
    const held = oneOnOne();
    membership.setOneOnOne(tenantId, held);
    const event = recorded(held);
    await events.publish(event);
    await events.publish(event, randomUUID());
    await caughtUp();
    const [conversation] = await conversationsOf(held);
    expect(await conversationsOf(held)).toHaveLength(1);

    const coder = { tenantId, actorId: randomUUID() };
    const theme = await harness.rpc.ok('listening.theme.create', { name: `Mold ${held.id}` }, coder);
    const [concern] = (
      await harness.rpc.ok(
        'listening.concern.list',
        { conversationId: conversation!.id, first: 1 },
        { tenantId },
      )
    ).items;
    await harness.rpc.ok('listening.coding.set', { concernId: concern!.id, themeIds: [theme.id] }, coder);

    membership.setOneOnOne(tenantId, {
      ...held,
      concerns: 'Mold, and now the heating is out',
      place: 'Porch',
    });
    await events.publish(
      events.envelope(tenantId, relationshipEvents.oneOnOneUpdated, {
        oneOnOneId: held.id,
        changedFields: ['concerns', 'place'],
        updatedAt: new Date().toISOString(),
      }),
    );
    await caughtUp();
    const dto = await harness.rpc.ok('listening.conversation.get', { id: conversation!.id }, { tenantId });
    expect(dto).toMatchObject({ place: 'Porch', concernCount: 1 });
    const [rewritten] = await harness.rpc.ok(
      'listening.concern.get-many',
      { ids: [concern!.id] },
      { tenantId },
    );
    expect(rewritten!.text).toBe('Mold, and now the heating is out');
    expect(
      await harness.rpc.ok('listening.coding.list-by-concerns', { concernIds: [concern!.id] }, { tenantId }),
    ).toEqual([expect.objectContaining({ themeId: theme.id, coderId: coder.actorId })]);
    const processed = await harness.sql.query(
      tenantId,
      'SELECT 1 FROM listening.processed_events WHERE consumer = $1 AND event_id = $2',
      [harness.app.get(OneOnOnesConsumer).name, event.id],
    );
    expect(processed).toHaveLength(1);
  });

  it('skips a one-on-one membership no longer has, and goes on with the next', async () => {
    const gone = oneOnOne();
    const next = oneOnOne({ concerns: null });
    membership.setOneOnOne(tenantId, next);
    await events.publish(recorded(gone));
    await events.publish(recorded(next));
    await caughtUp();
    expect(await conversationsOf(gone)).toEqual([]);
    const [conversation] = await conversationsOf(next);
    expect(
      await harness.rpc.ok('listening.conversation.get', { id: conversation!.id }, { tenantId }),
    ).toMatchObject({ concernCount: 0 });
  });
});
