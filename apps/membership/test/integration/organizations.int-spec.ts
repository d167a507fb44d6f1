import type { OrganizationDto, Page } from '@groundwork/contracts';
import type { RawRequest } from '@groundwork/testing';
import { eventually } from '@groundwork/testing';
import { signUp, type Member } from '../support/accounts-fixtures';
import { useMembershipHarness } from '../support/membership-harness';
import { affiliate, createOrganization, createPersonId, eventsOf } from '../support/organizations-fixtures';

describe('member organizations', () => {
  const harness = useMembershipHarness();
  let coalition: Member;

  beforeEach(async () => {
    coalition = await signUp(harness.rpc, 'Orgs');
  });

  it('creates an organization with dues and contacts, and reads it back by id and in a batch', async () => {
    const ella = await createPersonId(harness.rpc, coalition, 'Ella');
    const bayard = await createPersonId(harness.rpc, coalition, 'Bayard');
    const created = await createOrganization(harness.rpc, coalition, {
      type: 'TENANT_ASSOCIATION',
      name: '  Maple Court Tenants  ',
      sector: 'Housing',
      area: 'Eastside',
      membershipStatus: 'MEMBER',
      joinedOn: '2024-03-01',
      dues: { amountMinor: 2500, currency: 'EUR', period: 'MONTHLY', paidUntil: '2026-06-30' },
      contactPersonIds: [bayard, ella, bayard],
    });
    expect(created).toMatchObject({
      type: 'TENANT_ASSOCIATION',
      name: 'Maple Court Tenants',
      sector: 'Housing',
      area: 'Eastside',
      membershipStatus: 'MEMBER',
      joinedOn: '2024-03-01',
      leftOn: null,
      dues: { amountMinor: 2500, currency: 'EUR', period: 'MONTHLY', paidUntil: '2026-06-30' },
      contactPersonIds: [bayard, ella],
      archivedAt: null,
    });
    expect(await harness.rpc.ok('membership.organization.get', { id: created.id }, coalition.as)).toEqual(
      created,
    );
    const other = await createOrganization(harness.rpc, coalition);
    expect(
      await harness.rpc.ok(
        'membership.organization.get-many',
        { ids: [other.id, created.id, other.id, '00000000-0000-4000-8000-000000000000'] },
        coalition.as,
      ),
    ).toEqual([other, created]);
  });

  it('starts as a PROSPECT; becoming a MEMBER or FORMER records today unless a date is given', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const created = await createOrganization(harness.rpc, coalition);
    expect(created).toMatchObject({ membershipStatus: 'PROSPECT', joinedOn: null, leftOn: null, dues: null });
    const member = await harness.rpc.ok(
      'membership.organization.update',
      { id: created.id, membershipStatus: 'MEMBER' },
      coalition.as,
    );
    expect(member).toMatchObject({ membershipStatus: 'MEMBER', joinedOn: today, leftOn: null });
    const former = await harness.rpc.ok(
      'membership.organization.update',
      { id: created.id, membershipStatus: 'FORMER', leftOn: '2999-01-01' },
      coalition.as,
    );
    expect(former).toMatchObject({ membershipStatus: 'FORMER', joinedOn: today, leftOn: '2999-01-01' });
    expect(
      await harness.rpc.error(
        'membership.organization.update',
        { id: created.id, joinedOn: '2999-12-31' },
        coalition.as,
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'leftOn' } });
  });

  it('updates only the named fields, clears with null, replaces contacts, and writes nothing when nothing changes', async () => {
    const ella = await createPersonId(harness.rpc, coalition, 'Ella');
    const fannie = await createPersonId(harness.rpc, coalition, 'Fannie');
    const created = await createOrganization(harness.rpc, coalition, {
      sector: 'Faith',
      dues: { amountMinor: 1000, currency: 'USD', period: 'YEARLY' },
      contactPersonIds: [ella],
    });
    const updated = await harness.rpc.ok(
      'membership.organization.update',
      { id: created.id, type: 'CONGREGATION', sector: null, dues: null, contactPersonIds: [fannie, ella] },
      coalition.as,
    );
    expect(updated).toMatchObject({
      type: 'CONGREGATION',
      name: created.name,
      sector: null,
      dues: null,
      contactPersonIds: [fannie, ella],
    });
    const unchanged = await harness.rpc.ok(
      'membership.organization.update',
      { id: created.id, type: 'CONGREGATION', contactPersonIds: [fannie, ella] },
      coalition.as,
    );
    expect(unchanged).toEqual(updated);

    await eventually(async () => {
      const events = await eventsOf(harness.rpc.connection, coalition.tenantId, ['organization.']);
      expect(events.map((event) => [event.envelope.type, event.envelope.data])).toEqual([
        [
          'membership.organization.created',
          expect.objectContaining({
            organizationId: created.id,
            type: 'UNION',
            membershipStatus: 'PROSPECT',
          }),
        ],
        [
          'membership.organization.updated',
          {
            organizationId: created.id,
            changedFields: ['type', 'sector', 'dues', 'contactPersonIds'],
            updatedAt: updated.updatedAt,
          },
        ],
      ]);
    });
  });

  it('archives idempotently, refuses changes after, and leaves archived ones out of the list unless asked', async () => {
    const created = await createOrganization(harness.rpc, coalition);
    const archived = await harness.rpc.ok(
      'membership.organization.archive',
      { id: created.id },
      coalition.as,
    );
    expect(archived.archivedAt).not.toBeNull();
    expect(await harness.rpc.ok('membership.organization.archive', { id: created.id }, coalition.as)).toEqual(
      archived,
    );
    expect(
      await harness.rpc.error(
        'membership.organization.update',
        { id: created.id, name: 'Renamed' },
        coalition.as,
      ),
    ).toMatchObject({ code: 'CONFLICT' });
    expect(await harness.rpc.ok('membership.organization.list', {}, coalition.as)).toMatchObject({
      totalCount: 0,
      items: [],
    });
    expect(
      await harness.rpc.ok('membership.organization.list', { includeArchived: true }, coalition.as),
    ).toMatchObject({
      totalCount: 1,
      items: [archived],
    });
    await eventually(async () => {
      const types = (await eventsOf(harness.rpc.connection, coalition.tenantId, ['organization.'])).map(
        (event) => event.envelope.type,
      );
      expect(types).toEqual(['membership.organization.created', 'membership.organization.archived']);
    });
  });

  it('lists alphabetically with cursors, searches names, and filters by type and status', async () => {
    const names = ['delta Union', 'Alpha Church', 'charlie School', 'Bravo 100% Tenants', 'echo NGO'];
    const types = ['UNION', 'CONGREGATION', 'SCHOOL', 'TENANT_ASSOCIATION', 'NGO'];
    const byName: Record<string, OrganizationDto> = {};
    for (const [index, name] of names.entries()) {
      byName[name] = await createOrganization(harness.rpc, coalition, {
        name,
        type: types[index],
        membershipStatus: index % 2 === 0 ? 'MEMBER' : 'PROSPECT',
      });
    }
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page: Page<OrganizationDto> = await harness.rpc.ok(
        'membership.organization.list',
        { first: 2, ...(after ? { after } : {}) },
        coalition.as,
      );
      expect(page.totalCount).toBe(5);
      seen.push(...page.items.map((organization) => organization.name));
      if (!page.hasNextPage) break;
      after = page.endCursor!;
    }
    expect(seen).toEqual(['Alpha Church', 'Bravo 100% Tenants', 'charlie School', 'delta Union', 'echo NGO']);

    const names$ = async (request: Record<string, unknown>) =>
      (await harness.rpc.ok('membership.organization.list', request, coalition.as)).items.map(
        (organization) => organization.name,
      );
    expect(await names$({ search: 'SCHOOL' })).toEqual(['charlie School']);
    expect(await names$({ search: '100%' })).toEqual(['Bravo 100% Tenants']);
    expect(await names$({ search: '%' })).toEqual(['Bravo 100% Tenants']);
    expect(await names$({ types: ['UNION', 'NGO'] })).toEqual(['delta Union', 'echo NGO']);
    expect(await names$({ statuses: ['PROSPECT'] })).toEqual(['Alpha Church', 'Bravo 100% Tenants']);
    expect(await names$({ statuses: ['MEMBER'], types: ['SCHOOL', 'CONGREGATION'] })).toEqual([
      'charlie School',
    ]);
  });
});

