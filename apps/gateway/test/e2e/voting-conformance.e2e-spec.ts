import { startPlatform, type Platform } from '@groundwork/testing';
import {
  conformanceFiles,
  readConformanceCase,
  toleranceOf,
  type ConformanceCase,
} from '@groundwork/voting/conformance';
import { signUpCoalition, type AuthPayload } from './support/coalitions';
import { GatewayClient } from './support/gateway-client';
import { byRoundOfElection } from './support/voting-conformance';

/**
 * Every case of ../shared/conformance/voting through the public API, as an integrator would run it:
 * create a round with the case's method, seats and options, open it, send the ballots with
 * recordPaperBallots in calls of up to 500 lines, close it and read prioritizationResult. Compared as
 * the suite's README says.
 */
const LINES_PER_CALL = 500;

let platform: Platform;
let client: GatewayClient;
let owner: AuthPayload;

beforeAll(async () => {
  platform = await startPlatform();
  client = new GatewayClient(platform.url);
  owner = await signUpCoalition(client, 'conformance');
});

afterAll(async () => {
  await platform?.stop();
});

interface ResultFields {
  ballotsCast: number;
  quota: number | null;
  winners: Array<{ id: string; title: string }>;
  rounds: Array<{
    number: number;
    tallies: Array<{ option: { id: string; title: string }; votes: number }>;
    elected: Array<{ id: string }>;
    eliminated: Array<{ id: string }>;
    exhausted: number;
    transferred: number;
  }>;
}

const RESULT_QUERY = `query ($roundId: ID!) {
  prioritizationResult(roundId: $roundId) {
    ballotsCast quorumMet quota winners { id title } ranking { id title }
    rounds { number tallies { option { id title } votes } elected { id } eliminated { id } exhausted transferred }
    pairwise { a { id } b { id } votes } strongestPaths { a { id } b { id } votes }
    totals { option { id } value } positions { position count }
    tieBreaks { purpose round tied { id } resolvedBy order { id } drawNumber }
  }
}`;

const mutate = <T>(query: string, input: unknown) =>
  client.data<T>(query, { input }, { token: owner.accessToken });

/** Runs the case through the API; returns the result and the round's option titles by id. */
async function runThroughApi(
  testCase: ConformanceCase,
): Promise<{ result: ResultFields; titleOf: Map<string, string> }> {
  const { createPrioritizationRound: round } = await mutate<{
    createPrioritizationRound: { id: string; options: Array<{ id: string; title: string }> };
  }>(
    `mutation ($input: CreatePrioritizationRoundInput!) { createPrioritizationRound(input: $input) { id options { id title } } }`,
    {
      title: testCase.name,
      method: testCase.method,
      seats: testCase.seats,
      options: testCase.options.map((title) => ({ title })),
      tieBreakSeed: testCase.name,
    },
  );
  const idOf = new Map(round.options.map((option) => [option.title, option.id]));
  await mutate(
    `mutation ($input: OpenPrioritizationRoundInput!) { openPrioritizationRound(input: $input) { id } }`,
    {
      id: round.id,
    },
  );
  for (let at = 0; at < testCase.ballots.length; at += LINES_PER_CALL) {
    const ballots = testCase.ballots.slice(at, at + LINES_PER_CALL).map((line) => ({
      ranking: line.ranking.map((title) => idOf.get(title)!),
      count: line.count,
    }));
    const { recordPaperBallots } = await mutate<{ recordPaperBallots: { lines: number } }>(
      `mutation ($input: RecordPaperBallotsInput!) { recordPaperBallots(input: $input) { lines ballots } }`,
      { roundId: round.id, ballots },
    );
    expect(recordPaperBallots.lines).toBe(ballots.length);
  }
  await mutate(
    `mutation ($input: ClosePrioritizationRoundInput!) { closePrioritizationRound(input: $input) { status } }`,
    {
      id: round.id,
    },
  );
  const { prioritizationResult } = await client.data<{ prioritizationResult: ResultFields }>(
    RESULT_QUERY,
    { roundId: round.id },
    { token: owner.accessToken },
  );
  return {
    result: prioritizationResult,
    titleOf: new Map(round.options.map((option) => [option.id, option.title])),
  };
}

it('finds all 16 conformance cases', () => {
  expect(conformanceFiles()).toHaveLength(16);
});

describe.each(conformanceFiles())('conformance %s through the GraphQL API', (file) => {
  const testCase = readConformanceCase(file);
  const tolerance = toleranceOf(testCase);
  let result: ResultFields;
  let titleOf: Map<string, string>;

  beforeAll(async () => {
    ({ result, titleOf } = await runThroughApi(testCase));
  });

  const titles = (options: Array<{ id: string }>) => options.map((option) => titleOf.get(option.id)!);

  it('counts every ballot', () => {
    expect(result.ballotsCast).toBe(testCase.ballots.reduce((sum, line) => sum + line.count, 0));
  });

  it('elects the expected winners, in order of election (any order within a round)', () => {
    const winners = result.winners.map((winner) => winner.title);
    const electedPerRound = result.rounds.map((round) => round.elected.length);
    expect(winners).toEqual(result.rounds.flatMap((round) => titles(round.elected)));
    expect(winners).toHaveLength(testCase.expected.winners.length);
    expect(byRoundOfElection(winners, electedPerRound)).toEqual(
      byRoundOfElection(testCase.expected.winners, electedPerRound),
    );
  });

  it('takes the expected number of rounds', () => {
    expect(result.rounds).toHaveLength(testCase.expected.roundCount);
  });

  if (testCase.expected.quota !== undefined) {
    it('uses the expected quota', () => {
      expect(result.quota).toBe(testCase.expected.quota);
    });
  }

  it('matches every listed round: tallies within tolerance, elected and eliminated', () => {
    for (const expected of testCase.expected.rounds) {
      const actual = result.rounds.find((round) => round.number === expected.number);
      if (!actual) throw new Error(`round ${expected.number} is missing`);
      const votes = new Map(actual.tallies.map((tally) => [tally.option.title, tally.votes]));
      for (const [option, expectedVotes] of Object.entries(expected.tallies)) {
        const got = votes.get(option) ?? 0;
        if (Math.abs(got - expectedVotes) > tolerance + 1e-9) {
          throw new Error(
            `round ${expected.number}: ${option} has ${got}, expected ${expectedVotes} (tolerance ${tolerance})`,
          );
        }
      }
      for (const [option, got] of votes) {
        if (!(option in expected.tallies) && got !== 0) {
          throw new Error(`round ${expected.number}: ${option} has ${got}, expected absent or 0`);
        }
      }
      if (expected.elected !== undefined)
        expect(titles(actual.elected).sort()).toEqual([...expected.elected].sort());
      if (expected.eliminated !== undefined) expect(titles(actual.eliminated)).toEqual(expected.eliminated);
    }
  });
});
