import type { OneOnOneDto, OrganizationDto, Subject } from '@groundwork/contracts';
import { signUp, type Member } from '../support/accounts-fixtures';
import { useMembershipHarness } from '../support/membership-harness';
import { affiliate, createOrganization, createPersonId, relate } from '../support/organizations-fixtures';

const SQL_INJECTION = "x'); DROP TABLE membership.organizations;--";
const HTML = '<script>alert(1)</script>';
const NOT_A_UUID = "1' OR '1'='1";
const SOME_UUID = '3f0c3a52-4a7b-4c4e-9d0e-0d6f2f8e1a11';

/** [what, request body, the field the error must name] */
type Case = [string, Record<string, unknown>, string];

/** Each refused request is BAD_USER_INPUT naming the field, and leaves no row and no event behind. */
describe('organizations and relationships: bad input', () => {
  const harness = useMembershipHarness();
  let coalition: Member;
  let organization: OrganizationDto;
  let ella: string;
  let bayard: string;
  let affiliationId: string;
  let oneOnOne: OneOnOneDto;

  beforeAll(async () => {
    coalition = await signUp(harness.rpc, 'BadInput');
    ella = await createPersonId(harness.rpc, coalition, 'Ella');
    bayard = await createPersonId(harness.rpc, coalition, 'Bayard');
    organization = await createOrganization(harness.rpc, coalition, {
      joinedOn: '2020-01-01',
      membershipStatus: 'MEMBER',
    });
    affiliationId = (
      await affiliate(harness.rpc, coalition, organization.id, ella, { startedOn: '2020-01-01' })
    ).id;
    await relate(harness.rpc, coalition, 'FAMILY', ella, bayard);
    oneOnOne = await harness.rpc.ok(
      'membership.one-on-one.record',
      { personId: ella, heldOn: '2026-03-02', nextStepDueOn: '2026-03-09' },
      coalition.as,
    );
  });

  /** Every row of the area's tables, and the outbox size (its rows change as the relay sends them). */
  const snapshot = async () =>
    Promise.all([
      ...['organizations', 'organization_contacts', 'affiliations', 'relationships', 'one_on_ones'].map(
        (table) => harness.sql.query(coalition.tenantId, `SELECT * FROM membership.${table} ORDER BY 1, 2`),
      ),
      harness.sql.query(coalition.tenantId, `SELECT count(*)::int AS count FROM membership.outbox`),
    ]);

  async function expectRefused(subject: Subject, body: unknown, field: string): Promise<void> {
    const before = await snapshot();
    const error = await harness.rpc.error(subject, body, coalition.as);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', details: { field } });
    expect(await snapshot()).toEqual(before);
  }

  const organizationFields: Case[] = [
    ['a 201-character name', { name: 'N'.repeat(201) }, 'name'],
    ['HTML in a name', { name: HTML }, 'name'],
    ['a NUL in a sector', { sector: 'a\u0000b' }, 'sector'],
    ['an unknown type', { type: 'CULT' }, 'type'],
    ['a lowercase type', { type: 'union' }, 'type'],
    ['an unknown status', { membershipStatus: 'VIP' }, 'membershipStatus'],
    ['a date that does not exist', { joinedOn: '2026-02-30' }, 'joinedOn'],
    ['a date-time for a date', { joinedOn: '2026-02-01T00:00:00Z' }, 'joinedOn'],
    ['SQL for a date', { leftOn: SQL_INJECTION }, 'leftOn'],
    ['left before joined', { joinedOn: '2026-02-01', leftOn: '2026-01-31' }, 'leftOn'],
    ['negative dues', { dues: { amountMinor: -1, currency: 'EUR', period: 'MONTHLY' } }, 'dues.amountMinor'],
    [
      'fractional dues',
      { dues: { amountMinor: 10.5, currency: 'EUR', period: 'MONTHLY' } },
      'dues.amountMinor',
    ],
    ['huge dues', { dues: { amountMinor: 1e12, currency: 'EUR', period: 'MONTHLY' } }, 'dues.amountMinor'],
    [
      'dues as a string',
      { dues: { amountMinor: '100', currency: 'EUR', period: 'MONTHLY' } },
      'dues.amountMinor',
    ],
    [
      'an unknown currency',
      { dues: { amountMinor: 100, currency: 'XYZ', period: 'MONTHLY' } },
      'dues.currency',
    ],
    ['dues without a period', { dues: { amountMinor: 100, currency: 'EUR' } }, 'dues.period'],
    ['21 contacts', { contactPersonIds: Array.from({ length: 21 }, () => SOME_UUID) }, 'contactPersonIds'],
    ['a contact that is not a UUID', { contactPersonIds: [NOT_A_UUID] }, 'contactPersonIds.0'],
    ['contacts as a string', { contactPersonIds: SOME_UUID }, 'contactPersonIds'],
  ];

  describe('membership.organization.create', () => {
    it.each<Case>([
      ['no name', { name: undefined }, 'name'],
      ['no type', { type: undefined }, 'type'],
      ['an empty name', { name: '   ' }, 'name'],
      ...organizationFields,
    ])('refuses %s', async (_what, fields, field) => {
      await expectRefused(
        'membership.organization.create',
        { type: 'UNION', name: 'Local 9', ...fields },
        field,
      );
    });
  });

  describe('membership.organization.update', () => {
    it.each<Case>([
      ['a malformed id', { id: NOT_A_UUID }, 'id'],
      ['a null name', { name: null }, 'name'],
      ['leaving before the stored joined date', { leftOn: '2019-12-31' }, 'leftOn'],
      ...organizationFields,
    ])('refuses %s', async (_what, fields, field) => {
      await expectRefused('membership.organization.update', { id: organization.id, ...fields }, field);
    });
  });

  it.each<[string, Subject, Record<string, unknown>, string]>([
    ['organization.list', 'membership.organization.list', { first: 101 }, 'first'],
    ['organization.list', 'membership.organization.list', { after: 'garbage' }, 'after'],
    ['organization.list', 'membership.organization.list', { search: 'a\u0007b' }, 'search'],
    ['organization.list', 'membership.organization.list', { types: ['UNION', 'GANG'] }, 'types.1'],
    ['organization.get-many', 'membership.organization.get-many', { ids: [NOT_A_UUID] }, 'ids.0'],
    [
      'affiliation.add',
      'membership.affiliation.add',
      { organizationId: 'x', personId: 'y' },
      'organizationId',
    ],
    ['affiliation.add', 'membership.affiliation.add', { personId: undefined }, 'personId'],
    ['affiliation.add', 'membership.affiliation.add', { role: 'R'.repeat(101) }, 'role'],
    ['affiliation.add', 'membership.affiliation.add', { role: HTML }, 'role'],
    [
      'affiliation.add',
      'membership.affiliation.add',
      { startedOn: '2020-01-02', endedOn: '2020-01-01' },
      'endedOn',
    ],
    ['affiliation.end', 'membership.affiliation.end', { id: undefined }, 'id'],
    ['affiliation.end', 'membership.affiliation.end', { endedOn: 20200101 }, 'endedOn'],
    ['affiliation.end', 'membership.affiliation.end', { endedOn: '2019-12-31' }, 'endedOn'],
    ['affiliation.remove', 'membership.affiliation.remove', { id: SQL_INJECTION }, 'id'],
    ['affiliation.list', 'membership.affiliation.list-by-organization', { after: 'garbage' }, 'after'],
  ])('%s refuses %j', async (_what, subject, fields, field) => {
    const defaults: Partial<Record<Subject, Record<string, unknown>>> = {
      'membership.affiliation.add': { organizationId: organization.id, personId: bayard },
      'membership.affiliation.end': { id: affiliationId },
      'membership.affiliation.list-by-organization': { organizationId: organization.id },
    };
    await expectRefused(subject, { ...(defaults[subject] ?? {}), ...fields }, field);
  });

  describe('membership.relationship.create', () => {
    it.each<Case>([
      ['no type', { type: undefined }, 'type'],
      ['a lowercase type', { type: 'family' }, 'type'],
      ['a person related to themself', { toPersonId: 'SELF' }, 'toPersonId'],
      ['a malformed person id', { fromPersonId: NOT_A_UUID }, 'fromPersonId'],
      ['2001-character notes', { notes: 'n'.repeat(2001) }, 'notes'],
      ['HTML in notes', { notes: HTML }, 'notes'],
      ['a NUL in notes', { notes: 'a\u0000b' }, 'notes'],
      ['ended before started', { startedOn: '2020-01-02', endedOn: '2020-01-01' }, 'endedOn'],
      ['an object for a date', { startedOn: { $gt: '' } }, 'startedOn'],
    ])('refuses %s', async (_what, fields, field) => {
      const body = { type: 'NEIGHBOUR', fromPersonId: ella, toPersonId: bayard, ...fields };
      if (body.toPersonId === 'SELF') body.toPersonId = ella;
      await expectRefused('membership.relationship.create', body, field);
    });
  });

  it.each<[Subject, Record<string, unknown>, string]>([
    ['membership.relationship.remove', { id: 42 }, 'id'],
    ['membership.relationship.graph', { personId: 'x' }, 'personId'],
    [
      'membership.relationship.graph',
      { personId: '00000000-0000-4000-8000-000000000000', depth: 3 },
      'depth',
    ],
    [
      'membership.relationship.graph',
      { personId: '00000000-0000-4000-8000-000000000000', maxNodes: 501 },
      'maxNodes',
    ],
    ['membership.relationship.per-leader', { after: 'garbage' }, 'after'],
    ['membership.relationship.unconnected-people', { first: 0 }, 'first'],
    ['membership.one-on-one.list', { from: '2026-02-01', to: '2026-01-01' }, 'to'],
    ['membership.one-on-one.weekly-counts', { from: '2020-01-01', to: '2026-01-01' }, 'to'],
    ['membership.one-on-one.weekly-counts', { from: '2026-01-01' }, 'to'],
  ])('%s refuses %j', async (subject, body, field) => {
    await expectRefused(subject, body, field);
  });

  const oneOnOneFields: Case[] = [
    ['a duration of 0', { durationMinutes: 0 }, 'durationMinutes'],
    ['a duration over a day', { durationMinutes: 1441 }, 'durationMinutes'],
    ['a strength of 6', { relationshipStrength: 6 }, 'relationshipStrength'],
    ['a strength of 0', { relationshipStrength: 0 }, 'relationshipStrength'],
    ['a fractional strength', { relationshipStrength: 3.5 }, 'relationshipStrength'],
    ['a 4001-character self-interest', { selfInterest: 's'.repeat(4001) }, 'selfInterest'],
    ['HTML in concerns', { concerns: HTML }, 'concerns'],
    ['a 201-character place', { place: 'p'.repeat(201) }, 'place'],
    ['a newline in a place', { place: 'a\nb' }, 'place'],
    ['a due date before the meeting', { heldOn: '2026-03-02', nextStepDueOn: '2026-03-01' }, 'nextStepDueOn'],
    ['a malformed organizer', { organizerId: SQL_INJECTION }, 'organizerId'],
  ];

  describe('membership.one-on-one.record', () => {
    it.each<Case>([
      ['no person', { personId: undefined }, 'personId'],
      ['no date', { heldOn: undefined }, 'heldOn'],
      ['a date in year 10000', { heldOn: '10000-01-01' }, 'heldOn'],
      ...oneOnOneFields,
    ])('refuses %s', async (_what, fields, field) => {
      await expectRefused(
        'membership.one-on-one.record',
        { personId: ella, heldOn: '2026-03-02', ...fields },
        field,
      );
    });
  });

  describe('membership.one-on-one.update', () => {
    it.each<Case>([
      ['a malformed id', { id: NOT_A_UUID }, 'id'],
      ['a null date', { heldOn: null }, 'heldOn'],
      ['moving the meeting after its due date', { heldOn: '2026-03-10' }, 'nextStepDueOn'],
      ...oneOnOneFields,
    ])('refuses %s', async (_what, fields, field) => {
      await expectRefused('membership.one-on-one.update', { id: oneOnOne.id, ...fields }, field);
    });
  });
});
