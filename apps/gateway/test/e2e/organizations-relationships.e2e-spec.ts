import { randomUUID } from 'node:crypto';
import { startPlatform, TenantSql, type Platform } from '@groundwork/testing';
import {
  addMember,
  createApiToken,
  createPerson,
  signUpCoalition,
  type AuthPayload,
} from './support/coalitions';
import { errorCode, GatewayClient } from './support/gateway-client';

let platform: Platform;
let client: GatewayClient;
let sql: TenantSql;
let owner: AuthPayload;
let viewer: AuthPayload;
let ella: string;
let bayard: string;
let fannie: string;

beforeAll(async () => {
  platform = await startPlatform();
  client = new GatewayClient(platform.url);
  sql = new TenantSql();
  owner = await signUpCoalition(client, 'orgs');
  viewer = await addMember(client, sql, owner, 'VIEWER');
  ella = (await createPerson(client, owner.accessToken, { firstName: 'Ella', lastName: 'Baker' })).id;
  bayard = (await createPerson(client, owner.accessToken, { firstName: 'Bayard', lastName: 'Rustin' })).id;
  fannie = (await createPerson(client, owner.accessToken, { firstName: 'Fannie', lastName: 'Hamer' })).id;
});

afterAll(async () => {
  await platform?.stop();
  await sql?.close();
});

const ORGANIZATION_FIELDS = `id type name sector area membershipStatus joinedOn leftOn
  dues { amountMinor currency period paidUntil } contacts { id firstName } archivedAt`;

interface OrganizationFields {
  id: string;
  name: string;
  membershipStatus: string;
  contacts: Array<{ id: string; firstName: string }>;
  [field: string]: unknown;
}

async function createOrganization(
  token: string,
  input: Record<string, unknown>,
): Promise<OrganizationFields> {
  const { createOrganization: created } = await client.data<{ createOrganization: OrganizationFields }>(
    `mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { ${ORGANIZATION_FIELDS} } }`,
    { input: { type: 'UNION', name: `Local ${randomUUID().slice(0, 6)}`, ...input } },
    { token },
  );
  return created;
}

/** NATS requests the gateway made while `run` ran. */
async function natsRequestsDuring(run: () => Promise<unknown>): Promise<number> {
  const before = await client.metrics();
  await run();
  return (await client.metrics()).natsRequests - before.natsRequests;
}

