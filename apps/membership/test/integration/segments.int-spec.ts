import { randomUUID } from 'node:crypto';
import type {
  ConsentChannel,
  ConsentStatus,
  ExportChunkDto,
  SegmentFilterInput,
} from '@groundwork/contracts';
import { signUp, type Member } from '../support/accounts-fixtures';
import { useMembershipHarness } from '../support/membership-harness';
import { readMembershipEvents, type PersonFields } from '../support/people-fixtures';

describe('saved segments and exports', () => {
  const harness = useMembershipHarness();
  let a: Member;

  beforeEach(async () => {
    a = await signUp(harness.rpc, 'Segments');
  });

  const person = (fields: PersonFields, by = a) =>
    harness.rpc.ok('membership.person.create', { lastName: 'Member', ...fields }, by.as);
  const count = async (filter: SegmentFilterInput, by = a, channel?: ConsentChannel) =>
    (await harness.rpc.ok('membership.segment.count', { filter, ...(channel ? { channel } : {}) }, by.as))
      .count;
  const create = (name: string, filter: SegmentFilterInput, by = a) =>
    harness.rpc.ok('membership.segment.create', { name, filter }, by.as);
  const members = async (segmentId: string, channel?: ConsentChannel, by = a) =>
    (
      await harness.rpc.ok(
        'membership.segment.people',
        { segmentId, first: 100, ...(channel ? { channel } : {}) },
        by.as,
      )
    ).items
      .map((p) => p.firstName)
      .sort();
  const grant = (personId: string, channel: ConsentChannel, status: ConsentStatus = 'GRANTED') =>
    harness.rpc.ok(
      'membership.consent.record',
      { personId, channel, status, source: 'form', wording: 'Yes please' },
      a.as,
    );

  it('filters by every kind of condition, in SQL', async () => {
    const levels = await harness.rpc.ok('membership.ladder.level.list', {}, a.as);
    const leader = levels.find((level) => level.name === 'Leader')!;
    await harness.rpc.ok(
      'membership.custom-field.create',
      { key: 'shift', label: 'Shift', type: 'SINGLE_CHOICE', options: ['day', 'night'] },
      a.as,
    );
    await harness.rpc.ok(
      'membership.custom-field.create',
      { key: 'skills', label: 'Skills', type: 'MULTIPLE_CHOICE', options: ['cook', 'drive'] },
      a.as,
    );
    await harness.rpc.ok(
      'membership.custom-field.create',
      { key: 'rent', label: 'Rent', type: 'NUMBER' },
      a.as,
    );
    await harness.rpc.ok(
      'membership.custom-field.create',
      { key: 'lease_end', label: 'Lease end', type: 'DATE' },
      a.as,
    );
    await harness.rpc.ok(
      'membership.custom-field.create',
      { key: 'building', label: 'Building', type: 'TEXT' },
      a.as,
    );

    const ada = await person({
      firstName: 'Ada',
      tags: ['renters', 'spanish'],
      area: 'North',
      preferredLanguages: ['es', 'en'],
      joinedOn: '2024-02-01',
      assignedOrganizerId: a.userId,
      customFields: {
        shift: 'night',
        skills: ['cook'],
        rent: 1200,
        lease_end: '2026-06-30',
        building: 'Elm Towers',
      },
    });
    const grace = await person({
      firstName: 'Grace',
      tags: ['renters'],
      area: 'south',
      preferredLanguages: ['en'],
      joinedOn: '2025-05-01',
      status: 'INACTIVE',
      customFields: { rent: 800 },
    });
    const alan = await person({ firstName: 'Alan', area: 'North', joinedOn: '2023-01-01' });
    await harness.rpc.ok(
      'membership.ladder.person.move',
      { personId: ada.id, levelId: leader.id, reason: 'Runs meetings' },
      a.as,
    );
    await grant(ada.id, 'EMAIL');
    await grant(grace.id, 'EMAIL');
    await grant(grace.id, 'EMAIL', 'WITHDRAWN');
    const organizationId = randomUUID();
    await harness.sql.query(
      a.tenantId,
      `INSERT INTO membership.organizations (tenant_id, id, type, name, membership_status, created_at, updated_at) VALUES ($1, $2, 'UNION', 'Local 1', 'MEMBER', now(), now())`,
      [a.tenantId, organizationId],
    );
    await harness.sql.query(
      a.tenantId,
      `INSERT INTO membership.affiliations (tenant_id, id, organization_id, person_id, created_at) VALUES ($1, gen_random_uuid(), $2, $3, now())`,
      [a.tenantId, organizationId, grace.id],
    );
    // Alan's last activity is a one-on-one long ago: moved back so only the record creation counts.
    await harness.sql.query(
      a.tenantId,
      `UPDATE membership.people SET created_at = '2020-01-01' WHERE tenant_id = $1 AND id = $2`,
      [a.tenantId, alan.id],
    );

    expect(await count({})).toBe(3);
    expect(await count({ levelIds: [leader.id] })).toBe(1);
    expect(await count({ noLevel: true })).toBe(2);
    expect(await count({ tags: { match: 'ALL', names: ['renters', 'spanish'] } })).toBe(1);
    expect(await count({ tags: { match: 'ANY', names: ['renters', 'spanish'] } })).toBe(2);
    expect(await count({ organizationIds: [organizationId] })).toBe(1);
    expect(await count({ areas: ['north'] })).toBe(2);
    expect(await count({ languages: ['en'] })).toBe(2);
    expect(await count({ customFields: [{ key: 'shift', operator: 'EQUALS', value: 'night' }] })).toBe(1);
    expect(await count({ customFields: [{ key: 'skills', operator: 'CONTAINS', value: 'cook' }] })).toBe(1);
    expect(await count({ customFields: [{ key: 'rent', operator: 'RANGE', min: '1000' }] })).toBe(1);
    expect(await count({ customFields: [{ key: 'rent', operator: 'RANGE', min: '500', max: '1500' }] })).toBe(
      2,
    );
    expect(await count({ customFields: [{ key: 'lease_end', operator: 'RANGE', max: '2026-12-31' }] })).toBe(
      1,
    );
    expect(await count({ customFields: [{ key: 'building', operator: 'CONTAINS', value: 'elm' }] })).toBe(1);
    expect(await count({ joined: { from: '2024-01-01' } })).toBe(2);
    expect(await count({ joined: { from: '2024-01-01', to: '2024-12-31' } })).toBe(1);
    expect(await count({ lastActivity: { from: '2025-01-01' } })).toBe(2);
    expect(await count({ lastActivity: { to: '2021-01-01' } })).toBe(1);
    expect(await count({ consentGranted: ['EMAIL'] })).toBe(1);
    expect(await count({ assignedOrganizerIds: [a.userId] })).toBe(1);
    expect(await count({ unassigned: true })).toBe(2);
    expect(await count({ statuses: ['INACTIVE'] })).toBe(1);
    expect(await count({ areas: ['north'], joined: { from: '2024-01-01' }, levelIds: [leader.id] })).toBe(1);
  });

  it('saves, lists, updates and deletes segments; lists leave out archived, do-not-contact and unconsenting people', async () => {
    const ada = await person({ firstName: 'Ada', tags: ['renters'] });
    const grace = await person({ firstName: 'Grace', tags: ['renters'] });
    const alan = await person({ firstName: 'Alan', tags: ['renters'], status: 'DO_NOT_CONTACT' });
    const archived = await person({ firstName: 'Archie', tags: ['renters'] });
    await harness.rpc.ok('membership.person.archive', { id: archived.id }, a.as);
    await grant(ada.id, 'SMS');
    await grant(alan.id, 'SMS');

    const renters = await create('Renters', { tags: { match: 'ANY', names: ['renters'] } });
    expect(await members(renters.id)).toEqual(['Ada', 'Alan', 'Grace']);
    expect(await members(renters.id, 'SMS')).toEqual(['Ada']);
    expect(
      (await harness.rpc.ok('membership.segment.count', { segmentId: renters.id, channel: 'SMS' }, a.as))
        .count,
    ).toBe(1);
    expect(await harness.rpc.ok('membership.segment.count-many', { ids: [renters.id] }, a.as)).toEqual([
      { segmentId: renters.id, count: 3 },
    ]);

    expect(
      await harness.rpc.error('membership.segment.create', { name: 'renters', filter: {} }, a.as),
    ).toMatchObject({ code: 'CONFLICT', details: { field: 'name' } });
    await create('All', {});
    const list = await harness.rpc.ok('membership.segment.list', { first: 1 }, a.as);
    expect(list.items.map((s) => s.name)).toEqual(['All']);
    const next = await harness.rpc.ok(
      'membership.segment.list',
      { first: 1, after: list.endCursor ?? undefined },
      a.as,
    );
    expect(next).toMatchObject({ totalCount: 2, hasNextPage: false, items: [{ name: 'Renters' }] });

    const updated = await harness.rpc.ok(
      'membership.segment.update',
      { id: renters.id, filter: { statuses: ['DO_NOT_CONTACT'] } },
      a.as,
    );
    expect(updated).toMatchObject({ name: 'Renters', filter: { statuses: ['DO_NOT_CONTACT'] } });
    expect(await members(renters.id)).toEqual(['Alan']);

    // Export: DO_NOT_CONTACT people never leave in a file.
    const everyone = await create('Everyone', {});
    const chunk = await harness.rpc.ok(
      'membership.segment.export-chunk',
      { segmentId: everyone.id, columns: ['first_name', 'tags', 'status'] },
      a.as,
    );
    expect(chunk.header).toEqual(['first_name', 'tags', 'status']);
    expect(chunk.rows.map((row) => row[0]).sort()).toEqual(['Ada', 'Grace']);
    expect(chunk.rows[0]).toEqual([expect.any(String), 'renters', 'ACTIVE']);
    const sms = await harness.rpc.ok(
      'membership.segment.export-chunk',
      { segmentId: everyone.id, columns: ['id'], channel: 'SMS' },
      a.as,
    );
    expect(sms.rows).toEqual([[ada.id]]);
    void grace;

    await harness.rpc.ok('membership.segment.delete', { id: renters.id }, a.as);
    expect(
      await harness.rpc.error('membership.segment.people', { segmentId: renters.id }, a.as),
    ).toMatchObject({ code: 'NOT_FOUND' });
    // The outbox relay sends the delete's event on its own time: read until it is there (or 10 s).
    const segmentEventTypes = async () =>
      (await readMembershipEvents(harness.rpc.connection))
        .filter(
          (event) =>
            event.envelope.tenantId === a.tenantId && event.envelope.type.startsWith('membership.segment.'),
        )
        .map((event) => event.envelope.type);
    let types = await segmentEventTypes();
    for (let tries = 0; tries < 20 && !types.includes('membership.segment.deleted'); tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      types = await segmentEventTypes();
    }
    expect(types).toEqual(
      expect.arrayContaining([
        'membership.segment.created',
        'membership.segment.updated',
        'membership.segment.deleted',
        'membership.segment.export-started',
      ]),
    );
  });

  it('exports in chunks with a cursor, with custom field columns', async () => {
    await harness.rpc.ok(
      'membership.custom-field.create',
      { key: 'skills', label: 'Skills', type: 'MULTIPLE_CHOICE', options: ['cook', 'drive'] },
      a.as,
    );
    for (let i = 0; i < 5; i += 1)
      await person({ firstName: `P${'a'.repeat(i + 1)}`, customFields: { skills: ['cook', 'drive'] } });
    const segment = await create('All', {});
    const rows: string[][] = [];
    let after: string | undefined;
    do {
      const chunk: ExportChunkDto = await harness.rpc.ok(
        'membership.segment.export-chunk',
        {
          segmentId: segment.id,
          columns: ['first_name', 'custom.skills'],
          limit: 2,
          ...(after ? { after } : {}),
        },
        a.as,
      );
      rows.push(...chunk.rows);
      after = chunk.nextCursor ?? undefined;
    } while (after);
    expect(rows).toHaveLength(5);
    expect(rows.every((row) => row[1] === 'cook;drive')).toBe(true);
    const columns = await harness.rpc.ok('membership.segment.export-columns', {}, a.as);
    expect(columns.map((c) => c.key)).toEqual(expect.arrayContaining(['email', 'level', 'custom.skills']));
  });

  it('never counts, lists, exports or changes another coalition’s segments or people', async () => {
    await person({ firstName: 'Ada', tags: ['secret'] });
    const segment = await create('Secret', { tags: { match: 'ANY', names: ['secret'] } });
    const b = await signUp(harness.rpc, 'Segments B');
    expect(await count({ tags: { match: 'ANY', names: ['secret'] } }, b)).toBe(0);
    for (const [subject, body] of [
      ['membership.segment.count', { segmentId: segment.id }],
      ['membership.segment.people', { segmentId: segment.id }],
      ['membership.segment.export-chunk', { segmentId: segment.id, columns: ['email'] }],
      ['membership.segment.update', { id: segment.id, name: 'Mine' }],
      ['membership.segment.delete', { id: segment.id }],
    ] as const) {
      expect(await harness.rpc.error(subject, body, b.as)).toMatchObject({ code: 'NOT_FOUND' });
    }
    expect(await harness.rpc.ok('membership.segment.get-many', { ids: [segment.id] }, b.as)).toEqual([]);
    expect(await harness.rpc.ok('membership.segment.count-many', { ids: [segment.id] }, b.as)).toEqual([]);
    expect((await harness.rpc.ok('membership.segment.list', {}, b.as)).totalCount).toBe(0);
    expect((await harness.rpc.ok('membership.segment.get-many', { ids: [segment.id] }, a.as))[0]?.name).toBe(
      'Secret',
    );
  });

  it('refuses bad filters and inputs with BAD_USER_INPUT naming the field, and saves nothing', async () => {
    await harness.rpc.ok(
      'membership.custom-field.create',
      { key: 'rent', label: 'Rent', type: 'NUMBER' },
      a.as,
    );
    for (const [body, field] of [
      [{ name: 'x', filter: { colour: 'red' } }, 'filter'],
      [{ name: 'x', filter: { levelIds: ['not-a-uuid'] } }, 'filter.levelIds.0'],
      [{ name: 'x', filter: { tags: { match: 'SOME', names: ['a'] } } }, 'filter.tags.match'],
      [{ name: 'x', filter: { joined: { from: '2025-13-45' } } }, 'filter.joined.from'],
      [{ name: 'x', filter: { joined: { from: '2025-02-01', to: '2025-01-01' } } }, 'filter.joined.to'],
      [{ name: 'x', filter: { areas: 'North' } }, 'filter.areas'],
      [{ name: 'x', filter: { statuses: ['ARCHIVED'] } }, 'filter.statuses.0'],
      [
        { name: 'x', filter: { customFields: [{ key: 'nope', operator: 'EQUALS', value: '1' }] } },
        'filter.customFields.0.key',
      ],
      [
        { name: 'x', filter: { customFields: [{ key: 'rent', operator: 'CONTAINS', value: '1' }] } },
        'filter.customFields.0.operator',
      ],
      [
        {
          name: 'x',
          filter: { customFields: [{ key: 'rent', operator: 'EQUALS', value: "1'; DROP TABLE x; --" }] },
        },
        'filter.customFields.0.value',
      ],
      [
        { name: 'x', filter: { customFields: [{ key: "rent' OR 1=1", operator: 'EQUALS', value: '1' }] } },
        'filter.customFields.0.key',
      ],
      [
        { name: 'x', filter: { customFields: [{ key: 'rent', operator: 'RANGE' }] } },
        'filter.customFields.0.min',
      ],
      [{ name: '', filter: {} }, 'name'],
      [{ name: 'x'.repeat(101), filter: {} }, 'name'],
      [{ name: '<script>', filter: {} }, 'name'],
      [{ name: 'x', filter: {}, extra: 1 }, '(root)'],
      [{ name: 'x' }, 'filter'],
    ] as const) {
      expect(await harness.rpc.error('membership.segment.create', body, a.as)).toMatchObject({
        code: 'BAD_USER_INPUT',
        details: { field },
      });
    }
    expect((await harness.rpc.ok('membership.segment.list', {}, a.as)).totalCount).toBe(0);

    const segment = await create('Kept', {});
    expect(
      await harness.rpc.error(
        'membership.segment.update',
        { id: segment.id, filter: { tags: { match: 'ALL', names: [] } } },
        a.as,
      ),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'filter.tags.names' },
    });
    expect(
      await harness.rpc.error('membership.segment.count', { filter: {}, segmentId: segment.id }, a.as),
    ).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(
      await harness.rpc.error(
        'membership.segment.export-chunk',
        { segmentId: segment.id, columns: ['password'] },
        a.as,
      ),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'columns.0' },
    });
    expect(
      await harness.rpc.error(
        'membership.segment.export-chunk',
        { segmentId: segment.id, columns: ['custom.nope'] },
        a.as,
      ),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'columns.0' },
    });
    expect(
      await harness.rpc.error(
        'membership.segment.export-chunk',
        { segmentId: segment.id, columns: ['email', 'email'] },
        a.as,
      ),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'columns' },
    });
    expect(await harness.rpc.error('membership.segment.delete', { id: 'nope' }, a.as)).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field: 'id' },
    });
    const [kept] = await harness.rpc.ok('membership.segment.get-many', { ids: [segment.id] }, a.as);
    expect(kept?.filter).toEqual({});
  });

  it('deletes a person’s search terms with the person (erasure leaves nothing in the index)', async () => {
    const ada = await person({ firstName: 'Erasable', email: 'erase@example.org', phone: '+12025550123' });
    const terms = async () =>
      (
        await harness.sql.query<{ n: number }>(
          a.tenantId,
          `SELECT count(*)::int AS n FROM membership.person_search_terms WHERE tenant_id = $1 AND person_id = $2`,
          [a.tenantId, ada.id],
        )
      )[0]!.n;
    expect(await terms()).toBeGreaterThan(3);
    await harness.sql.query(a.tenantId, `DELETE FROM membership.people WHERE tenant_id = $1 AND id = $2`, [
      a.tenantId,
      ada.id,
    ]);
    expect(await terms()).toBe(0);
  });
});
