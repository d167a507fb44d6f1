import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startPlatform, TenantSql, type Platform } from '@groundwork/testing';
import {
  addMember,
  createApiToken,
  createPerson,
  signUpCoalition,
  type AuthPayload,
} from './support/coalitions';
import { errorCode, GatewayClient } from './support/gateway-client';
import { CONTROL, HTML, LONG, sqlInjection } from './support/hostile-input';

// The ladder and leadership development through the gateway: happy paths, roles, cross-tenant and
// bad input for every mutation.

const SQL = sqlInjection('level_changes');

let platform: Platform;
let client: GatewayClient;
let sql: TenantSql;
let owner: AuthPayload;
let organizer: AuthPayload;
let viewer: AuthPayload;
let readToken: string;
let writeToken: string;
let levels: Array<{ id: string; name: string; position: number }>;

beforeAll(async () => {
  platform = await startPlatform();
  client = new GatewayClient(platform.url);
  sql = new TenantSql();
  owner = await signUpCoalition(client, 'ladder');
  organizer = await addMember(client, sql, owner, 'ORGANIZER');
  viewer = await addMember(client, sql, owner, 'VIEWER');
  readToken = (await createApiToken(client, owner.accessToken, ['READ'])).token;
  writeToken = (await createApiToken(client, owner.accessToken, ['READ', 'WRITE'])).token;
  ({ ladderLevels: levels } = await client.data<{ ladderLevels: typeof levels }>(
    '{ ladderLevels { id name position } }',
    {},
    { token: viewer.accessToken },
  ));
});

afterAll(async () => {
  await platform?.stop();
  await sql?.close();
});

async function natsRequestsDuring(run: () => Promise<unknown>): Promise<number> {
  const before = await client.metrics();
  await run();
  return (await client.metrics()).natsRequests - before.natsRequests;
}

const level = (name: string) => levels.find((entry) => entry.name === name)!;

const PERSON_LADDER = `ladderLevel { since level { name } }
  levelHistory(first: 10) { totalCount edges { node { reason fromLevel { name } toLevel { name } changedBy { id } rule { id } } } }
  assessments(first: 10) { totalCount edges { node { score notes assessedBy { id } } } }
  leadership { skills trainings { name provider attendedOn } roles { role startedOn endedOn } }`;

/** What the coalition's ladder holds, and what it says about these people, as `token` reads it. */
function ladderState(token: string, personIds: string[]): Promise<unknown> {
  const variables = personIds.map((_, index) => `$p${index}: ID!`).join(', ');
  const people = personIds
    .map((_, index) => `p${index}: person(id: $p${index}) { ${PERSON_LADDER} }`)
    .join('\n');
  return client.data(
    `query ${variables ? `(${variables})` : ''} {
       ladderLevels { id name description position countsAsLeader }
       ladderRules { id name eventType minCount windowDays targetLevelId active }
       assessmentScale { score label description }
       leadershipRoleNames
       ladderBoard { peopleWithoutLevel columns { count level { id } } }
       ${people}
     }`,
    Object.fromEntries(personIds.map((id, index) => [`p${index}`, id])),
    { token },
  );
}

