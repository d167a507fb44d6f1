import { randomUUID } from 'node:crypto';
import { ErrorCode, LISTENING_STREAM, type EventEnvelope, type RoundResultDto } from '@groundwork/contracts';
import { Namespace } from '@groundwork/service-kit';
import { eventually } from '@groundwork/testing';
import { useServiceHarness } from '@groundwork/testing/harness';
import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { listeningUnderTest } from '../support/listening-harness';
import { createRound, openRound, optionIds } from '../support/rounds-fixtures';

describe('listening.result.get and counting on close', () => {
  const harness = useServiceHarness(listeningUnderTest);
  const tenantId = randomUUID();

  const record = (roundId: string, ballots: object[]) =>
    harness.rpc.ok('listening.ballot.record-paper', { roundId, ballots }, { tenantId });
  const close = (roundId: string) => harness.rpc.ok('listening.round.close', { id: roundId }, { tenantId });
  const result = (roundId: string) => harness.rpc.ok('listening.result.get', { roundId }, { tenantId });

  it('counts an instant runoff on close, stores it, records the chosen priority and announces it', async () => {
    const candidateIssueId = randomUUID();
    const round = await openRound(harness.rpc, tenantId, {
      quorum: 10,
      options: [{ title: 'Rent', candidateIssueId }, { title: 'Repairs' }, { title: 'Heating' }],
    });
    const { Rent, Repairs, Heating } = optionIds(round);
    await record(round.id, [
      { ranking: [Rent], count: 4 },
      { ranking: [Repairs, Rent], count: 3 },
      { ranking: [Heating, Repairs], count: 2 },
      { ranking: [Heating], count: 1 },
    ]);
    expect(await result(round.id)).toBeNull();
    await close(round.id);

    const counted = (await result(round.id))!;
    // Round 1: Rent 4, Repairs 3, Heating 3; Heating is out (fewer in no earlier round: the draw).
    expect(counted).toMatchObject({ final: true, ballotsCast: 10, quorumMet: true, method: 'RANKED_CHOICE' });
    expect(counted.rounds[0]!.tallies).toEqual([
      { optionId: Rent, votes: 4 },
      { optionId: Repairs, votes: 3 },
      { optionId: Heating, votes: 3 },
    ]);
    expect(counted.winners).toHaveLength(1);
    expect(counted.ranking).toHaveLength(3);

    const chosen = await harness.sql.query(
      tenantId,
      'SELECT option_id, place FROM listening.chosen_priorities WHERE round_id = $1',
      [round.id],
    );
    expect(chosen).toEqual([{ option_id: counted.winners[0], place: 1 }]);
    const [event] = await harness.sql.query<{ envelope: { data: unknown } }>(
      tenantId,
      `SELECT envelope FROM listening.outbox WHERE subject = 'events.listening.priority.chosen' AND envelope->'data'->>'roundId' = $1`,
      [round.id],
    );
    expect(event!.envelope.data).toMatchObject({
      roundId: round.id,
      method: 'RANKED_CHOICE',
      priorities: [
        {
          optionId: counted.winners[0],
          place: 1,
          candidateIssueId: counted.winners[0] === Rent ? candidateIssueId : null,
        },
      ],
    });
  });

  it('elects STV seats with the Droop quota', async () => {
    const round = await openRound(harness.rpc, tenantId, { method: 'STV', seats: 2 }, ['A', 'B', 'C', 'D']);
    const { A, B, C, D } = optionIds(round, 'A', 'B', 'C', 'D');
    await record(round.id, [
      { ranking: [A, B], count: 6 },
      { ranking: [B, A], count: 3 },
      { ranking: [C, D], count: 2 },
      { ranking: [D, C], count: 1 },
    ]);
    await close(round.id);
    const counted = (await result(round.id))!;
    expect(counted.quota).toBe(5); // floor(12 / 3) + 1
    expect(counted.winners).toEqual([A, B]);
    expect(counted.rounds[0]!.elected).toEqual([A]);
  });

  it.each([
    [
      'SCHULZE',
      {},
      (ids: Record<string, string>) => [
        { ranking: [ids.Rent, ids.Repairs, ids.Heating], count: 3 },
        { ranking: [ids.Repairs, ids.Heating, ids.Rent], count: 2 },
      ],
      (counted: RoundResultDto, ids: Record<string, string>) => {
        expect(counted.winners).toEqual([ids.Rent]);
        expect(counted.pairwise).toContainEqual({ a: ids.Rent, b: ids.Repairs, votes: 3 });
        expect(counted.strongestPaths.length).toBeGreaterThan(0);
      },
    ],
    [
      'SCORE',
      { scoreMin: 0, scoreMax: 10 },
      (ids: Record<string, string>) => [
        {
          scores: [
            { optionId: ids.Rent, score: 10 },
            { optionId: ids.Heating, score: 2 },
          ],
          count: 2,
        },
        { scores: [{ optionId: ids.Heating, score: 9 }], count: 1 },
      ],
      (counted: RoundResultDto, ids: Record<string, string>) => {
        expect(counted.winners).toEqual([ids.Rent]);
        expect(counted.totals).toContainEqual({ optionId: ids.Heating, value: 13 });
      },
    ],
    [
      'DOT',
      { dotsPerVoter: 5 },
      (ids: Record<string, string>) => [
        { dots: [{ optionId: ids.Repairs, count: 5 }], count: 2 },
        {
          dots: [
            { optionId: ids.Rent, count: 3 },
            { optionId: ids.Heating, count: 2 },
          ],
          count: 3,
        },
      ],
      (counted: RoundResultDto, ids: Record<string, string>) => {
        expect(counted.winners).toEqual([ids.Repairs]);
        expect(counted.totals).toContainEqual({ optionId: ids.Rent, value: 9 });
      },
    ],
    [
      'APPROVAL',
      {},
      (ids: Record<string, string>) => [
        { approvals: [ids.Rent, ids.Heating], count: 2 },
        { approvals: [ids.Heating], count: 2 },
      ],
      (counted: RoundResultDto, ids: Record<string, string>) => {
        expect(counted.winners).toEqual([ids.Heating]);
        expect(counted.totals).toContainEqual({ optionId: ids.Heating, value: 4 });
      },
    ],
    [
      'CONSENT',
      {},
      () => [
        { position: 'CONSENT', count: 5 },
        { position: 'OBJECT', reason: 'Too soon', count: 1 },
        { position: 'BLOCK', reason: 'Breaks our agreement', count: 1 },
      ],
      (counted: RoundResultDto) => {
        expect(counted.winners).toEqual([]);
        expect(counted.consent).toMatchObject({ passed: false, blocks: 1, objections: 1 });
        expect(counted.positions).toContainEqual({ position: 'CONSENT', count: 5 });
      },
    ],
  ])('counts a %s round from its stored ballots', async (method, fields, ballots, check) => {
    const round = await openRound(harness.rpc, tenantId, { method, ...fields });
    await record(round.id, ballots(optionIds(round)));
    await close(round.id);
    const counted = (await result(round.id))!;
    expect(counted.method).toBe(method);
    check(counted, optionIds(round));
  });

  it('shows a live count of an open round only when results are visible always', async () => {
    const hidden = await openRound(harness.rpc, tenantId, { resultsVisibility: 'AFTER_CLOSE' });
    const live = await openRound(harness.rpc, tenantId, { resultsVisibility: 'ALWAYS' });
    for (const round of [hidden, live])
      await record(round.id, [{ ranking: [optionIds(round).Rent], count: 2 }]);
    expect(await result(hidden.id)).toBeNull();
    expect(await result(live.id)).toMatchObject({
      final: false,
      ballotsCast: 2,
      winners: [optionIds(live).Rent],
    });
    const draft = await createRound(harness.rpc, tenantId, { resultsVisibility: 'ALWAYS' });
    expect(await result(draft.id)).toBeNull();
  });

  it('stores no chosen priority when quorum is not met', async () => {
    const round = await openRound(harness.rpc, tenantId, { quorum: 100 });
    await record(round.id, [{ ranking: [optionIds(round).Rent], count: 3 }]);
    await close(round.id);
    expect(await result(round.id)).toMatchObject({ quorumMet: false, ballotsCast: 3 });
    const chosen = await harness.sql.query(
      tenantId,
      'SELECT 1 FROM listening.chosen_priorities WHERE round_id = $1',
      [round.id],
    );
    expect(chosen).toEqual([]);
    const subjects = await harness.sql.query<{ subject: string }>(
      tenantId,
      `SELECT subject FROM listening.outbox WHERE envelope->'data'->>'roundId' = $1 ORDER BY position`,
      [round.id],
    );
    expect(subjects.map((row) => row.subject)).toEqual([
      'events.listening.round.opened',
      'events.listening.round.closed',
    ]);
  });

  it('publishes the round opened, closed and its chosen priority to LISTENING_EVENTS', async () => {
    const round = await openRound(harness.rpc, tenantId);
    await record(round.id, [{ ranking: [optionIds(round).Repairs], count: 2 }]);
    await close(round.id);

    const stream = new Namespace(process.env.NATS_NAMESPACE ?? '').stream(LISTENING_STREAM.name);
    const published = await eventually(async () => {
      const { state } = await (await jetstreamManager(harness.rpc.connection)).streams.info(stream);
      const consumer = await jetstream(harness.rpc.connection).consumers.get(stream);
      const messages = await consumer.fetch({ max_messages: state.messages, expires: 2000 });
      const events: Array<{ subject: string; envelope: EventEnvelope<{ roundId: string }> }> = [];
      for await (const message of messages) {
        events.push({ subject: message.subject, envelope: message.json() });
        if (message.info.pending === 0) break;
      }
      const ofRound = events.filter((event) => event.envelope.data.roundId === round.id);
      expect(ofRound.map((event) => event.envelope.type)).toEqual([
        'listening.round.opened',
        'listening.round.closed',
        'listening.priority.chosen',
      ]);
      return ofRound;
    });
    expect(published[2]!.subject).toMatch(/events\.listening\.priority\.chosen$/);
    expect(published[2]!.envelope).toMatchObject({
      tenantId,
      data: { roundId: round.id, priorities: [{ optionId: optionIds(round).Repairs, place: 1 }] },
    });
  });

  it('answers NOT_FOUND on roundId for an unknown round', async () => {
    const error = await harness.rpc.error('listening.result.get', { roundId: randomUUID() }, { tenantId });
    expect(error).toMatchObject({ code: ErrorCode.NOT_FOUND, details: { field: 'roundId' } });
  });
});
