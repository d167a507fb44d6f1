import type { OneOnOneDto, OrganizationDto, RelationshipDto, Subject } from '@groundwork/contracts';
import { signUp, type Member } from '../support/accounts-fixtures';
import { useMembershipHarness } from '../support/membership-harness';
import { affiliate, createOrganization, createPersonId, relate } from '../support/organizations-fixtures';

/** Coalition B cannot read, find, count or change A's organizations, affiliations, relationships or one-on-ones. */
describe('organizations and relationships across coalitions', () => {
  const harness = useMembershipHarness();
  let a: Member;
  let b: Member;
  let organization: OrganizationDto;
  let ella: string;
  let bayard: string;
  let affiliationId: string;
  let relationship: RelationshipDto;
  let oneOnOne: OneOnOneDto;
  let bPerson: string;

  beforeEach(async () => {
    a = await signUp(harness.rpc, 'A');
    b = await signUp(harness.rpc, 'B');
    ella = await createPersonId(harness.rpc, a, 'Ella');
    bayard = await createPersonId(harness.rpc, a, 'Bayard');
    organization = await createOrganization(harness.rpc, a, {
      name: 'Shared Name Union',
      contactPersonIds: [ella],
    });
    affiliationId = (await affiliate(harness.rpc, a, organization.id, ella)).id;
    relationship = await relate(harness.rpc, a, 'NEIGHBOUR', ella, bayard);
    oneOnOne = await harness.rpc.ok(
      'membership.one-on-one.record',
      { personId: ella, heldOn: '2026-03-02' },
      a.as,
    );
    bPerson = await createPersonId(harness.rpc, b, 'Bea');
  });

  const snapshotOfA = async () =>
    Promise.all(
      ['organizations', 'organization_contacts', 'affiliations', 'relationships', 'one_on_ones'].map(
        (table) => harness.sql.query(a.tenantId, `SELECT * FROM membership.${table} ORDER BY 1, 2`),
      ),
    );

  it("answers NOT_FOUND to every change B attempts on A's records, and changes nothing", async () => {
    const before = await snapshotOfA();
    const attempts: Array<[Subject, Record<string, unknown>, string | undefined]> = [
      ['membership.organization.update', { id: organization.id, name: 'Mallory' }, undefined],
      ['membership.organization.archive', { id: organization.id }, undefined],
      [
        'membership.affiliation.add',
        { organizationId: organization.id, personId: bPerson },
        'organizationId',
      ],
      ['membership.affiliation.end', { id: affiliationId }, undefined],
      ['membership.affiliation.remove', { id: affiliationId }, undefined],
      ['membership.relationship.remove', { id: relationship.id }, undefined],
      [
        'membership.relationship.create',
        { type: 'FAMILY', fromPersonId: bPerson, toPersonId: ella },
        'toPersonId',
      ],
      ['membership.one-on-one.update', { id: oneOnOne.id, relationshipStrength: 1 }, undefined],
      ['membership.one-on-one.record', { personId: ella, heldOn: '2026-03-02' }, 'personId'],
      [
        'membership.organization.create',
        { type: 'NGO', name: 'Spy', contactPersonIds: [ella] },
        'contactPersonIds.0',
      ],
      [
        'membership.one-on-one.record',
        { personId: bPerson, heldOn: '2026-03-02', organizerId: a.userId },
        'organizerId',
      ],
    ];
    for (const [subject, body, field] of attempts) {
      const error = await harness.rpc.error(subject, body, b.as);
      expect({ subject, error }).toMatchObject({
        subject,
        error: { code: 'NOT_FOUND', ...(field ? { details: { field } } : {}) },
      });
    }
    expect(await snapshotOfA()).toEqual(before);
    expect(await harness.sql.query(b.tenantId, 'SELECT id FROM membership.organizations')).toEqual([]);
  });

  it("leaves A's records out of everything B reads, finds and counts", async () => {
    expect(
      await harness.rpc.error('membership.organization.get', { id: organization.id }, b.as),
    ).toMatchObject({ code: 'NOT_FOUND' });
    expect(
      await harness.rpc.ok('membership.organization.get-many', { ids: [organization.id] }, b.as),
    ).toEqual([]);
    for (const request of [
      {},
      { includeArchived: true },
      { search: 'Shared' },
      { types: ['UNION' as const] },
    ]) {
      expect(await harness.rpc.ok('membership.organization.list', request, b.as)).toMatchObject({
        totalCount: 0,
        items: [],
      });
    }
    // A cursor minted from A's list positions nothing in B's.
    const aPage = await harness.rpc.ok('membership.organization.list', { first: 1 }, a.as);
    expect(aPage.items).toHaveLength(1);
    expect(
      await harness.rpc.ok('membership.organization.list', { after: aPage.endCursor ?? undefined }, b.as),
    ).toMatchObject({ items: [] });
    for (const [subject, body, field] of [
      ['membership.affiliation.list-by-organization', { organizationId: organization.id }, 'organizationId'],
      ['membership.affiliation.list-by-person', { personId: ella }, 'personId'],
      ['membership.relationship.list-by-person', { personId: ella }, 'personId'],
      ['membership.relationship.graph', { personId: ella }, 'personId'],
    ] as const) {
      expect(await harness.rpc.error(subject, body, b.as)).toMatchObject({
        code: 'NOT_FOUND',
        details: { field },
      });
    }
    expect(await harness.rpc.ok('membership.affiliation.current.get-many', { ids: [ella] }, b.as)).toEqual([
      { personId: ella, organizationIds: [] },
    ]);
    expect(await harness.rpc.error('membership.one-on-one.get', { id: oneOnOne.id }, b.as)).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await harness.rpc.ok('membership.one-on-one.list', {}, b.as)).toMatchObject({
      totalCount: 0,
      items: [],
    });
    expect(await harness.rpc.ok('membership.one-on-one.list', { personId: ella }, b.as)).toMatchObject({
      totalCount: 0,
    });
    expect(await harness.rpc.ok('membership.one-on-one.list', { organizerId: a.userId }, b.as)).toMatchObject(
      { totalCount: 0 },
    );
    expect(
      await harness.rpc.ok(
        'membership.one-on-one.weekly-counts',
        { from: '2026-01-01', to: '2026-12-31' },
        b.as,
      ),
    ).toEqual([]);
    expect(await harness.rpc.ok('membership.relationship.per-leader', {}, b.as)).toMatchObject({
      totalCount: 0,
    });
    expect(await harness.rpc.ok('membership.relationship.unconnected-people', {}, b.as)).toMatchObject({
      totalCount: 1,
      items: [{ personId: bPerson }],
    });
    const ownGraph = await harness.rpc.ok('membership.relationship.graph', { personId: bPerson }, b.as);
    expect(ownGraph).toEqual({ nodes: [{ personId: bPerson, depth: 0 }], edges: [], truncated: false });

    for (const table of [
      'organizations',
      'organization_contacts',
      'affiliations',
      'relationships',
      'one_on_ones',
    ]) {
      expect(
        await harness.sql.query(b.tenantId, `SELECT count(*)::int AS n FROM membership.${table}`),
      ).toEqual([{ n: 0 }]);
    }
  });

  it('refuses these subjects without a tenant', async () => {
    for (const [subject, body] of [
      ['membership.organization.list', {}],
      ['membership.organization.get-many', { ids: [organization.id] }],
      ['membership.relationship.graph', { personId: ella }],
      ['membership.one-on-one.list', {}],
      ['membership.affiliation.remove', { id: affiliationId }],
    ] as const) {
      expect(await harness.rpc.error(subject, body, { actorId: a.userId })).toMatchObject({
        code: 'TENANT_REQUIRED',
      });
    }
    expect(await harness.sql.query(a.tenantId, 'SELECT id FROM membership.affiliations')).toEqual([
      { id: affiliationId },
    ]);
  });
});
