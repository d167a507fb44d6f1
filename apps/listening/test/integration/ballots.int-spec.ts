import { randomUUID } from 'node:crypto';
import { ErrorCode } from '@groundwork/contracts';
import { useServiceHarness } from '@groundwork/testing/harness';
import { listeningUnderTest } from '../support/listening-harness';
import { MembershipStandIn } from '../support/membership-stand-in';
import { createRound, openRound, optionIds } from '../support/rounds-fixtures';

describe('listening.ballot.*', () => {
  const harness = useServiceHarness(listeningUnderTest);
  const tenantId = randomUUID();
  const organizer = { tenantId, actorId: 'user-organizer' };
  const voter = randomUUID();
  const archivedVoter = randomUUID();
  let membership: MembershipStandIn;

  beforeAll(() => {
    membership = MembershipStandIn.start(harness.rpc);
    membership.addPerson(tenantId, voter);
    membership.addPerson(tenantId, archivedVoter, true);
  });

  afterAll(() => membership.close());

  const stored = async (roundId: string) => {
    const [ballots] = await harness.sql.query<{ count: number }>(
      tenantId,
      'SELECT count(*)::int AS count FROM listening.ballots WHERE round_id = $1',
      [roundId],
    );
    const [lines] = await harness.sql.query<{ count: number }>(
      tenantId,
      'SELECT count(*)::int AS count FROM listening.paper_ballot_lines WHERE round_id = $1',
      [roundId],
    );
    return { ballots: ballots!.count, paperLines: lines!.count };
  };

  describe('cast', () => {
    it("stores a voter's ranking as option positions, cast by the organizer, and replaces it on a second cast", async () => {
      const round = await openRound(harness.rpc, tenantId);
      const { Rent, Repairs, Heating } = optionIds(round);

      const first = await harness.rpc.ok(
        'listening.ballot.cast',
        { roundId: round.id, voterId: voter, ranking: [Heating, Rent] },
        organizer,
      );
      expect(first).toMatchObject({ roundId: round.id, voterId: voter, replaced: false });
      const second = await harness.rpc.ok(
        'listening.ballot.cast',
        { roundId: round.id, voterId: voter, ranking: [Repairs, Heating, Rent] },
        organizer,
      );
      expect(second.replaced).toBe(true);

      const rows = await harness.sql.query(
        tenantId,
        'SELECT voter_id, cast_by, choices FROM listening.ballots WHERE round_id = $1',
        [round.id],
      );
      expect(rows).toEqual([{ voter_id: voter, cast_by: 'user-organizer', choices: [1, 2, 0] }]);
    });

    it.each([
      [
        'an unknown option',
        (ids: Record<string, string>) => ({ ranking: [ids.Rent, randomUUID()] }),
        'ranking.1',
        'UNKNOWN_OPTION',
      ],
      [
        'a repeated option',
        (ids: Record<string, string>) => ({ ranking: [ids.Rent, ids.Heating, ids.Rent] }),
        'ranking.2',
        'REPEATED_OPTION',
      ],
      ['an empty ranking', () => ({ ranking: [] }), 'ranking', 'EMPTY_RANKING'],
      [
        'scores on a ranked round',
        (ids: Record<string, string>) => ({
          ranking: [ids.Rent],
          scores: [{ optionId: ids.Rent, score: 3 }],
        }),
        'scores',
        'PARTS_MISMATCH',
      ],
    ])('refuses %s with the field and code, storing nothing', async (_label, ballot, field, issueCode) => {
      const round = await openRound(harness.rpc, tenantId);
      const error = await harness.rpc.error(
        'listening.ballot.cast',
        { roundId: round.id, voterId: voter, ...ballot(optionIds(round)) },
        organizer,
      );
      expect(error).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, details: { field, issueCode } });
      expect(await stored(round.id)).toEqual({ ballots: 0, paperLines: 0 });
    });

    it('refuses a score out of range and more dots than allowed', async () => {
      const score = await openRound(harness.rpc, tenantId, { method: 'SCORE', scoreMin: 1, scoreMax: 5 });
      const scoreError = await harness.rpc.error(
        'listening.ballot.cast',
        {
          roundId: score.id,
          voterId: voter,
          scores: [
            { optionId: optionIds(score).Rent, score: 5 },
            { optionId: optionIds(score).Repairs, score: 6 },
          ],
        },
        organizer,
      );
      expect(scoreError).toMatchObject({
        code: ErrorCode.BAD_USER_INPUT,
        details: { field: 'scores.1.score', issueCode: 'SCORE_OUT_OF_RANGE' },
      });

      const dot = await openRound(harness.rpc, tenantId, { method: 'DOT', dotsPerVoter: 3 });
      const dotError = await harness.rpc.error(
        'listening.ballot.cast',
        {
          roundId: dot.id,
          voterId: voter,
          dots: [
            { optionId: optionIds(dot).Rent, count: 2 },
            { optionId: optionIds(dot).Heating, count: 2 },
          ],
        },
        organizer,
      );
      expect(dotError).toMatchObject({
        code: ErrorCode.BAD_USER_INPUT,
        details: { field: 'dots', issueCode: 'TOO_MANY_DOTS' },
      });
      expect(await stored(score.id)).toEqual({ ballots: 0, paperLines: 0 });
      expect(await stored(dot.id)).toEqual({ ballots: 0, paperLines: 0 });
    });

    it('refuses a voter who is not a living person of the coalition', async () => {
      const round = await openRound(harness.rpc, tenantId);
      const ranking = [optionIds(round).Rent];
      for (const voterId of [randomUUID(), archivedVoter]) {
        const error = await harness.rpc.error(
          'listening.ballot.cast',
          { roundId: round.id, voterId, ranking },
          organizer,
        );
        expect(error).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, details: { field: 'voterId' } });
      }
      expect(await stored(round.id)).toEqual({ ballots: 0, paperLines: 0 });
    });

    it('refuses a ballot on a round that is not open, and on a secret round', async () => {
      const draft = await createRound(harness.rpc, tenantId);
      const closed = await openRound(harness.rpc, tenantId);
      await harness.rpc.ok('listening.round.close', { id: closed.id }, { tenantId });
      for (const round of [draft, closed]) {
        const error = await harness.rpc.error(
          'listening.ballot.cast',
          { roundId: round.id, voterId: voter, ranking: [optionIds(round).Rent] },
          organizer,
        );
        expect(error).toMatchObject({ code: ErrorCode.CONFLICT, details: { field: 'roundId' } });
        expect(await stored(round.id)).toEqual({ ballots: 0, paperLines: 0 });
      }
      const secret = await openRound(harness.rpc, tenantId, { secret: true });
      const error = await harness.rpc.error(
        'listening.ballot.cast',
        { roundId: secret.id, voterId: voter, ranking: [optionIds(secret).Rent] },
        organizer,
      );
      expect(error.code).toBe(ErrorCode.FORBIDDEN);
      expect(await stored(secret.id)).toEqual({ ballots: 0, paperLines: 0 });
    });

    it('answers NOT_FOUND on roundId for an unknown round', async () => {
      const error = await harness.rpc.error(
        'listening.ballot.cast',
        { roundId: randomUUID(), voterId: voter, ranking: [randomUUID()] },
        organizer,
      );
      expect(error).toMatchObject({ code: ErrorCode.NOT_FOUND, details: { field: 'roundId' } });
    });
  });

  describe('record-paper', () => {
    it('stores 1,000 lines in one call with their counts', async () => {
      const round = await openRound(harness.rpc, tenantId);
      const { Rent, Repairs, Heating } = optionIds(round);
      const rankings = [[Rent], [Repairs, Rent], [Heating, Repairs, Rent]];
      const ballots = Array.from({ length: 1000 }, (_, index) => ({
        ranking: rankings[index % 3],
        count: (index % 4) + 1,
      }));
      const recorded = await harness.rpc.ok(
        'listening.ballot.record-paper',
        { roundId: round.id, ballots },
        organizer,
      );
      expect(recorded).toEqual({ roundId: round.id, lines: 1000, ballots: 2500 });
      const [sums] = await harness.sql.query(
        tenantId,
        `SELECT count(*)::int AS lines, sum(count)::int AS ballots, count(*) FILTER (WHERE choices = '{2,1,0}')::int AS heating_first
         FROM listening.paper_ballot_lines WHERE round_id = $1`,
        [round.id],
      );
      expect(sums).toEqual({ lines: 1000, ballots: 2500, heating_first: 333 });
    });

    it('refuses the whole call when one line is bad, naming the line', async () => {
      const round = await openRound(harness.rpc, tenantId, { method: 'APPROVAL', seats: 1 });
      const { Rent, Heating } = optionIds(round);
      const error = await harness.rpc.error(
        'listening.ballot.record-paper',
        {
          roundId: round.id,
          ballots: [
            { approvals: [Rent], count: 4 },
            { approvals: [Heating, Heating], count: 2 },
          ],
        },
        organizer,
      );
      expect(error).toMatchObject({
        code: ErrorCode.BAD_USER_INPUT,
        details: { field: 'ballots.1.approvals.1', issueCode: 'REPEATED_OPTION' },
      });
      expect(await stored(round.id)).toEqual({ ballots: 0, paperLines: 0 });
    });

    it.each([
      ['a count of 0', { count: 0 }, 'ballots.0.count'],
      ['more than 1,000 lines', 'many', 'ballots'],
      ['no line', 'none', 'ballots'],
    ])('refuses %s', async (_label, change, field) => {
      const round = await openRound(harness.rpc, tenantId);
      const line = { ranking: [optionIds(round).Rent] };
      const ballots =
        change === 'many'
          ? Array.from({ length: 1001 }, () => line)
          : change === 'none'
            ? []
            : [{ ...line, ...(change as object) }];
      const error = await harness.rpc.error(
        'listening.ballot.record-paper',
        { roundId: round.id, ballots },
        organizer,
      );
      expect(error).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, details: { field } });
      expect(await stored(round.id)).toEqual({ ballots: 0, paperLines: 0 });
    });

    it('takes paper ballots only while the round is open', async () => {
      const draft = await createRound(harness.rpc, tenantId);
      const closed = await openRound(harness.rpc, tenantId);
      await harness.rpc.ok('listening.round.close', { id: closed.id }, { tenantId });
      for (const round of [draft, closed]) {
        const error = await harness.rpc.error(
          'listening.ballot.record-paper',
          { roundId: round.id, ballots: [{ ranking: [optionIds(round).Rent], count: 3 }] },
          organizer,
        );
        expect(error).toMatchObject({ code: ErrorCode.CONFLICT, details: { field: 'roundId' } });
        expect(await stored(round.id)).toEqual({ ballots: 0, paperLines: 0 });
      }
    });
  });
});