describe('the ladder through the gateway', () => {
  it('moves people with a reason and shows their level, history and the board, loading levels in batches', async () => {
    expect(levels.map((entry) => entry.name)).toEqual([
      'Contact',
      'Supporter',
      'Active',
      'Leader',
      'Core leader',
    ]);
    const ella = (await createPerson(client, owner.accessToken, { firstName: 'Ella', lastName: 'Baker' })).id;
    const rosa = (await createPerson(client, owner.accessToken, { firstName: 'Rosa', lastName: 'Parks' })).id;
    await createPerson(client, owner.accessToken, { firstName: 'Nobody', lastName: 'Yet' });

    const moved = await client.mutation<{ level: { name: string }; person: { id: string } }>(
      organizer.accessToken,
      'movePersonLevel',
      'MovePersonLevelInput',
      { personId: ella, levelId: level('Supporter').id, reason: 'Signed the petition' },
      'since level { name } person { id }',
    );
    expect(moved).toMatchObject({ level: { name: 'Supporter' }, person: { id: ella } });
    await client.mutation(
      writeToken,
      'movePersonLevel',
      'MovePersonLevelInput',
      { personId: ella, levelId: level('Leader').id, reason: 'Chairs the housing committee' },
      'since',
    );
    await client.mutation(
      organizer.accessToken,
      'movePersonLevel',
      'MovePersonLevelInput',
      { personId: rosa, levelId: level('Leader').id, reason: 'Led the boycott' },
      'since',
    );

    const { person } = await client.data<{
      person: {
        ladderLevel: { level: { name: string } };
        levelHistory: { totalCount: number; edges: Array<{ node: unknown }> };
      };
    }>(
      `query ($id: ID!) { person(id: $id) { ${PERSON_LADDER} } }`,
      { id: ella },
      { token: viewer.accessToken },
    );
    expect(person.ladderLevel.level.name).toBe('Leader');
    expect(person.levelHistory.totalCount).toBe(2);
    expect(person.levelHistory.edges.map((edge) => edge.node)).toEqual([
      // An API token acted: no user to name.
      {
        reason: 'Chairs the housing committee',
        fromLevel: { name: 'Supporter' },
        toLevel: { name: 'Leader' },
        changedBy: null,
        rule: null,
      },
      {
        reason: 'Signed the petition',
        fromLevel: null,
        toLevel: { name: 'Supporter' },
        changedBy: { id: organizer.user.id },
        rule: null,
      },
    ]);

    const board: {
      ladderBoard: {
        peopleWithoutLevel: number;
        columns: Array<{
          level: { name: string };
          count: number;
          people: { totalCount: number; edges: Array<{ node: { person: { firstName: string } } }> };
        }>;
      };
    } = await client.data(
      `{ ladderBoard { peopleWithoutLevel columns { level { name } count people(first: 1) { totalCount pageInfo { hasNextPage } edges { node { person { firstName } } } } } } }`,
      {},
      { token: viewer.accessToken },
    );
    expect(board.ladderBoard.peopleWithoutLevel).toBe(1);
    const leaders = board.ladderBoard.columns.find((column) => column.level.name === 'Leader')!;
    expect(leaders).toMatchObject({ count: 2, people: { totalCount: 2, pageInfo: { hasNextPage: true } } });
    expect(leaders.people.edges).toEqual([{ node: { person: { firstName: 'Rosa' } } }]);
    expect(board.ladderBoard.columns.map((column) => column.count)).toEqual([0, 0, 0, 2, 0]);

    // A page of people with their levels: the list, one batch of current levels, one level list.
    const requests = await natsRequestsDuring(() =>
      client.data(
        '{ people(first: 20) { edges { node { id ladderLevel { level { name } } } } } }',
        {},
        { token: viewer.accessToken },
      ),
    );
    expect(requests).toBe(3);
  });

  it('lets ADMIN set up levels, rules and the scale, and organizers record assessments and leadership development', async () => {
    const created = await client.mutation<{ id: string; position: number; countsAsLeader: boolean }>(
      owner.accessToken,
      'createLadderLevel',
      'CreateLadderLevelInput',
      {
        name: `Mentor ${randomUUID().slice(0, 4)}`,
        description: 'Develops new leaders',
        countsAsLeader: true,
      },
      'id position countsAsLeader',
    );
    expect(created).toMatchObject({ position: 6, countsAsLeader: true });
    const renamed = await client.mutation<{ name: string; description: string }>(
      owner.accessToken,
      'updateLadderLevel',
      'UpdateLadderLevelInput',
      { id: created.id, name: 'Mentor' },
      'name description',
    );
    expect(renamed).toEqual({ name: 'Mentor', description: 'Develops new leaders' });
    const reordered = await client.mutation<Array<{ id: string }>>(
      owner.accessToken,
      'reorderLadderLevels',
      'ReorderLadderLevelsInput',
      { ids: [created.id, ...levels.map((entry) => entry.id)] },
      'id',
    );
    expect(reordered[0]!.id).toBe(created.id);
    await client.mutation(
      owner.accessToken,
      'reorderLadderLevels',
      'ReorderLadderLevelsInput',
      { ids: [...levels.map((entry) => entry.id), created.id] },
      'id',
    );
    expect(
      await client.mutation(
        owner.accessToken,
        'deleteLadderLevel',
        'DeleteLadderLevelInput',
        { id: created.id },
        'id',
      ),
    ).toEqual({ id: created.id });

    const rule = await client.mutation<{ id: string; active: boolean }>(
      owner.accessToken,
      'createLadderRule',
      'CreateLadderRuleInput',
      {
        name: 'Three events in 90 days',
        eventType: 'campaigns.attendance.checked-in',
        minCount: 3,
        windowDays: 90,
        targetLevelId: level('Active').id,
      },
      'id active',
    );
    expect(rule.active).toBe(true);
    expect(
      await client.mutation(
        owner.accessToken,
        'updateLadderRule',
        'UpdateLadderRuleInput',
        { id: rule.id, active: false, minCount: 4 },
        'active minCount',
      ),
    ).toEqual({ active: false, minCount: 4 });
    // A level a rule targets cannot go.
    const inUse = await client.mutate(owner.accessToken, 'deleteLadderLevel', 'DeleteLadderLevelInput', {
      id: level('Active').id,
    });
    expect(inUse.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'LEVEL_IN_USE' });
    expect(
      await client.mutation(
        owner.accessToken,
        'deleteLadderRule',
        'DeleteLadderRuleInput',
        { id: rule.id },
        'id',
      ),
    ).toEqual({ id: rule.id });

    const scale = await client.mutation<Array<{ score: number; label: string }>>(
      owner.accessToken,
      'updateAssessmentScale',
      'UpdateAssessmentScaleInput',
      {
        labels: [{ score: 5, label: 'Anchor', description: 'Holds the coalition together' }],
      },
      'score label',
    );
    expect(scale).toHaveLength(5);
    expect(scale[4]).toEqual({ score: 5, label: 'Anchor' });

    const fannie = (await createPerson(client, owner.accessToken, { firstName: 'Fannie', lastName: 'Hamer' }))
      .id;
    expect(
      await client.mutation(
        organizer.accessToken,
        'recordAssessment',
        'RecordAssessmentInput',
        { personId: fannie, score: 4, notes: 'Strong speaker' },
        'score notes assessedBy { id }',
      ),
    ).toEqual({ score: 4, notes: 'Strong speaker', assessedBy: { id: organizer.user.id } });
    const training = await client.mutation<{ id: string }>(
      organizer.accessToken,
      'recordTraining',
      'RecordTrainingInput',
      { personId: fannie, name: 'One-on-ones 101', provider: null, attendedOn: '2026-02-14' },
      'id',
    );
    await client.mutation(
      organizer.accessToken,
      'recordTraining',
      'RecordTrainingInput',
      { personId: fannie, name: 'Power mapping', provider: 'Midwest Academy', attendedOn: '2026-03-01' },
      'id',
    );
    expect(
      await client.mutation(
        organizer.accessToken,
        'deleteTraining',
        'DeleteTrainingInput',
        { id: training.id },
        'id',
      ),
    ).toEqual({ id: training.id });
    expect(
      await client.mutation(
        organizer.accessToken,
        'setPersonSkills',
        'SetPersonSkillsInput',
        { personId: fannie, skills: ['public speaking', 'canvassing', 'canvassing'] },
        'leadership { skills }',
      ),
    ).toEqual({ leadership: { skills: ['canvassing', 'public speaking'] } });
    const role = await client.mutation<{ id: string }>(
      organizer.accessToken,
      'assignLeadershipRole',
      'AssignLeadershipRoleInput',
      { personId: fannie, role: 'Spokesperson', startedOn: '2026-01-01' },
      'id',
    );
    expect(
      await client.mutation(
        organizer.accessToken,
        'endLeadershipRole',
        'EndLeadershipRoleInput',
        { id: role.id, endedOn: '2026-03-31' },
        'role endedOn',
      ),
    ).toEqual({ role: 'Spokesperson', endedOn: '2026-03-31' });

    const data = await client.data<{ person: unknown; leadershipRoleNames: string[] }>(
      `query ($id: ID!) { leadershipRoleNames person(id: $id) { ${PERSON_LADDER} } }`,
      { id: fannie },
      { token: viewer.accessToken },
    );
    expect(data.leadershipRoleNames).toContain('Spokesperson');
    expect(data.person).toMatchObject({
      ladderLevel: null,
      assessments: { totalCount: 1 },
      leadership: {
        skills: ['canvassing', 'public speaking'],
        trainings: [{ name: 'Power mapping', provider: 'Midwest Academy', attendedOn: '2026-03-01' }],
        roles: [{ role: 'Spokesperson', startedOn: '2026-01-01', endedOn: '2026-03-31' }],
      },
    });
  });

  it('refuses writes to viewers and READ tokens, and ladder set-up to organizers and WRITE tokens', async () => {
    const septima = (
      await createPerson(client, owner.accessToken, { firstName: 'Septima', lastName: 'Clark' })
    ).id;
    const before = await ladderState(owner.accessToken, [septima]);
    const personWrites: Array<[string, string, unknown]> = [
      [
        'movePersonLevel',
        'MovePersonLevelInput',
        { personId: septima, levelId: level('Active').id, reason: 'Nope' },
      ],
      ['recordAssessment', 'RecordAssessmentInput', { personId: septima, score: 3 }],
      [
        'recordTraining',
        'RecordTrainingInput',
        { personId: septima, name: 'Nope', attendedOn: '2026-01-01' },
      ],
      ['deleteTraining', 'DeleteTrainingInput', { id: randomUUID() }],
      ['setPersonSkills', 'SetPersonSkillsInput', { personId: septima, skills: ['nope'] }],
      [
        'assignLeadershipRole',
        'AssignLeadershipRoleInput',
        { personId: septima, role: 'Nope', startedOn: '2026-01-01' },
      ],
      ['endLeadershipRole', 'EndLeadershipRoleInput', { id: randomUUID(), endedOn: '2026-01-01' }],
    ];
    const setUp: Array<[string, string, unknown]> = [
      ['createLadderLevel', 'CreateLadderLevelInput', { name: 'Nope' }],
      ['updateLadderLevel', 'UpdateLadderLevelInput', { id: level('Contact').id, name: 'Nope' }],
      [
        'reorderLadderLevels',
        'ReorderLadderLevelsInput',
        { ids: [...levels.map((entry) => entry.id)].reverse() },
      ],
      ['deleteLadderLevel', 'DeleteLadderLevelInput', { id: level('Core leader').id }],
      [
        'createLadderRule',
        'CreateLadderRuleInput',
        { name: 'Nope', eventType: 'a.b', minCount: 1, windowDays: 1, targetLevelId: level('Active').id },
      ],
      ['updateLadderRule', 'UpdateLadderRuleInput', { id: randomUUID(), name: 'Nope' }],
      ['deleteLadderRule', 'DeleteLadderRuleInput', { id: randomUUID() }],
      ['updateAssessmentScale', 'UpdateAssessmentScaleInput', { labels: [{ score: 1, label: 'Nope' }] }],
    ];
    for (const token of [viewer.accessToken, readToken]) {
      for (const [name, type, input] of [...personWrites, ...setUp]) {
        expect([name, errorCode(await client.mutate(token, name, type, input))]).toEqual([name, 'FORBIDDEN']);
      }
    }
    for (const token of [organizer.accessToken, writeToken]) {
      for (const [name, type, input] of setUp) {
        expect([name, errorCode(await client.mutate(token, name, type, input))]).toEqual([name, 'FORBIDDEN']);
      }
    }
    expect(await ladderState(owner.accessToken, [septima])).toEqual(before);
  });
});