describe('affiliations', () => {
  const harness = useMembershipHarness();
  let coalition: Member;
  let organization: OrganizationDto;
  let ella: string;
  let bayard: string;

  beforeEach(async () => {
    coalition = await signUp(harness.rpc, 'Affiliations');
    organization = await createOrganization(harness.rpc, coalition);
    ella = await createPersonId(harness.rpc, coalition, 'Ella');
    bayard = await createPersonId(harness.rpc, coalition, 'Bayard');
  });

  type AffiliationList =
    'membership.affiliation.list-by-organization' | 'membership.affiliation.list-by-person';
  const listOf = <S extends AffiliationList>(subject: S, request: RawRequest<S>) =>
    harness.rpc.ok(subject, request, coalition.as);

  it("adds, ends and removes affiliations and lists an organization's people and a person's organizations", async () => {
    const chair = await affiliate(harness.rpc, coalition, organization.id, ella, {
      role: 'Chair',
      startedOn: '2020-01-01',
    });
    const member = await affiliate(harness.rpc, coalition, organization.id, bayard);
    const other = await createOrganization(harness.rpc, coalition);
    const past = await affiliate(harness.rpc, coalition, other.id, ella, {
      startedOn: '2010-01-01',
      endedOn: '2015-01-01',
    });
    expect(chair).toMatchObject({
      organizationId: organization.id,
      personId: ella,
      role: 'Chair',
      startedOn: '2020-01-01',
      endedOn: null,
    });

    expect(
      await harness.rpc.error(
        'membership.affiliation.add',
        { organizationId: organization.id, personId: ella },
        coalition.as,
      ),
    ).toMatchObject({ code: 'CONFLICT', details: { field: 'personId' } });

    const people = await listOf('membership.affiliation.list-by-organization', {
      organizationId: organization.id,
    });
    expect(people).toMatchObject({ totalCount: 2, items: [member, chair] });
    expect(await listOf('membership.affiliation.list-by-person', { personId: ella })).toMatchObject({
      totalCount: 1,
      items: [chair],
    });
    expect(
      await listOf('membership.affiliation.list-by-person', { personId: ella, includeEnded: true }),
    ).toMatchObject({
      totalCount: 2,
      items: [chair, past],
    });

    const ended = await harness.rpc.ok(
      'membership.affiliation.end',
      { id: chair.id, endedOn: '2025-12-31' },
      coalition.as,
    );
    expect(ended).toEqual({ ...chair, endedOn: '2025-12-31' });
    expect(
      await harness.rpc.error('membership.affiliation.end', { id: chair.id }, coalition.as),
    ).toMatchObject({ code: 'CONFLICT' });
    const page = await listOf('membership.affiliation.list-by-organization', {
      organizationId: organization.id,
      includeEnded: true,
    });
    expect(page.items).toEqual([member, ended]);

    // Ended, the person may be affiliated again.
    const again = await affiliate(harness.rpc, coalition, organization.id, ella, { role: 'Member' });
    expect(await harness.rpc.ok('membership.affiliation.remove', { id: again.id }, coalition.as)).toEqual({
      ok: true,
    });
    expect(
      await harness.rpc.error('membership.affiliation.remove', { id: again.id }, coalition.as),
    ).toMatchObject({
      code: 'NOT_FOUND',
    });

    await eventually(async () => {
      const events = await eventsOf(harness.rpc.connection, coalition.tenantId, ['affiliation.']);
      expect(events.map((event) => [event.envelope.type, event.envelope.data])).toEqual([
        [
          'membership.affiliation.added',
          {
            affiliationId: chair.id,
            organizationId: organization.id,
            personId: ella,
            startedOn: '2020-01-01',
            endedOn: null,
          },
        ],
        [
          'membership.affiliation.added',
          {
            affiliationId: member.id,
            organizationId: organization.id,
            personId: bayard,
            startedOn: null,
            endedOn: null,
          },
        ],
        [
          'membership.affiliation.added',
          {
            affiliationId: past.id,
            organizationId: other.id,
            personId: ella,
            startedOn: '2010-01-01',
            endedOn: '2015-01-01',
          },
        ],
        [
          'membership.affiliation.ended',
          { affiliationId: chair.id, organizationId: organization.id, personId: ella, endedOn: '2025-12-31' },
        ],
        [
          'membership.affiliation.added',
          {
            affiliationId: again.id,
            organizationId: organization.id,
            personId: ella,
            startedOn: null,
            endedOn: null,
          },
        ],
        [
          'membership.affiliation.removed',
          { affiliationId: again.id, organizationId: organization.id, personId: ella },
        ],
      ]);
    });
  });

  it("answers each person's current member organizations in a batch, earliest started first", async () => {
    const later = await createOrganization(harness.rpc, coalition);
    const ended = await createOrganization(harness.rpc, coalition);
    await affiliate(harness.rpc, coalition, later.id, ella, { startedOn: '2024-01-01' });
    await affiliate(harness.rpc, coalition, organization.id, ella, { startedOn: '2020-01-01' });
    await affiliate(harness.rpc, coalition, ended.id, ella, {
      startedOn: '2010-01-01',
      endedOn: '2012-01-01',
    });
    const stranger = '00000000-0000-4000-8000-000000000000';
    expect(
      await harness.rpc.ok(
        'membership.affiliation.current.get-many',
        { ids: [bayard, ella, stranger, ella] },
        coalition.as,
      ),
    ).toEqual([
      { personId: bayard, organizationIds: [] },
      { personId: ella, organizationIds: [organization.id, later.id] },
      { personId: stranger, organizationIds: [] },
    ]);
    expect(
      await harness.rpc.error('membership.affiliation.current.get-many', { ids: ['nope'] }, coalition.as),
    ).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'ids.0' } });
  });

  it('pages through an organization with many people', async () => {
    const ids: string[] = [];
    for (let index = 0; index < 5; index += 1) {
      const person = await createPersonId(harness.rpc, coalition, 'Septima');
      ids.push((await affiliate(harness.rpc, coalition, organization.id, person)).id);
    }
    const seen: string[] = [];
    let after: string | undefined;
    do {
      const page = await listOf('membership.affiliation.list-by-organization', {
        organizationId: organization.id,
        first: 2,
        ...(after ? { after } : {}),
      });
      seen.push(...page.items.map((affiliation) => affiliation.id));
      after = page.hasNextPage ? page.endCursor! : undefined;
    } while (after);
    expect(seen).toEqual([...ids].reverse());
  });

  it('refuses unknown or archived organizations and people, naming the field', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    expect(
      await harness.rpc.error(
        'membership.affiliation.add',
        { organizationId: missing, personId: ella },
        coalition.as,
      ),
    ).toMatchObject({ code: 'NOT_FOUND', details: { field: 'organizationId' } });
    expect(
      await harness.rpc.error(
        'membership.affiliation.add',
        { organizationId: organization.id, personId: missing },
        coalition.as,
      ),
    ).toMatchObject({ code: 'NOT_FOUND', details: { field: 'personId' } });
    await harness.rpc.ok('membership.person.archive', { id: bayard }, coalition.as);
    expect(
      await harness.rpc.error(
        'membership.affiliation.add',
        { organizationId: organization.id, personId: bayard },
        coalition.as,
      ),
    ).toMatchObject({ code: 'CONFLICT', details: { field: 'personId' } });
    expect(
      await harness.rpc.error(
        'membership.organization.create',
        { type: 'NGO', name: 'Contacts', contactPersonIds: [ella, missing] },
        coalition.as,
      ),
    ).toMatchObject({ code: 'NOT_FOUND', details: { field: 'contactPersonIds.1' } });
    expect(
      await harness.rpc.error(
        'membership.affiliation.list-by-organization',
        { organizationId: missing },
        coalition.as,
      ),
    ).toMatchObject({ code: 'NOT_FOUND', details: { field: 'organizationId' } });
    expect(
      await harness.rpc.error('membership.affiliation.list-by-person', { personId: missing }, coalition.as),
    ).toMatchObject({ code: 'NOT_FOUND', details: { field: 'personId' } });
    expect(await harness.sql.query(coalition.tenantId, 'SELECT id FROM membership.affiliations')).toEqual([]);

    const started = await affiliate(harness.rpc, coalition, organization.id, ella, {
      startedOn: '2020-01-01',
    });
    expect(
      await harness.rpc.error(
        'membership.affiliation.end',
        { id: started.id, endedOn: '2019-12-31' },
        coalition.as,
      ),
    ).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'endedOn' } });
  });
});