describe('organizations through the gateway', () => {
  it('creates and reads an organization with its contacts and people, loading people in one batch', async () => {
    const organization = await createOrganization(owner.accessToken, {
      type: 'CONGREGATION',
      name: 'St. Mark Congregation',
      membershipStatus: 'MEMBER',
      joinedOn: '2024-01-15',
      dues: { amountMinor: 12000, currency: 'USD', period: 'YEARLY', paidUntil: '2026-12-31' },
      contactPersonIds: [bayard, ella],
    });
    expect(organization).toMatchObject({
      type: 'CONGREGATION',
      membershipStatus: 'MEMBER',
      joinedOn: '2024-01-15',
      dues: { amountMinor: 12000, currency: 'USD', period: 'YEARLY', paidUntil: '2026-12-31' },
      contacts: [
        { id: bayard, firstName: 'Bayard' },
        { id: ella, firstName: 'Ella' },
      ],
    });
    for (const personId of [ella, bayard, fannie]) {
      await client.mutate(owner.accessToken, 'addAffiliation', 'AddAffiliationInput', {
        organizationId: organization.id,
        personId,
        role: personId === ella ? 'Deacon' : null,
      });
    }
    const query = `query ($id: ID!) { organization(id: $id) { name contacts { id }
      people(first: 10) { totalCount edges { node { role person { id firstName } organization { id name } } } } } }`;
    let result:
      | {
          organization: {
            people: {
              totalCount: number;
              edges: Array<{
                node: { role: string | null; person: { id: string }; organization: { id: string } };
              }>;
            };
          };
        }
      | undefined;
    // The organization, its affiliation list, one person batch for the contacts and one for the
    // three affiliated people (a tick later); each affiliation's organization comes from the
    // organization loader's cache. Lookups per row would make it 3 + 3 + 3.
    const requests = await natsRequestsDuring(async () => {
      result = await client.data(query, { id: organization.id }, { token: viewer.accessToken });
    });
    expect(requests).toBe(4);
    expect(result!.organization.people.totalCount).toBe(3);
    expect(result!.organization.people.edges.map((edge) => edge.node.person.id).sort()).toEqual(
      [ella, bayard, fannie].sort(),
    );
    expect(
      result!.organization.people.edges.every((edge) => edge.node.organization.id === organization.id),
    ).toBe(true);

    const { organizations } = await client.data<{
      organizations: { totalCount: number; edges: Array<{ node: { id: string } }> };
    }>(
      `query { organizations(search: "st. mark", types: [CONGREGATION], statuses: [MEMBER]) { totalCount edges { node { id } } } }`,
      {},
      { token: viewer.accessToken },
    );
    expect(organizations).toEqual({ totalCount: 1, edges: [{ node: { id: organization.id } }] });

    const { person } = await client.data<{
      person: { affiliations: { edges: Array<{ node: { role: string; organization: { name: string } } }> } };
    }>(
      `query ($id: ID!) { person(id: $id) { affiliations { edges { node { role organization { name } } } } } }`,
      { id: ella },
      { token: viewer.accessToken },
    );
    expect(person.affiliations.edges).toEqual([
      { node: { role: 'Deacon', organization: { name: 'St. Mark Congregation' } } },
    ]);
  });

  it('updates, archives and ends affiliations; viewers and READ tokens may read but not write', async () => {
    const organization = await createOrganization(owner.accessToken, { contactPersonIds: [ella] });
    const updated = await client.mutate(
      owner.accessToken,
      'updateOrganization',
      'UpdateOrganizationInput',
      {
        id: organization.id,
        sector: 'Transit',
        contactPersonIds: null,
        dues: { amountMinor: 500, currency: 'EUR', period: 'MONTHLY' },
      },
      ORGANIZATION_FIELDS,
    );
    expect(updated.data?.updateOrganization).toMatchObject({
      sector: 'Transit',
      contacts: [],
      dues: { amountMinor: 500, paidUntil: null },
    });

    const affiliation = await client.mutate(
      owner.accessToken,
      'addAffiliation',
      'AddAffiliationInput',
      { organizationId: organization.id, personId: ella },
      'id',
    );
    const affiliationId = (affiliation.data?.addAffiliation as { id: string }).id;
    const ended = await client.mutate(
      owner.accessToken,
      'endAffiliation',
      'EndAffiliationInput',
      { id: affiliationId, endedOn: '2026-01-31' },
      'id endedOn',
    );
    expect(ended.data?.endAffiliation).toEqual({ id: affiliationId, endedOn: '2026-01-31' });

    const readToken = (await createApiToken(client, owner.accessToken, ['READ'])).token;
    for (const token of [viewer.accessToken, readToken]) {
      for (const [name, type, input] of [
        ['createOrganization', 'CreateOrganizationInput', { type: 'NGO', name: 'Nope' }],
        ['archiveOrganization', 'ArchiveOrganizationInput', { id: organization.id }],
        ['removeAffiliation', 'RemoveAffiliationInput', { id: affiliationId }],
        [
          'createRelationship',
          'CreateRelationshipInput',
          { type: 'FAMILY', fromPersonId: ella, toPersonId: bayard },
        ],
        [
          'recordOneOnOne',
          'RecordOneOnOneInput',
          { personId: ella, heldOn: '2026-03-02', organizerId: owner.user.id },
        ],
      ] as const) {
        expect(errorCode(await client.mutate(token, name, type, input))).toBe('FORBIDDEN');
      }
    }
    const archived = await client.mutate(
      owner.accessToken,
      'archiveOrganization',
      'ArchiveOrganizationInput',
      { id: organization.id },
      'archivedAt',
    );
    expect((archived.data?.archiveOrganization as { archivedAt: string }).archivedAt).toEqual(
      expect.any(String),
    );
    expect(
      errorCode(
        await client.mutate(owner.accessToken, 'removeAffiliation', 'RemoveAffiliationInput', {
          id: affiliationId,
        }),
      ),
    ).toBeUndefined();
  });
});

