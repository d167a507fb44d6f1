import { randomUUID } from 'node:crypto';
import type { PersonDto } from '@groundwork/contracts';
import { eventually, type RawRequest } from '@groundwork/testing';
import { signUp, type Member } from '../support/accounts-fixtures';
import { useMembershipHarness } from '../support/membership-harness';
import { personEventsOf } from '../support/people-fixtures';

describe('people', () => {
  const harness = useMembershipHarness();
  let coalition: Member;

  beforeEach(async () => {
    coalition = await signUp(harness.rpc);
  });

  const create = (body: RawRequest<'membership.person.create'>) =>
    harness.rpc.ok('membership.person.create', body, coalition.as);
  const update = (body: RawRequest<'membership.person.update'>) =>
    harness.rpc.ok('membership.person.update', body, coalition.as);
  const archive = (id: string) => harness.rpc.ok('membership.person.archive', { id }, coalition.as);
  const getMany = (ids: string[]) => harness.rpc.ok('membership.person.get-many', { ids }, coalition.as);
  const list = (body: Record<string, unknown> = {}) =>
    harness.rpc.ok('membership.person.list', body, coalition.as);

  it('creates a person with normalized email, phone, language and tags, and reads it back', async () => {
    const person = await create({
      firstName: '  Ada ',
      lastName: 'Lovelace',
      email: ' Ada@Example.ORG ',
      phone: '(415) 555-2671',
      postalCode: '94110',
      preferredLanguage: 'pt-br',
      tags: ['leader', 'housing', 'leader'],
    });

    expect(person).toEqual({
      id: expect.any(String),
      firstName: 'Ada',
      lastName: 'Lovelace',
      email: 'ada@example.org',
      phone: '+14155552671',
      postalCode: '94110',
      preferredLanguage: 'pt-BR',
      tags: ['leader', 'housing'],
      // Profile fields a request does not name take their defaults.
      pronouns: null,
      phoneSms: false,
      addressLine1: null,
      addressLine2: null,
      city: null,
      region: null,
      country: null,
      area: null,
      preferredLanguages: ['pt-BR'],
      joinedOn: null,
      source: null,
      sourceDetail: null,
      referredByPersonId: null,
      status: 'ACTIVE',
      assignedOrganizerId: null,
      externalId: null,
      customFields: {},
      createdAt: expect.any(String),
      updatedAt: person.createdAt,
      archivedAt: null,
    });
    expect(await getMany([person.id, randomUUID(), person.id])).toEqual([person]);

    const international = await create({ firstName: 'Grace', lastName: 'Hopper', phone: '+44 20 7946 0958' });
    expect(international).toMatchObject({ phone: '+442079460958', email: null, tags: [] });
  });

  it('updates only the named fields, clears with null, and writes nothing when nothing changes', async () => {
    const person = await create({
      firstName: 'Ada',
      lastName: 'Lovelace',
      email: 'ada@example.org',
      phone: '4155552671',
    });

    const updated = await update({ id: person.id, lastName: 'King', email: null, tags: ['board'] });
    expect(updated).toMatchObject({
      firstName: 'Ada',
      lastName: 'King',
      email: null,
      phone: '+14155552671',
      tags: ['board'],
    });
    expect(Date.parse(updated.updatedAt)).toBeGreaterThanOrEqual(Date.parse(person.updatedAt));

    const unchanged = await update({ id: person.id, lastName: 'King', tags: ['board'] });
    expect(unchanged).toEqual(updated);

    const [stored] = await getMany([person.id]);
    expect(stored).toEqual(updated);
    await eventually(async () => {
      const events = await personEventsOf(harness.rpc.connection, coalition.tenantId);
      expect(events.map((event) => event.envelope.type)).toEqual([
        'membership.person.created',
        'membership.person.updated',
      ]);
      expect(events[1]!.envelope.data).toEqual({
        personId: person.id,
        changedFields: ['lastName', 'email', 'tags'],
        updatedAt: updated.updatedAt,
      });
    });
  });

  it('refuses a second living person with the same email; archiving frees the address', async () => {
    const first = await create({ firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.org' });
    const other = await create({ firstName: 'Grace', lastName: 'Hopper' });

    const onCreate = await harness.rpc.error(
      'membership.person.create',
      { firstName: 'A', lastName: 'L', email: 'ADA@example.org' },
      coalition.as,
    );
    expect(onCreate).toMatchObject({ code: 'CONFLICT', reason: 'EMAIL_TAKEN', details: { field: 'email' } });
    const onUpdate = await harness.rpc.error(
      'membership.person.update',
      { id: other.id, email: 'ada@example.org' },
      coalition.as,
    );
    expect(onUpdate).toMatchObject({ code: 'CONFLICT', reason: 'EMAIL_TAKEN', details: { field: 'email' } });

    await archive(first.id);
    expect(await create({ firstName: 'Ada', lastName: 'King', email: 'ada@example.org' })).toMatchObject({
      email: 'ada@example.org',
    });
  });

  it('archives idempotently, hides archived people from the default list and refuses to change them', async () => {
    const person = await create({ firstName: 'Ada', lastName: 'Lovelace' });
    await create({ firstName: 'Grace', lastName: 'Hopper' });

    const archived = await archive(person.id);
    expect(archived.archivedAt).toEqual(expect.any(String));
    expect(await archive(person.id)).toEqual(archived);

    expect(await list()).toMatchObject({ totalCount: 1, items: [{ firstName: 'Grace' }] });
    expect(await list({ includeArchived: true })).toMatchObject({ totalCount: 2 });
    expect(await getMany([person.id])).toEqual([archived]);

    const refused = await harness.rpc.error(
      'membership.person.update',
      { id: person.id, firstName: 'Augusta' },
      coalition.as,
    );
    expect(refused).toMatchObject({ code: 'CONFLICT', reason: 'PERSON_ARCHIVED' });
    expect((await getMany([person.id]))[0]!.firstName).toBe('Ada');

    await eventually(async () => {
      const types = (await personEventsOf(harness.rpc.connection, coalition.tenantId)).map(
        (event) => event.envelope.type,
      );
      expect(types.filter((type) => type === 'membership.person.archived')).toHaveLength(1);
    });
  });

  it('answers NOT_FOUND for an unknown person', async () => {
    const id = randomUUID();
    expect(
      await harness.rpc.error('membership.person.update', { id, firstName: 'Ada' }, coalition.as),
    ).toMatchObject({ code: 'NOT_FOUND' });
    expect(await harness.rpc.error('membership.person.archive', { id }, coalition.as)).toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('pages through 250 people newest first, with no duplicates and none missing', async () => {
    const created = new Set<string>();
    for (let batch = 0; batch < 10; batch += 1) {
      const people = await Promise.all(
        Array.from({ length: 25 }, (_, index) =>
          create({ firstName: 'Member', lastName: letters(batch * 25 + index) }),
        ),
      );
      for (const person of people) created.add(person.id);
    }

    const seen: PersonDto[] = [];
    let after: string | undefined;
    let pages = 0;
    for (;;) {
      const page = await list({ first: 40, ...(after ? { after } : {}) });
      pages += 1;
      expect(page.totalCount).toBe(250);
      seen.push(...page.items);
      if (!page.hasNextPage) break;
      after = page.endCursor!;
    }

    expect(pages).toBe(7);
    expect(seen).toHaveLength(250);
    expect(new Set(seen.map((person) => person.id))).toEqual(created);
    for (let index = 1; index < seen.length; index += 1) {
      const previous = seen[index - 1]!;
      const current = seen[index]!;
      const order =
        previous.createdAt.localeCompare(current.createdAt) || previous.id.localeCompare(current.id);
      expect(order).toBeGreaterThan(0);
    }

    const full = await list({ first: 100 });
    expect(full).toMatchObject({ hasNextPage: true });
    expect(full.items).toHaveLength(100);
    const last = await list({
      first: 100,
      after: (await list({ first: 100, after: full.endCursor })).endCursor,
    });
    expect(last).toMatchObject({ hasNextPage: false, totalCount: 250 });
    expect(last.items).toHaveLength(50);
  });

  it('searches first name, last name and email case-insensitively, taking % and _ literally', async () => {
    const ada = await create({ firstName: 'Ada', lastName: 'Lovelace', email: 'countess_ada@example.org' });
    const grace = await create({ firstName: 'Grace', lastName: 'Hopper', email: 'countessXada@example.org' });
    const anita = await create({ firstName: 'Anita', lastName: 'Borg', email: null });

    const ids = async (search: string) =>
      (await list({ search, includeArchived: true })).items.map((p) => p.id).sort();

    expect(await ids('ada')).toEqual([ada.id, grace.id].sort());
    expect(await ids('LOVE')).toEqual([ada.id]);
    expect(await ids('hopper')).toEqual([grace.id]);
    expect(await ids('ita bo')).toEqual([anita.id]);
    expect(await ids('countess_ada')).toEqual([ada.id]);
    expect(await ids('%')).toEqual([]);
    expect(await ids('_')).toEqual([ada.id]);
    expect(await ids("'; select 1; --")).toEqual([]);
    expect(await ids('   ')).toHaveLength(3);

    const page = await list({ search: 'a', first: 1 });
    expect(page).toMatchObject({ totalCount: 3, hasNextPage: true });
    await archive(anita.id);
    expect(await list({ search: 'borg' })).toMatchObject({ totalCount: 0, items: [] });
    expect(await list({ search: 'borg', includeArchived: true })).toMatchObject({ totalCount: 1 });
  });

  it('publishes person events to the stream in full envelopes, once each, with the event id as Nats-Msg-Id', async () => {
    const person = await create({ firstName: 'Ada', lastName: 'Lovelace' });
    const updated = await update({ id: person.id, firstName: 'Augusta' });
    const archived = await archive(person.id);

    const events = await eventually(async () => {
      const found = await personEventsOf(harness.rpc.connection, coalition.tenantId);
      expect(found).toHaveLength(3);
      return found;
    });
    const namespace = process.env.NATS_NAMESPACE!;
    expect(events.map((event) => event.subject)).toEqual([
      `${namespace}.events.membership.person.created`,
      `${namespace}.events.membership.person.updated`,
      `${namespace}.events.membership.person.archived`,
    ]);
    for (const { msgId, envelope } of events) {
      expect(envelope).toEqual({
        id: msgId,
        type: expect.stringMatching(/^membership\.person\./),
        version: 1,
        tenantId: coalition.tenantId,
        occurredAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        actor: { id: coalition.userId, type: 'user' },
        correlationId: expect.any(String),
        data: expect.any(Object),
      });
    }
    expect(events.map((event) => event.envelope.data)).toEqual([
      { personId: person.id, createdAt: person.createdAt },
      { personId: person.id, changedFields: ['firstName'], updatedAt: updated.updatedAt },
      { personId: person.id, archivedAt: archived.archivedAt },
    ]);

    // The outbox row of each event is marked sent once the stream has it.
    await eventually(async () => {
      const unsent = await harness.sql.query(
        coalition.tenantId,
        `SELECT id FROM membership.outbox WHERE sent_at IS NULL`,
      );
      expect(unsent).toEqual([]);
    });
  });
});

/** A name made of letters only (names take no digits): 0 → "Aa", 27 → "Bb". */
function letters(index: number): string {
  return String.fromCharCode(65 + Math.floor(index / 26), 97 + (index % 26));
}
