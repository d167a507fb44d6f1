import { randomUUID } from 'node:crypto';
import { startPlatform, TenantSql, type Platform } from '@groundwork/testing';
import { addMember, createPerson, signUpCoalition, type AuthPayload } from './support/coalitions';
import { errorCode, GatewayClient, type GraphQLResponse } from './support/gateway-client';

let platform: Platform;
let client: GatewayClient;
let sql: TenantSql;
let owner: AuthPayload;
let viewer: AuthPayload;
let other: AuthPayload;
let ella: string;
let otherPerson: string;

beforeAll(async () => {
  platform = await startPlatform();
  client = new GatewayClient(platform.url);
  sql = new TenantSql();
  owner = await signUpCoalition(client, 'rounds');
  viewer = await addMember(client, sql, owner, 'VIEWER');
  other = await signUpCoalition(client, 'other-rounds');
  ella = (await createPerson(client, owner.accessToken, { firstName: 'Ella', lastName: 'Baker' })).id;
  otherPerson = (await createPerson(client, other.accessToken, { firstName: 'Bayard', lastName: 'Rustin' }))
    .id;
});

afterAll(async () => {
  await platform?.stop();
  await sql?.close();
});

interface RoundFields {
  id: string;
  status: string;
  options: Array<{ id: string; title: string }>;
}

const ROUND_FIELDS = 'id title method seats status secret options { id title }';