describe('relationships and one-on-ones through the gateway', () => {
  it("creates relationships and walks a person's graph with people loaded in one batch", async () => {
    const rel = await client.mutate(
      owner.accessToken,
      'createRelationship',
      'CreateRelationshipInput',
      {
        type: 'RECRUITED_BY',
        fromPersonId: bayard,
        toPersonId: ella,
        notes: 'Met at the bus boycott',
      },
      'id type directed from { id } to { id } notes',
    );
    expect(rel.data?.createRelationship).toMatchObject({
      type: 'RECRUITED_BY',
      directed: true,
      from: { id: bayard },
      to: { id: ella },
    });
    await client.mutate(owner.accessToken, 'createRelationship', 'CreateRelationshipInput', {
      type: 'NEIGHBOUR',
      fromPersonId: bayard,
      toPersonId: fannie,
    });

    let graph:
      | {
          relationalGraph: {
            truncated: boolean;
            nodes: Array<{ depth: number; person: { firstName: string } }>;
            edges: Array<{ type: string; from: { id: string } }>;
          };
        }
      | undefined;
    const requests = await natsRequestsDuring(async () => {
      graph = await client.data(
        `query ($id: ID!) { relationalGraph(personId: $id) { truncated nodes { depth person { firstName } } edges { type from { id } to { id } } } }`,
        { id: ella },
        { token: viewer.accessToken },
      );
    });
    expect(requests).toBe(2);
    expect(graph!.relationalGraph.truncated).toBe(false);
    expect(graph!.relationalGraph.nodes).toEqual([
      { depth: 0, person: { firstName: 'Ella' } },
      { depth: 1, person: { firstName: 'Bayard' } },
      { depth: 2, person: { firstName: 'Fannie' } },
    ]);
    expect(graph!.relationalGraph.edges.map((edge) => edge.type).sort()).toEqual([
      'NEIGHBOUR',
      'RECRUITED_BY',
    ]);

    const { person } = await client.data<{ person: { relationships: { totalCount: number } } }>(
      `query ($id: ID!) { person(id: $id) { relationships { totalCount } } }`,
      { id: bayard },
      { token: viewer.accessToken },
    );
    expect(person.relationships.totalCount).toBe(2);
  });

  it('records one-on-ones for the caller, lists them and counts them per organizer per week', async () => {
    const recorded = await client.mutate(
      owner.accessToken,
      'recordOneOnOne',
      'RecordOneOnOneInput',
      {
        personId: fannie,
        heldOn: '2026-03-04',
        durationMinutes: 30,
        selfInterest: 'Voting rights',
        commitmentMade: 'Will testify',
        nextStep: 'Send the hearing date',
        nextStepDueOn: '2026-03-06',
        relationshipStrength: 3,
      },
      'id organizer { id } person { id } heldOn relationshipStrength',
    );
    expect(recorded.data?.recordOneOnOne).toMatchObject({
      organizer: { id: owner.user.id },
      person: { id: fannie },
      heldOn: '2026-03-04',
      relationshipStrength: 3,
    });
    const id = (recorded.data?.recordOneOnOne as { id: string }).id;
    const updated = await client.mutate(
      owner.accessToken,
      'updateOneOnOne',
      'UpdateOneOnOneInput',
      { id, relationshipStrength: 4 },
      'relationshipStrength',
    );
    expect(updated.data?.updateOneOnOne).toEqual({ relationshipStrength: 4 });

    const data = await client.data<{
      oneOnOne: { id: string };
      oneOnOnes: { totalCount: number };
      weeklyOneOnOnes: Array<{ weekStart: string; count: number; organizer: { id: string } }>;
      person: { oneOnOnes: { totalCount: number } };
    }>(
      `query ($id: ID!, $person: ID!) { oneOnOne(id: $id) { id } oneOnOnes(personId: $person, from: "2026-03-01", to: "2026-03-31") { totalCount }
        weeklyOneOnOnes(from: "2026-03-01", to: "2026-03-31") { weekStart count organizer { id } }
        person(id: $person) { oneOnOnes { totalCount } } }`,
      { id, person: fannie },
      { token: viewer.accessToken },
    );
    expect(data).toEqual({
      oneOnOne: { id },
      oneOnOnes: { totalCount: 1 },
      weeklyOneOnOnes: [{ weekStart: '2026-03-02', count: 1, organizer: { id: owner.user.id } }],
      person: { oneOnOnes: { totalCount: 1 } },
    });
  });

  it('lists relationships per leader and the people no leader is related to', async () => {
    const coalition = await signUpCoalition(client, 'leaders');
    const lea = (await createPerson(client, coalition.accessToken, { firstName: 'Lea', lastName: 'Leader' }))
      .id;
    const ann = (await createPerson(client, coalition.accessToken, { firstName: 'Ann', lastName: 'Known' }))
      .id;
    const cy = (await createPerson(client, coalition.accessToken, { firstName: 'Cy', lastName: 'Unknown' }))
      .id;
    const [level] = await sql.query<{ id: string }>(
      coalition.coalition.id,
      `SELECT id FROM membership.ladder_levels WHERE counts_as_leader ORDER BY position LIMIT 1`,
    );
    const levelId =
      level?.id ??
      (
        await sql.query<{ id: string }>(
          coalition.coalition.id,
          `INSERT INTO membership.ladder_levels (tenant_id, id, name, position, counts_as_leader) VALUES ($1, $2, 'Leader', 90, true) RETURNING id`,
          [coalition.coalition.id, randomUUID()],
        )
      )[0]!.id;
    await sql.query(
      coalition.coalition.id,
      `INSERT INTO membership.person_levels (tenant_id, person_id, level_id, since) VALUES ($1, $2, $3, now())`,
      [coalition.coalition.id, lea, levelId],
    );
    await client.mutate(coalition.accessToken, 'createRelationship', 'CreateRelationshipInput', {
      type: 'MENTOR',
      fromPersonId: lea,
      toPersonId: ann,
    });

    const data = await client.data<{
      leaderRelationships: unknown;
      peopleWithoutLeaderRelationship: unknown;
    }>(
      `query { leaderRelationships { totalCount edges { node { relationshipCount person { id } } } }
        peopleWithoutLeaderRelationship { totalCount edges { node { id } } } }`,
      {},
      { token: coalition.accessToken },
    );
    expect(data).toEqual({
      leaderRelationships: {
        totalCount: 1,
        edges: [{ node: { relationshipCount: 1, person: { id: lea } } }],
      },
      peopleWithoutLeaderRelationship: { totalCount: 1, edges: [{ node: { id: cy } }] },
    });
  });
});