describe("the admin's ladder, tag and consent documents", () => {
  const adminFile = (file: string) =>
    readFileSync(join(__dirname, '..', '..', '..', 'admin', 'src', 'graphql', file), 'utf8');
  // The admin's codegen puts every document in one module, so a document may use the shared
  // page fragment from its own file: send it along as the admin's compiled document does.
  const adminDocument = (file: string) => {
    const document = adminFile(file);
    return document.includes('...PageFields') ? `${document}\n${adminFile('page-info.graphql')}` : document;
  };

  it('pass the gateway limits as the admin sends them', async () => {
    const person = (
      await createPerson(client, owner.accessToken, { firstName: 'Admin', lastName: 'Screens' })
    ).id;
    const runs: Array<[string, string, Record<string, unknown>]> = [
      ['ladder.graphql', 'LadderBoard', { first: 25 }],
      ['tags.graphql', 'TagCatalogue', { first: 100 }],
      ['consent.graphql', 'PersonConsent', { id: person, first: 10 }],
    ];
    for (const [file, operationName, variables] of runs) {
      const response = await client.post(
        { query: adminDocument(file), operationName, variables },
        { token: viewer.accessToken },
      );
      const body = (await response.json()) as { errors?: unknown[]; data?: unknown };
      expect([operationName, body.errors]).toEqual([operationName, undefined]);
    }
  });
});