function call<T>(
  token: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<GraphQLResponse<T>> {
  return client.request<T>(query, variables, { token });
}

const CREATE = `mutation ($input: CreatePrioritizationRoundInput!) { createPrioritizationRound(input: $input) { ${ROUND_FIELDS} } }`;
const OPEN = `mutation ($input: OpenPrioritizationRoundInput!) { openPrioritizationRound(input: $input) { ${ROUND_FIELDS} } }`;
const CLOSE = `mutation ($input: ClosePrioritizationRoundInput!) { closePrioritizationRound(input: $input) { ${ROUND_FIELDS} } }`;
const CAST = `mutation ($input: CastBallotInput!) { castBallot(input: $input) { id roundId voterId replaced } }`;
const RECORD = `mutation ($input: RecordPaperBallotsInput!) { recordPaperBallots(input: $input) { lines ballots } }`;

async function openRound(token: string, fields: Record<string, unknown> = {}): Promise<RoundFields> {
  const { createPrioritizationRound: round } = await client.data<{ createPrioritizationRound: RoundFields }>(
    CREATE,
    {
      input: {
        title: 'Spring priorities',
        method: 'RANKED_CHOICE',
        options: [{ title: 'Rent' }, { title: 'Repairs' }, { title: 'Heating' }],
        ...fields,
      },
    },
    { token },
  );
  const { openPrioritizationRound } = await client.data<{ openPrioritizationRound: RoundFields }>(
    OPEN,
    { input: { id: round.id } },
    { token },
  );
  return openPrioritizationRound;
}

const idOf = (round: RoundFields, title: string) =>
  round.options.find((option) => option.title === title)!.id;

describe('prioritization rounds through the API', () => {
  it('runs a round: staff cast for a person of the coalition, paper ballots, close, result', async () => {
    const round = await openRound(owner.accessToken);
    expect(round).toMatchObject({ status: 'OPEN', seats: 1, secret: false });
    const [rent, repairs, heating] = ['Rent', 'Repairs', 'Heating'].map((title) => idOf(round, title));

    const first = await call<{ castBallot: { replaced: boolean } }>(owner.accessToken, CAST, {
      input: { roundId: round.id, voterId: ella, ranking: [heating, rent] },
    });
    expect(first.data?.castBallot.replaced).toBe(false);
    const again = await call<{ castBallot: { replaced: boolean } }>(owner.accessToken, CAST, {
      input: { roundId: round.id, voterId: ella, ranking: [repairs] },
    });
    expect(again.data?.castBallot.replaced).toBe(true);

    const paper = await call<{ recordPaperBallots: { lines: number; ballots: number } }>(
      owner.accessToken,
      RECORD,
      {
        input: {
          roundId: round.id,
          ballots: [{ ranking: [rent, repairs], count: 3 }, { ranking: [heating] }],
        },
      },
    );
    expect(paper.data?.recordPaperBallots).toEqual({ lines: 2, ballots: 4 });

    const closed = await call<{ closePrioritizationRound: RoundFields }>(owner.accessToken, CLOSE, {
      input: { id: round.id },
    });
    expect(closed.data?.closePrioritizationRound.status).toBe('CLOSED');

    const { prioritizationResult } = await client.data<{
      prioritizationResult: { ballotsCast: number; quorumMet: boolean; winners: Array<{ title: string }> };
    }>(
      `query ($roundId: ID!) { prioritizationResult(roundId: $roundId) { ballotsCast quorumMet winners { title } } }`,
      { roundId: round.id },
      { token: viewer.accessToken },
    );
    // Rent 3, Repairs 1, Heating 1: Rent has a majority of the 5 ballots.
    expect(prioritizationResult).toEqual({ ballotsCast: 5, quorumMet: true, winners: [{ title: 'Rent' }] });

    const late = await call(owner.accessToken, RECORD, {
      input: { roundId: round.id, ballots: [{ ranking: [rent] }] },
    });
    expect(errorCode(late)).toBe('CONFLICT');
  });

  it('refuses a voter membership does not know in this coalition, and bad ballots, naming the field', async () => {
    const round = await openRound(owner.accessToken);
    const rent = idOf(round, 'Rent');
    for (const voterId of [randomUUID(), otherPerson]) {
      const refused = await call(owner.accessToken, CAST, {
        input: { roundId: round.id, voterId, ranking: [rent] },
      });
      expect(errorCode(refused)).toBe('BAD_USER_INPUT');
      expect(refused.errors?.[0]?.extensions?.field).toBe('voterId');
    }
    const repeated = await call(owner.accessToken, CAST, {
      input: { roundId: round.id, voterId: ella, ranking: [rent, rent] },
    });
    expect(errorCode(repeated)).toBe('BAD_USER_INPUT');
    expect(repeated.errors?.[0]?.extensions?.field).toBe('ranking.1');
    const badLine = await call(owner.accessToken, RECORD, {
      input: { roundId: round.id, ballots: [{ ranking: [rent] }, { ranking: [randomUUID()] }] },
    });
    expect(badLine.errors?.[0]?.extensions?.field).toBe('ballots.1.ranking.0');
    const badTitle = await call(owner.accessToken, CREATE, {
      input: { title: 'Twice', method: 'RANKED_CHOICE', options: [{ title: 'Rent' }, { title: 'Rent' }] },
    });
    expect(badTitle.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'options.1.title',
    });
  });

  it('lets viewers read rounds and results but not create, open, close or vote', async () => {
    const round = await openRound(owner.accessToken);
    const attempts: Array<[string, Record<string, unknown>]> = [
      [CREATE, { input: { title: 'No', method: 'APPROVAL', options: [{ title: 'A' }] } }],
      [OPEN, { input: { id: round.id } }],
      [CLOSE, { input: { id: round.id } }],
      [CAST, { input: { roundId: round.id, voterId: ella, ranking: [idOf(round, 'Rent')] } }],
      [RECORD, { input: { roundId: round.id, ballots: [{ ranking: [idOf(round, 'Rent')] }] } }],
    ];
    for (const [query, variables] of attempts) {
      expect(errorCode(await call(viewer.accessToken, query, variables))).toBe('FORBIDDEN');
    }
    const page = await client.data<{
      prioritizationRounds: { totalCount: number; edges: Array<{ node: { id: string } }> };
    }>(
      `query { prioritizationRounds(first: 100) { totalCount edges { node { id } } } }`,
      {},
      { token: viewer.accessToken },
    );
    expect(page.prioritizationRounds.edges.map((edge) => edge.node.id)).toContain(round.id);
  });

  it("shows another coalition none of this coalition's rounds and lets it change none", async () => {
    const round = await openRound(owner.accessToken);
    const rent = idOf(round, 'Rent');
    const read = await client.data<{ prioritizationRound: unknown }>(
      `query ($id: ID!) { prioritizationRound(id: $id) { id } }`,
      { id: round.id },
      { token: other.accessToken },
    );
    expect(read.prioritizationRound).toBeNull();
    const list = await client.data<{ prioritizationRounds: { edges: Array<{ node: { id: string } }> } }>(
      `query { prioritizationRounds(first: 100) { edges { node { id } } } }`,
      {},
      { token: other.accessToken },
    );
    expect(list.prioritizationRounds.edges.map((edge) => edge.node.id)).not.toContain(round.id);
    const attempts: Array<[string, Record<string, unknown>]> = [
      [CLOSE, { input: { id: round.id } }],
      [CAST, { input: { roundId: round.id, voterId: otherPerson, ranking: [rent] } }],
      [RECORD, { input: { roundId: round.id, ballots: [{ ranking: [rent], count: 99 }] } }],
      [
        `query ($roundId: ID!) { prioritizationResult(roundId: $roundId) { ballotsCast } }`,
        { roundId: round.id },
      ],
    ];
    for (const [query, variables] of attempts) {
      expect(errorCode(await call(other.accessToken, query, variables))).toBe('NOT_FOUND');
    }
    const [counts] = await sql.query<{ ballots: number; lines: number }>(
      owner.coalition.id,
      `SELECT (SELECT count(*)::int FROM listening.ballots WHERE round_id = $1) AS ballots,
              (SELECT count(*)::int FROM listening.paper_ballot_lines WHERE round_id = $1) AS lines`,
      [round.id],
    );
    expect(counts).toEqual({ ballots: 0, lines: 0 });
  });

  it('reports the listening service in the gateway health', async () => {
    const health = (await (await fetch(`${platform.url}/health`)).json()) as {
      checks: Record<string, { ok: boolean }>;
    };
    expect(health.checks.listening).toEqual(expect.objectContaining({ ok: true }));
  });
});