describe('across coalitions', () => {
  it("gives B nothing of A's organizations, relationships or one-on-ones, and changes nothing", async () => {
    const organization = await createOrganization(owner.accessToken, {
      name: 'Private Union',
      contactPersonIds: [ella],
    });
    const b = await signUpCoalition(client, 'other');
    const bPerson = (await createPerson(client, b.accessToken, { firstName: 'Bea', lastName: 'Other' })).id;
    const before = await sql.query(
      owner.coalition.id,
      `SELECT * FROM membership.organizations WHERE id = $1`,
      [organization.id],
    );

    const read = await client.data<Record<string, unknown>>(
      `query ($org: ID!, $ella: ID!) { organization(id: $org) { id } organizations(search: "Private") { totalCount }
        person(id: $ella) { id } oneOnOnes { totalCount } weeklyOneOnOnes(from: "2026-01-01", to: "2026-12-31") { count }
        leaderRelationships { totalCount } }`,
      { org: organization.id, ella },
      { token: b.accessToken },
    );
    expect(read).toEqual({
      organization: null,
      organizations: { totalCount: 0 },
      person: null,
      oneOnOnes: { totalCount: 0 },
      weeklyOneOnOnes: [],
      leaderRelationships: { totalCount: 0 },
    });
    expect(
      errorCode(
        await client.request(
          `query ($id: ID!) { relationalGraph(personId: $id) { truncated } }`,
          { id: ella },
          { token: b.accessToken },
        ),
      ),
    ).toBe('NOT_FOUND');
    for (const [name, type, input] of [
      ['updateOrganization', 'UpdateOrganizationInput', { id: organization.id, name: 'Taken' }],
      ['archiveOrganization', 'ArchiveOrganizationInput', { id: organization.id }],
      ['addAffiliation', 'AddAffiliationInput', { organizationId: organization.id, personId: bPerson }],
      [
        'createRelationship',
        'CreateRelationshipInput',
        { type: 'FAMILY', fromPersonId: bPerson, toPersonId: ella },
      ],
      ['recordOneOnOne', 'RecordOneOnOneInput', { personId: ella, heldOn: '2026-03-02' }],
    ] as const) {
      expect({ name, code: errorCode(await client.mutate(b.accessToken, name, type, input)) }).toEqual({
        name,
        code: 'NOT_FOUND',
      });
    }
    expect(
      await sql.query(owner.coalition.id, `SELECT * FROM membership.organizations WHERE id = $1`, [
        organization.id,
      ]),
    ).toEqual(before);
  });
});