describe('the ladder across coalitions', () => {
  it("never lets coalition B read, count, move or develop A's people, nor touch A's ladder", async () => {
    const amelia = (
      await createPerson(client, owner.accessToken, { firstName: 'Amelia', lastName: 'Boynton' })
    ).id;
    await client.mutation(
      owner.accessToken,
      'movePersonLevel',
      'MovePersonLevelInput',
      { personId: amelia, levelId: level('Active').id, reason: 'Marched' },
      'since',
    );
    const training = await client.mutation<{ id: string }>(
      owner.accessToken,
      'recordTraining',
      'RecordTrainingInput',
      { personId: amelia, name: 'Nonviolence', attendedOn: '2026-01-10' },
      'id',
    );
    const role = await client.mutation<{ id: string }>(
      owner.accessToken,
      'assignLeadershipRole',
      'AssignLeadershipRoleInput',
      { personId: amelia, role: 'Marshal', startedOn: '2026-01-10' },
      'id',
    );
    const rule = await client.mutation<{ id: string }>(
      owner.accessToken,
      'createLadderRule',
      'CreateLadderRuleInput',
      {
        name: 'A rule of A',
        eventType: 'campaigns.attendance.checked-in',
        minCount: 2,
        windowDays: 30,
        targetLevelId: level('Active').id,
      },
      'id',
    );
    const before = await ladderState(owner.accessToken, [amelia]);

    const b = await signUpCoalition(client, 'ladder-b');
    const bLevels = (
      await client.data<{ ladderLevels: Array<{ id: string }> }>(
        '{ ladderLevels { id } }',
        {},
        { token: b.accessToken },
      )
    ).ladderLevels;
    expect(bLevels.filter((entry) => levels.some((own) => own.id === entry.id))).toEqual([]);

    // Reads: A's person is not there, A's levels, rules and role names are not B's, B's board counts nobody.
    const read = await client.data<{
      person: unknown;
      ladderRules: unknown[];
      leadershipRoleNames: string[];
      ladderBoard: {
        peopleWithoutLevel: number;
        columns: Array<{ count: number; people: { totalCount: number } }>;
      };
    }>(
      `query ($id: ID!) { person(id: $id) { id } ladderRules { id } leadershipRoleNames
         ladderBoard { peopleWithoutLevel columns { count people(first: 100) { totalCount } } } }`,
      { id: amelia },
      { token: b.accessToken },
    );
    expect(read).toEqual({
      person: null,
      ladderRules: [],
      leadershipRoleNames: [],
      ladderBoard: {
        peopleWithoutLevel: 0,
        columns: bLevels.map(() => ({ count: 0, people: { totalCount: 0 } })),
      },
    });

    // Writes naming A's people or records: NOT_FOUND, or a refusal naming the field for A's levels.
    const attempts: Array<[string, string, unknown, string]> = [
      [
        'movePersonLevel',
        'MovePersonLevelInput',
        { personId: amelia, levelId: bLevels[0]!.id, reason: 'Hijack' },
        'NOT_FOUND',
      ],
      [
        'movePersonLevel',
        'MovePersonLevelInput',
        { personId: amelia, levelId: level('Leader').id, reason: 'Hijack' },
        'BAD_USER_INPUT',
      ],
      ['recordAssessment', 'RecordAssessmentInput', { personId: amelia, score: 1 }, 'NOT_FOUND'],
      [
        'recordTraining',
        'RecordTrainingInput',
        { personId: amelia, name: 'Hijack', attendedOn: '2026-01-01' },
        'NOT_FOUND',
      ],
      ['deleteTraining', 'DeleteTrainingInput', { id: training.id }, 'NOT_FOUND'],
      ['setPersonSkills', 'SetPersonSkillsInput', { personId: amelia, skills: [] }, 'NOT_FOUND'],
      [
        'assignLeadershipRole',
        'AssignLeadershipRoleInput',
        { personId: amelia, role: 'Hijack', startedOn: '2026-01-01' },
        'NOT_FOUND',
      ],
      ['endLeadershipRole', 'EndLeadershipRoleInput', { id: role.id, endedOn: '2026-02-01' }, 'NOT_FOUND'],
      [
        'updateLadderLevel',
        'UpdateLadderLevelInput',
        { id: level('Contact').id, name: 'Hijacked' },
        'NOT_FOUND',
      ],
      ['deleteLadderLevel', 'DeleteLadderLevelInput', { id: level('Core leader').id }, 'NOT_FOUND'],
      [
        'reorderLadderLevels',
        'ReorderLadderLevelsInput',
        { ids: [...levels.map((entry) => entry.id)].reverse() },
        'BAD_USER_INPUT',
      ],
      ['updateLadderRule', 'UpdateLadderRuleInput', { id: rule.id, active: false }, 'NOT_FOUND'],
      ['deleteLadderRule', 'DeleteLadderRuleInput', { id: rule.id }, 'NOT_FOUND'],
      [
        'createLadderRule',
        'CreateLadderRuleInput',
        { name: 'Into A', eventType: 'a.b', minCount: 1, windowDays: 1, targetLevelId: level('Active').id },
        'BAD_USER_INPUT',
      ],
    ];
    for (const [name, type, input, code] of attempts) {
      expect([name, errorCode(await client.mutate(b.accessToken, name, type, input))]).toEqual([name, code]);
    }
    expect(await ladderState(owner.accessToken, [amelia])).toEqual(before);
  });
});

