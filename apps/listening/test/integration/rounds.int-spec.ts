import { randomUUID } from 'node:crypto';
import { ErrorCode } from '@groundwork/contracts';
import { useServiceHarness } from '@groundwork/testing/harness';
import { listeningUnderTest } from '../support/listening-harness';
import { createRound } from '../support/rounds-fixtures';

describe('listening.round.*', () => {
  const harness = useServiceHarness(listeningUnderTest);
  const tenantId = randomUUID();

  const count = async (table: string) =>
    (
      await harness.sql.query<{ count: number }>(
        tenantId,
        `SELECT count(*)::int AS count FROM listening.${table}`,
      )
    )[0]!.count;

  it('creates a DRAFT round with its options in the order given and the method defaults', async () => {
    const round = await createRound(harness.rpc, tenantId, {
      description: 'Spring assembly',
      options: [
        { title: '  Rent freeze ', description: 'Stop the increases' },
        { title: 'Repairs', candidateIssueId: randomUUID() },
      ],
    });

    expect(round).toMatchObject({
      title: 'Which issue next?',
      description: 'Spring assembly',
      method: 'RANKED_CHOICE',
      seats: 1,
      status: 'DRAFT',
      resultsVisibility: 'AFTER_CLOSE',
      secret: false,
      quorum: null,
      openedAt: null,
      closedAt: null,
      tieBreakSeed: expect.stringMatching(/^[0-9a-f]{32}$/),
    });
    expect(round.options.map((option) => [option.position, option.title])).toEqual([
      [0, 'Rent freeze'],
      [1, 'Repairs'],
    ]);
    const stored = await harness.sql.query(
      tenantId,
      'SELECT title, position FROM listening.round_options WHERE round_id = $1 ORDER BY position',
      [round.id],
    );
    expect(stored).toEqual([
      { title: 'Rent freeze', position: 0 },
      { title: 'Repairs', position: 1 },
    ]);
    expect(await harness.rpc.ok('listening.round.get', { id: round.id }, { tenantId })).toEqual(round);
  });

  it('gives a SCORE round the default range and keeps a given seed', async () => {
    const round = await createRound(harness.rpc, tenantId, {
      method: 'SCORE',
      seats: 2,
      tieBreakSeed: 'assembly-2026',
    });
    expect(round).toMatchObject({
      scoreMin: 0,
      scoreMax: 5,
      seats: 2,
      tieBreakSeed: 'assembly-2026',
      dotsPerVoter: null,
    });
  });

  it.each([
    ['a repeated option title', { options: [{ title: 'Rent' }, { title: 'rent' }] }, 'options.1.title'],
    ['no option', { options: [] }, 'options'],
    ['two seats for RANKED_CHOICE', { seats: 2 }, 'seats'],
    ['more seats than options', { method: 'STV', seats: 4 }, 'seats'],
    ['a DOT round without dotsPerVoter', { method: 'DOT' }, 'dotsPerVoter'],
    ['dotsPerVoter on a ranked round', { dotsPerVoter: 3 }, 'dotsPerVoter'],
    ['an empty score range', { method: 'SCORE', scoreMin: 3, scoreMax: 3 }, 'scoreMax'],
    [
      'a close before the opening',
      { opensAt: '2026-05-02T10:00:00Z', closesAt: '2026-05-01T10:00:00Z' },
      'closesAt',
    ],
    ['an unknown method', { method: 'LOTTERY' }, 'method'],
    ['markup in a title', { title: '<b>vote</b>' }, 'title'],
  ])('refuses %s with the field at fault, storing nothing', async (_label, fields, field) => {
    const before = [await count('rounds'), await count('round_options')];
    const error = await harness.rpc.error(
      'listening.round.create',
      {
        title: 'Bad',
        method: 'RANKED_CHOICE',
        options: [{ title: 'A' }, { title: 'B' }, { title: 'C' }],
        ...fields,
      },
      { tenantId },
    );
    expect(error.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(error.details?.field).toBe(field);
    expect([await count('rounds'), await count('round_options')]).toEqual(before);
  });

  it('opens a DRAFT round once and closes an OPEN round once, announcing both', async () => {
    const round = await createRound(harness.rpc, tenantId);
    const opened = await harness.rpc.ok('listening.round.open', { id: round.id }, { tenantId });
    expect(opened).toMatchObject({ status: 'OPEN', openedAt: expect.any(String) });
    expect((await harness.rpc.error('listening.round.open', { id: round.id }, { tenantId })).code).toBe(
      ErrorCode.CONFLICT,
    );

    const closed = await harness.rpc.ok('listening.round.close', { id: round.id }, { tenantId });
    expect(closed).toMatchObject({ status: 'CLOSED', closedAt: expect.any(String) });
    const again = await harness.rpc.error('listening.round.close', { id: round.id }, { tenantId });
    expect(again).toMatchObject({ code: ErrorCode.CONFLICT, details: { field: 'id' } });

    const events = await harness.sql.query<{ subject: string }>(
      tenantId,
      `SELECT subject FROM listening.outbox WHERE envelope->'data'->>'roundId' = $1 ORDER BY position`,
      [round.id],
    );
    // No ballot, so nobody won: the close is announced, no priority.
    expect(events.map((event) => event.subject)).toEqual([
      'events.listening.round.opened',
      'events.listening.round.closed',
    ]);
  });

  it('refuses to close a DRAFT round', async () => {
    const round = await createRound(harness.rpc, tenantId);
    const error = await harness.rpc.error('listening.round.close', { id: round.id }, { tenantId });
    expect(error.code).toBe(ErrorCode.CONFLICT);
    expect(
      await harness.sql.query(tenantId, 'SELECT status FROM listening.rounds WHERE id = $1', [round.id]),
    ).toEqual([{ status: 'DRAFT' }]);
  });

  it('answers NOT_FOUND for an unknown round and BAD_USER_INPUT for a malformed id', async () => {
    for (const subject of ['listening.round.get', 'listening.round.open', 'listening.round.close'] as const) {
      expect((await harness.rpc.error(subject, { id: randomUUID() }, { tenantId })).code).toBe(
        ErrorCode.NOT_FOUND,
      );
      const bad = await harness.rpc.error(subject, { id: 'nope' }, { tenantId });
      expect(bad).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, details: { field: 'id' } });
    }
  });

  it('gets many in the order asked, leaving out unknown ids', async () => {
    const first = await createRound(harness.rpc, tenantId);
    const second = await createRound(harness.rpc, tenantId);
    const rounds = await harness.rpc.ok(
      'listening.round.get-many',
      { ids: [second.id, randomUUID(), first.id, second.id] },
      { tenantId },
    );
    expect(rounds.map((round) => round.id)).toEqual([second.id, first.id]);
  });

  it('lists rounds newest first, page by page', async () => {
    const own = randomUUID();
    const made: string[] = [];
    for (let index = 0; index < 5; index += 1) made.push((await createRound(harness.rpc, own)).id);
    const first = await harness.rpc.ok('listening.round.list', { first: 3 }, { tenantId: own });
    expect(first).toMatchObject({ totalCount: 5, hasNextPage: true });
    const second = await harness.rpc.ok(
      'listening.round.list',
      { first: 3, after: first.endCursor ?? undefined },
      { tenantId: own },
    );
    expect(second.hasNextPage).toBe(false);
    expect([...first.items, ...second.items].map((round) => round.id)).toEqual(made.reverse());
    const bad = await harness.rpc.error(
      'listening.round.list',
      { first: 3, after: 'garbage' },
      { tenantId: own },
    );
    expect(bad).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, details: { field: 'after' } });
  });

  it('refuses a call without a tenant', async () => {
    const error = await harness.rpc.error('listening.round.list', { first: 3 });
    expect(error.code).toBe(ErrorCode.TENANT_REQUIRED);
  });
});
