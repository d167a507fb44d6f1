import { randomUUID } from 'node:crypto';
import { ErrorCode, type RoundDto, type Subject } from '@groundwork/contracts';
import { TenantSql } from '@groundwork/testing';
import { useServiceHarness } from '@groundwork/testing/harness';
import { listeningUnderTest } from '../support/listening-harness';
import { MembershipStandIn } from '../support/membership-stand-in';
import { openRound, optionIds } from '../support/rounds-fixtures';

const TABLES = [
  'rounds',
  'round_options',
  'ballots',
  'paper_ballot_lines',
  'round_results',
  'chosen_priorities',
];

describe('prioritization across tenants', () => {
  const harness = useServiceHarness(listeningUnderTest);
  const tenantA = randomUUID();
  const tenantB = randomUUID();
  const voterOfA = randomUUID();
  const voterOfB = randomUUID();
  let runtimeSql: TenantSql;
  let membership: MembershipStandIn;
  /** Open, with a voter's ballot and paper lines. */
  let openOfA: RoundDto;
  /** Closed and counted. */
  let closedOfA: RoundDto;

  beforeAll(async () => {
    runtimeSql = new TenantSql(process.env.LISTENING_DATABASE_URL);
    membership = MembershipStandIn.start(harness.rpc);
    membership.addPerson(tenantA, voterOfA);
    membership.addPerson(tenantB, voterOfB);
    openOfA = await openRound(harness.rpc, tenantA);
    closedOfA = await openRound(harness.rpc, tenantA);
    for (const round of [openOfA, closedOfA]) {
      const { Rent, Repairs } = optionIds(round);
      await harness.rpc.ok(
        'listening.ballot.cast',
        { roundId: round.id, voterId: voterOfA, ranking: [Rent, Repairs] },
        { tenantId: tenantA },
      );
      await harness.rpc.ok(
        'listening.ballot.record-paper',
        { roundId: round.id, ballots: [{ ranking: [Repairs], count: 2 }] },
        { tenantId: tenantA },
      );
    }
    await harness.rpc.ok('listening.round.close', { id: closedOfA.id }, { tenantId: tenantA });
  });

  afterAll(async () => {
    await membership.close();
    await runtimeSql.close();
  });

  const rowsOfA = () =>
    Promise.all(
      TABLES.map(
        async (table) =>
          (
            await harness.sql.query<{ count: number }>(
              tenantA,
              `SELECT count(*)::int AS count FROM listening.${table}`,
            )
          )[0]!.count,
      ),
    );

  it("shows coalition B none of coalition A's rows in any table, as the service's runtime role", async () => {
    for (const table of TABLES) {
      expect((await runtimeSql.query(tenantA, `SELECT 1 FROM listening.${table}`)).length).toBeGreaterThan(0);
      expect(await runtimeSql.query(tenantB, `SELECT 1 FROM listening.${table}`)).toEqual([]);
      expect(await runtimeSql.query(null, `SELECT 1 FROM listening.${table}`)).toEqual([]);
    }
  });

  it("refuses to write a round into coalition A's tables from coalition B", async () => {
    await expect(
      runtimeSql.query(
        tenantB,
        `INSERT INTO listening.rounds (tenant_id, id, title, method, seats, status, results_visibility, secret, tie_break_seed, created_at)
         VALUES ($1, $2, 'Planted', 'RANKED_CHOICE', 1, 'DRAFT', 'AFTER_CLOSE', false, 'x', now())`,
        [tenantA, randomUUID()],
      ),
    ).rejects.toThrow(/row-level security/);
    await expect(
      runtimeSql.query(
        tenantB,
        `INSERT INTO listening.paper_ballot_lines (tenant_id, id, round_id, count, choices, recorded_at)
         VALUES ($1, $2, $3, 100, '{0}', now())`,
        [tenantA, randomUUID(), openOfA.id],
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it("finds none of A's rounds from B: get, get-many and list", async () => {
    const context = { tenantId: tenantB };
    expect(await harness.rpc.error('listening.round.get', { id: openOfA.id }, context)).toMatchObject({
      code: ErrorCode.NOT_FOUND,
    });
    expect(
      await harness.rpc.ok('listening.round.get-many', { ids: [openOfA.id, closedOfA.id] }, context),
    ).toEqual([]);
    const page = await harness.rpc.ok('listening.round.list', { first: 100 }, context);
    expect(page).toMatchObject({ items: [], totalCount: 0 });
  });

  it("changes nothing of A's from B: open, close, cast, record-paper, and reads no result", async () => {
    const before = await rowsOfA();
    const context = { tenantId: tenantB };
    const { Rent } = optionIds(openOfA);
    const attempts: Array<[Subject, object]> = [
      ['listening.round.open', { id: openOfA.id }],
      ['listening.round.close', { id: openOfA.id }],
      ['listening.ballot.cast', { roundId: openOfA.id, voterId: voterOfB, ranking: [Rent] }],
      ['listening.ballot.record-paper', { roundId: openOfA.id, ballots: [{ ranking: [Rent], count: 50 }] }],
      ['listening.result.get', { roundId: closedOfA.id }],
    ];
    for (const [subject, body] of attempts) {
      expect((await harness.rpc.error(subject, body, context)).code).toBe(ErrorCode.NOT_FOUND);
    }
    expect(await rowsOfA()).toEqual(before);
    expect(
      await harness.sql.query(tenantA, 'SELECT status FROM listening.rounds WHERE id = $1', [openOfA.id]),
    ).toEqual([{ status: 'OPEN' }]);
  });

  it("refuses A's voter in B's round: membership knows them only in A", async () => {
    const roundOfB = await openRound(harness.rpc, tenantB);
    const error = await harness.rpc.error(
      'listening.ballot.cast',
      { roundId: roundOfB.id, voterId: voterOfA, ranking: [optionIds(roundOfB).Rent] },
      { tenantId: tenantB },
    );
    expect(error).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, details: { field: 'voterId' } });
  });
});