describe('bad ladder and leadership input', () => {
  let person: string;
  let training: string;
  let role: string;
  let rule: string;

  beforeAll(async () => {
    person = (await createPerson(client, owner.accessToken, { firstName: 'Diane', lastName: 'Nash' })).id;
    training = (
      await client.mutation<{ id: string }>(
        owner.accessToken,
        'recordTraining',
        'RecordTrainingInput',
        { personId: person, name: 'Sit-in prep', attendedOn: '2026-01-05' },
        'id',
      )
    ).id;
    role = (
      await client.mutation<{ id: string }>(
        owner.accessToken,
        'assignLeadershipRole',
        'AssignLeadershipRoleInput',
        { personId: person, role: 'Coordinator', startedOn: '2026-01-05' },
        'id',
      )
    ).id;
    rule = (
      await client.mutation<{ id: string }>(
        owner.accessToken,
        'createLadderRule',
        'CreateLadderRuleInput',
        {
          name: 'Bad input rule',
          eventType: 'listening.conversation.recorded',
          minCount: 2,
          windowDays: 60,
          targetLevelId: level('Active').id,
        },
        'id',
      )
    ).id;
  });

  const without = (input: Record<string, unknown>, field: string) =>
    Object.fromEntries(Object.entries(input).filter(([key]) => key !== field));

  it('answers BAD_USER_INPUT naming the field for every mutation, and writes nothing', async () => {
    const cases: Array<{
      mutation: string;
      type: string;
      valid: Record<string, unknown>;
      bad: Array<[string, unknown, string]>;
    }> = [
      {
        mutation: 'createLadderLevel',
        type: 'CreateLadderLevelInput',
        valid: { name: 'Good level', description: 'Fine' },
        bad: [
          ['missing name', { name: undefined }, 'name'],
          ['oversized name', { name: LONG }, 'name'],
          ['numeric name', { name: 5 }, 'name'],
          ['HTML in name', { name: HTML }, 'name'],
          ['control characters in description', { name: 'Ok', description: CONTROL }, 'description'],
          ['string countsAsLeader', { name: 'Ok', countsAsLeader: 'yes' }, 'countsAsLeader'],
        ],
      },
      {
        mutation: 'updateLadderLevel',
        type: 'UpdateLadderLevelInput',
        valid: { id: level('Contact').id },
        bad: [
          ['missing id', { id: undefined, name: 'x' }, 'id'],
          ['not a uuid id', { id: `1; ${SQL}` }, 'id'],
          ['oversized description', { description: LONG }, 'description'],
          ['null name', { name: null }, 'name'],
          ['SQL-ish HTML name', { name: `${SQL}<b>` }, 'name'],
        ],
      },
      {
        mutation: 'reorderLadderLevels',
        type: 'ReorderLadderLevelsInput',
        valid: {},
        bad: [
          ['missing ids', {}, 'ids'],
          ['empty ids', { ids: [] }, 'ids'],
          ['a bad id', { ids: ['nope'] }, 'ids.0'],
          ['too many ids', { ids: Array.from({ length: 31 }, () => randomUUID()) }, 'ids'],
          ['not every level', { ids: [level('Contact').id] }, 'ids'],
        ],
      },
      {
        mutation: 'deleteLadderLevel',
        type: 'DeleteLadderLevelInput',
        valid: {},
        bad: [
          ['missing id', {}, 'id'],
          ['numeric id', { id: 12 }, 'id'],
          ['hostile id', { id: SQL }, 'id'],
        ],
      },
      {
        mutation: 'movePersonLevel',
        type: 'MovePersonLevelInput',
        valid: { personId: person, levelId: level('Leader').id, reason: 'Good reason' },
        bad: [
          ['missing reason', { reason: undefined }, 'reason'],
          ['empty reason', { reason: '   ' }, 'reason'],
          ['oversized reason', { reason: LONG }, 'reason'],
          ['HTML reason', { reason: HTML }, 'reason'],
          ['control characters in reason', { reason: CONTROL }, 'reason'],
          ['hostile personId', { personId: SQL }, 'personId'],
          ['numeric levelId', { levelId: 3 }, 'levelId'],
          ['unknown level', { levelId: randomUUID() }, 'levelId'],
        ],
      },
      {
        mutation: 'createLadderRule',
        type: 'CreateLadderRuleInput',
        valid: {
          name: 'Rule',
          eventType: 'campaigns.attendance.checked-in',
          minCount: 3,
          windowDays: 90,
          targetLevelId: level('Active').id,
        },
        bad: [
          ['missing eventType', { eventType: undefined }, 'eventType'],
          ['hostile eventType', { eventType: SQL }, 'eventType'],
          ['zero minCount', { minCount: 0 }, 'minCount'],
          ['fractional minCount', { minCount: 1.5 }, 'minCount'],
          ['string windowDays', { windowDays: 'ninety' }, 'windowDays'],
          ['oversized windowDays', { windowDays: 100_000 }, 'windowDays'],
          ['unknown target level', { targetLevelId: randomUUID() }, 'targetLevelId'],
          ['oversized name', { name: LONG }, 'name'],
        ],
      },
      {
        mutation: 'updateLadderRule',
        type: 'UpdateLadderRuleInput',
        valid: { id: rule },
        bad: [
          ['missing id', { id: undefined, name: 'x' }, 'id'],
          ['null active', { active: null }, 'active'],
          ['negative minCount', { minCount: -1 }, 'minCount'],
          ['HTML name', { name: HTML }, 'name'],
        ],
      },
      {
        mutation: 'deleteLadderRule',
        type: 'DeleteLadderRuleInput',
        valid: {},
        bad: [
          ['missing id', {}, 'id'],
          ['bad id', { id: 'rule-1' }, 'id'],
        ],
      },
      {
        mutation: 'updateAssessmentScale',
        type: 'UpdateAssessmentScaleInput',
        valid: {},
        bad: [
          ['missing labels', {}, 'labels'],
          ['score 6', { labels: [{ score: 6, label: 'Six' }] }, 'labels.0.score'],
          ['string score', { labels: [{ score: 'one', label: 'One' }] }, 'labels.0.score'],
          ['HTML label', { labels: [{ score: 1, label: HTML }] }, 'labels.0.label'],
          ['oversized label', { labels: [{ score: 1, label: LONG }] }, 'labels.0.label'],
          ['missing label', { labels: [{ score: 1 }] }, 'labels.0.label'],
          [
            'a score twice',
            {
              labels: [
                { score: 1, label: 'A' },
                { score: 1, label: 'B' },
              ],
            },
            'labels',
          ],
        ],
      },
      {
        mutation: 'recordAssessment',
        type: 'RecordAssessmentInput',
        valid: { personId: person, score: 3 },
        bad: [
          ['missing score', { score: undefined }, 'score'],
          ['score 0', { score: 0 }, 'score'],
          ['string score', { score: 'high' }, 'score'],
          ['oversized notes', { notes: LONG }, 'notes'],
          ['HTML notes', { notes: HTML }, 'notes'],
          ['bad personId', { personId: '42' }, 'personId'],
        ],
      },
      {
        mutation: 'recordTraining',
        type: 'RecordTrainingInput',
        valid: { personId: person, name: 'Training', attendedOn: '2026-02-01' },
        bad: [
          ['missing attendedOn', { attendedOn: undefined }, 'attendedOn'],
          ['impossible date', { attendedOn: '2026-02-31' }, 'attendedOn'],
          ['numeric attendedOn', { attendedOn: 20260201 }, 'attendedOn'],
          ['oversized name', { name: LONG }, 'name'],
          ['control characters in provider', { provider: CONTROL }, 'provider'],
          ['HTML name', { name: HTML }, 'name'],
        ],
      },
      {
        mutation: 'deleteTraining',
        type: 'DeleteTrainingInput',
        valid: {},
        bad: [
          ['missing id', {}, 'id'],
          ['hostile id', { id: `${training}'--` }, 'id'],
        ],
      },
      {
        mutation: 'setPersonSkills',
        type: 'SetPersonSkillsInput',
        valid: { personId: person, skills: ['ok'] },
        bad: [
          ['missing skills', { skills: undefined }, 'skills'],
          [
            'too many skills',
            {
              skills: Array.from(
                { length: 51 },
                (_, index) => `skill ${String.fromCharCode(97 + (index % 26))}${index}`,
              ),
            },
            'skills',
          ],
          ['numeric skill', { skills: ['ok', 7] }, 'skills.1'],
          ['oversized skill', { skills: [LONG] }, 'skills.0'],
          ['HTML skill', { skills: [HTML] }, 'skills.0'],
        ],
      },
      {
        mutation: 'assignLeadershipRole',
        type: 'AssignLeadershipRoleInput',
        valid: { personId: person, role: 'Chair', startedOn: '2026-02-01' },
        bad: [
          ['missing role', { role: undefined }, 'role'],
          ['oversized role', { role: LONG }, 'role'],
          ['SQL-ish HTML role', { role: `<script>${SQL}</script>` }, 'role'],
          ['end before start', { endedOn: '2026-01-01' }, 'endedOn'],
          ['bad startedOn', { startedOn: 'yesterday' }, 'startedOn'],
        ],
      },
      {
        mutation: 'endLeadershipRole',
        type: 'EndLeadershipRoleInput',
        valid: { id: role },
        bad: [
          ['missing endedOn', {}, 'endedOn'],
          ['bad endedOn', { endedOn: '31/01/2026' }, 'endedOn'],
          ['end before start', { endedOn: '2025-12-31' }, 'endedOn'],
          ['bad id', { id: 'x', endedOn: '2026-02-01' }, 'id'],
        ],
      },
    ];
    const before = await ladderState(owner.accessToken, [person]);
    for (const { mutation: name, type, valid, bad } of cases) {
      for (const [label, change, field] of bad) {
        let input: Record<string, unknown> = { ...valid, ...(change as Record<string, unknown>) };
        for (const [key, value] of Object.entries(change as Record<string, unknown>))
          if (value === undefined) input = without(input, key);
        const response = await client.mutate(owner.accessToken, name, type, input);
        expect([name, label, errorCode(response), response.errors?.[0]?.extensions?.field]).toEqual([
          name,
          label,
          'BAD_USER_INPUT',
          field,
        ]);
      }
    }
    expect(await ladderState(owner.accessToken, [person])).toEqual(before);
  });
});