describe('bad input', () => {
  it.each<[string, string, string, Record<string, unknown>, string]>([
    [
      'an unknown organization type',
      'createOrganization',
      'CreateOrganizationInput',
      { type: 'GANG', name: 'X' },
      'type',
    ],
    ['a missing name', 'createOrganization', 'CreateOrganizationInput', { type: 'NGO' }, 'name'],
    [
      'an oversized name',
      'createOrganization',
      'CreateOrganizationInput',
      { type: 'NGO', name: 'N'.repeat(201) },
      'name',
    ],
    [
      'markup in a name',
      'createOrganization',
      'CreateOrganizationInput',
      { type: 'NGO', name: '<b>x</b>' },
      'name',
    ],
    [
      'a date that does not exist',
      'createOrganization',
      'CreateOrganizationInput',
      { type: 'NGO', name: 'X', joinedOn: '2026-02-30' },
      'joinedOn',
    ],
    [
      'dues too large for an Int',
      'createOrganization',
      'CreateOrganizationInput',
      { type: 'NGO', name: 'X', dues: { amountMinor: 1e10, currency: 'EUR', period: 'MONTHLY' } },
      'dues.amountMinor',
    ],
    [
      'an unknown currency',
      'createOrganization',
      'CreateOrganizationInput',
      { type: 'NGO', name: 'X', dues: { amountMinor: 1, currency: 'ZZZ', period: 'MONTHLY' } },
      'dues.currency',
    ],
    [
      'a contact that is not a UUID',
      'createOrganization',
      'CreateOrganizationInput',
      { type: 'NGO', name: 'X', contactPersonIds: ["1' OR 1=1"] },
      'contactPersonIds.0',
    ],
    [
      'a null type on update',
      'updateOrganization',
      'UpdateOrganizationInput',
      { id: randomUUID(), type: null },
      'type',
    ],
    ['a malformed affiliation id', 'endAffiliation', 'EndAffiliationInput', { id: 'nope' }, 'id'],
    [
      'a self-relationship',
      'createRelationship',
      'CreateRelationshipInput',
      { type: 'FAMILY', fromPersonId: 'SELF', toPersonId: 'SELF' },
      'toPersonId',
    ],
    [
      'a lowercase relationship type',
      'createRelationship',
      'CreateRelationshipInput',
      { type: 'family', fromPersonId: randomUUID(), toPersonId: randomUUID() },
      'type',
    ],
    [
      'a strength of 9',
      'recordOneOnOne',
      'RecordOneOnOneInput',
      { personId: randomUUID(), heldOn: '2026-03-02', relationshipStrength: 9 },
      'relationshipStrength',
    ],
    [
      'a string strength',
      'recordOneOnOne',
      'RecordOneOnOneInput',
      { personId: randomUUID(), heldOn: '2026-03-02', relationshipStrength: 'high' },
      'relationshipStrength',
    ],
    [
      'a date-time for a date',
      'recordOneOnOne',
      'RecordOneOnOneInput',
      { personId: randomUUID(), heldOn: '2026-03-02T10:00:00Z' },
      'heldOn',
    ],
    [
      'a due date before the meeting',
      'recordOneOnOne',
      'RecordOneOnOneInput',
      { personId: randomUUID(), heldOn: '2026-03-02', nextStepDueOn: '2026-03-01' },
      'nextStepDueOn',
    ],
    [
      '5000 characters heard',
      'recordOneOnOne',
      'RecordOneOnOneInput',
      { personId: randomUUID(), heldOn: '2026-03-02', selfInterest: 's'.repeat(5000) },
      'selfInterest',
    ],
  ])(
    'refuses %s as BAD_USER_INPUT naming the field, writing nothing',
    async (_what, name, type, input, field) => {
      const body = Object.fromEntries(
        Object.entries(input).map(([key, value]) => [key, value === 'SELF' ? ella : value]),
      );
      const count = async () =>
        sql.query(
          owner.coalition.id,
          `SELECT (SELECT count(*) FROM membership.organizations)::int AS o, (SELECT count(*) FROM membership.relationships)::int AS r,
        (SELECT count(*) FROM membership.one_on_ones)::int AS m, (SELECT count(*) FROM membership.outbox)::int AS e`,
        );
      const before = await count();
      const response = await client.mutate(owner.accessToken, name, type, body);
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await count()).toEqual(before);
    },
  );

  it('refuses bad query arguments naming them', async () => {
    for (const [query, field] of [
      ['{ organizations(first: 101) { totalCount } }', 'first'],
      [
        '{ relationalGraph(personId: "3f0c3a52-4a7b-4c4e-9d0e-0d6f2f8e1a11", depth: 3) { truncated } }',
        'depth',
      ],
      ['{ weeklyOneOnOnes(from: "2020-01-01", to: "2026-01-01") { count } }', 'to'],
      ['{ organization(id: "nope") { id } }', 'id'],
    ] as const) {
      const response = await client.request(query, {}, { token: owner.accessToken });
      expect({ query, extensions: response.errors?.[0]?.extensions }).toMatchObject({
        query,
        extensions: { code: 'BAD_USER_INPUT', field },
      });
    }
    for (const [query, variables, field] of [
      ['query ($from: LocalDate) { oneOnOnes(from: $from) { totalCount } }', { from: 'yesterday' }, 'from'],
      [
        'query ($from: LocalDate!) { weeklyOneOnOnes(from: $from, to: "2026-01-01") { count } }',
        { from: '2026-13-01' },
        'from',
      ],
    ] as const) {
      const response = await client.request(query, variables, { token: owner.accessToken });
      expect({ query, extensions: response.errors?.[0]?.extensions }).toMatchObject({
        query,
        extensions: { code: 'BAD_USER_INPUT', field },
      });
    }
  });
});
