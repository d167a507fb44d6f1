import { z } from 'zod';
import { event } from './envelope';
import { idBatch, isoDateTime, pageOf, pageRequest, plainText, uuid } from './fields';
import { LISTENING } from './listening-service';
import { longText } from './membership-organizations';
import { rpc } from './rpc';

// Prioritization rounds: the names and rules of ../shared/conformance/voting/API.md.

export const VotingMethod = z.enum([
  'RANKED_CHOICE',
  'STV',
  'SCHULZE',
  'SCORE',
  'DOT',
  'APPROVAL',
  'CONSENT',
]);
export type VotingMethod = z.infer<typeof VotingMethod>;

export const RoundStatus = z.enum(['DRAFT', 'OPEN', 'CLOSED']);
export type RoundStatus = z.infer<typeof RoundStatus>;

/** When results may be read: after the close, after one's own vote, or at any time. */
export const ResultsVisibility = z.enum(['AFTER_CLOSE', 'AFTER_OWN_VOTE', 'ALWAYS']);
export type ResultsVisibility = z.infer<typeof ResultsVisibility>;

export const ConsentPosition = z.enum(['CONSENT', 'STAND_ASIDE', 'OBJECT', 'BLOCK']);
export type ConsentPosition = z.infer<typeof ConsentPosition>;

/** A round offers at most this many options (the largest conformance case has 35). */
export const MAX_ROUND_OPTIONS = 100;
/** Paper ballot lines per `listening.ballot.record-paper` call (API.md asks for at least 500). */
export const MAX_PAPER_LINES_PER_CALL = 1000;
/** Identical paper ballots in one line. */
export const MAX_PAPER_LINE_COUNT = 10_000_000;
export const SCORE_LIMIT = 1000;
export const MAX_DOTS_PER_VOTER = 1000;
export const MAX_SEATS = 100;
/** Used when a SCORE round gives no range. */
export const DEFAULT_SCORE_RANGE = { scoreMin: 0, scoreMax: 5 } as const;

// ---- shapes --------------------------------------------------------------------------------------

export const RoundOptionDto = z.object({
  id: uuid(),
  /** The option's place in the round, from 0; ballots store options by it. */
  position: z.number().int(),
  title: z.string(),
  description: z.string().nullable(),
  /** A candidate issue of this coalition (a plain id; candidate issues come later). */
  candidateIssueId: z.string().nullable(),
});
export type RoundOptionDto = z.infer<typeof RoundOptionDto>;

export const RoundDto = z.object({
  id: uuid(),
  title: z.string(),
  description: z.string().nullable(),
  method: VotingMethod,
  seats: z.number().int(),
  status: RoundStatus,
  resultsVisibility: ResultsVisibility,
  secret: z.boolean(),
  opensAt: isoDateTime().nullable(),
  closesAt: isoDateTime().nullable(),
  dotsPerVoter: z.number().int().nullable(),
  scoreMin: z.number().int().nullable(),
  scoreMax: z.number().int().nullable(),
  tieBreakSeed: z.string(),
  /** Ballots needed for the result to count; null: no quorum. */
  quorum: z.number().int().nullable(),
  options: z.array(RoundOptionDto),
  createdAt: isoDateTime(),
  openedAt: isoDateTime().nullable(),
  closedAt: isoDateTime().nullable(),
});
export type RoundDto = z.infer<typeof RoundDto>;

const optionVotes = z.object({ optionId: uuid(), votes: z.number() });
const pairwiseVotes = z.object({ a: uuid(), b: uuid(), votes: z.number() });

export const RoundResultDto = z.object({
  roundId: uuid(),
  method: VotingMethod,
  /** True once the round is closed and this is the stored result; false for a live count. */
  final: z.boolean(),
  countedAt: isoDateTime(),
  ballotsCast: z.number().int(),
  quorumMet: z.boolean(),
  winners: z.array(uuid()),
  ranking: z.array(uuid()),
  rounds: z.array(
    z.object({
      number: z.number().int(),
      tallies: z.array(optionVotes),
      elected: z.array(uuid()),
      eliminated: z.array(uuid()),
      exhausted: z.number(),
      transferred: z.number(),
      lostToRounding: z.number(),
    }),
  ),
  quota: z.number().nullable(),
  pairwise: z.array(pairwiseVotes),
  strongestPaths: z.array(pairwiseVotes),
  totals: z.array(z.object({ optionId: uuid(), value: z.number() })),
  positions: z.array(z.object({ position: ConsentPosition, count: z.number().int() })),
  consent: z
    .object({
      passed: z.boolean(),
      blocks: z.number().int(),
      objections: z.number().int(),
      reasons: z.array(z.object({ position: ConsentPosition, reason: z.string(), count: z.number().int() })),
    })
    .nullable(),
  tieBreaks: z.array(
    z.object({
      purpose: z.enum(['ELIMINATION', 'SURPLUS_ORDER', 'ELECTION_ORDER', 'RANKING']),
      round: z.number().int().nullable(),
      tied: z.array(uuid()),
      resolvedBy: z.enum(['EARLIER_ROUNDS', 'DRAW']),
      order: z.array(uuid()),
      drawNumber: z.number().int().nullable(),
    }),
  ),
});
export type RoundResultDto = z.infer<typeof RoundResultDto>;

export const BallotReceiptDto = z.object({
  id: uuid(),
  roundId: uuid(),
  voterId: uuid(),
  castAt: isoDateTime(),
  /** The voter had a ballot in this round already and this one replaced it. */
  replaced: z.boolean(),
});
export type BallotReceiptDto = z.infer<typeof BallotReceiptDto>;

export const PaperBallotsRecordedDto = z.object({
  roundId: uuid(),
  /** Lines stored by this call. */
  lines: z.number().int(),
  /** Ballots those lines hold (their counts added up). */
  ballots: z.number().int(),
});
export type PaperBallotsRecordedDto = z.infer<typeof PaperBallotsRecordedDto>;

// ---- requests ------------------------------------------------------------------------------------

const optionInput = z.object({
  title: plainText(200),
  description: longText(2000).nullable().optional(),
  candidateIssueId: uuid().nullable().optional(),
});

const wholeNumber = (min: number, max: number) =>
  z
    .number()
    .int('must be a whole number')
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`);

const createRoundRequest = z
  .object({
    title: plainText(200),
    description: longText(5000).nullable().optional(),
    method: VotingMethod,
    seats: wholeNumber(1, MAX_SEATS).default(1),
    options: z
      .array(optionInput)
      .min(1, 'must have at least one option')
      .max(MAX_ROUND_OPTIONS, `must have at most ${MAX_ROUND_OPTIONS} options`),
    quorum: wholeNumber(1, 100_000_000).nullable().optional(),
    resultsVisibility: ResultsVisibility.default('AFTER_CLOSE'),
    secret: z.boolean().default(false),
    opensAt: isoDateTime().nullable().optional(),
    closesAt: isoDateTime().nullable().optional(),
    dotsPerVoter: wholeNumber(1, MAX_DOTS_PER_VOTER).nullable().optional(),
    scoreMin: wholeNumber(-SCORE_LIMIT, SCORE_LIMIT).nullable().optional(),
    scoreMax: wholeNumber(-SCORE_LIMIT, SCORE_LIMIT).nullable().optional(),
    tieBreakSeed: plainText(200).nullable().optional(),
  })
  .superRefine((round, context) => {
    const seen = new Map<string, number>();
    round.options.forEach((option, index) => {
      const key = option.title.toLocaleLowerCase();
      if (seen.has(key)) {
        context.addIssue({
          code: 'custom',
          path: ['options', index, 'title'],
          message: `repeats the title of option ${seen.get(key)}; titles are unique within a round`,
        });
      } else seen.set(key, index);
    });
    if (round.method === 'RANKED_CHOICE' && round.seats !== 1) {
      context.addIssue({
        code: 'custom',
        path: ['seats'],
        message: 'must be 1 for RANKED_CHOICE (use STV for several)',
      });
    }
    if (round.method !== 'CONSENT' && round.seats > round.options.length) {
      context.addIssue({ code: 'custom', path: ['seats'], message: 'must not be more than the options' });
    }
    const onlyFor = (field: 'dotsPerVoter' | 'scoreMin' | 'scoreMax', method: VotingMethod) => {
      if (round[field] != null && round.method !== method) {
        context.addIssue({ code: 'custom', path: [field], message: `applies only to ${method} rounds` });
      }
    };
    onlyFor('dotsPerVoter', 'DOT');
    onlyFor('scoreMin', 'SCORE');
    onlyFor('scoreMax', 'SCORE');
    if (round.method === 'DOT' && round.dotsPerVoter == null) {
      context.addIssue({ code: 'custom', path: ['dotsPerVoter'], message: 'is required for DOT rounds' });
    }
    const scoreMin = round.scoreMin ?? DEFAULT_SCORE_RANGE.scoreMin;
    const scoreMax = round.scoreMax ?? DEFAULT_SCORE_RANGE.scoreMax;
    if (round.method === 'SCORE' && scoreMin >= scoreMax) {
      context.addIssue({ code: 'custom', path: ['scoreMax'], message: 'must be more than scoreMin' });
    }
    if (round.opensAt && round.closesAt && Date.parse(round.closesAt) <= Date.parse(round.opensAt)) {
      context.addIssue({ code: 'custom', path: ['closesAt'], message: 'must be after opensAt' });
    }
  });

const optionIds = () =>
  z.array(uuid()).max(MAX_ROUND_OPTIONS, `must have at most ${MAX_ROUND_OPTIONS} entries`);

/**
 * A ballot's parts; which one a round reads depends on its method, and the service checks the options
 * and ranges against the round (unknown or repeated option, score range, dots) before storing anything.
 */
const ballotParts = {
  ranking: optionIds().nullable().optional(),
  scores: z
    .array(z.object({ optionId: uuid(), score: z.number().int('must be a whole number') }))
    .max(MAX_ROUND_OPTIONS)
    .nullable()
    .optional(),
  dots: z
    .array(z.object({ optionId: uuid(), count: z.number().int('must be a whole number') }))
    .max(MAX_ROUND_OPTIONS)
    .nullable()
    .optional(),
  approvals: optionIds().nullable().optional(),
  position: ConsentPosition.nullable().optional(),
  reason: longText(2000).nullable().optional(),
};

export const BallotInput = z.object(ballotParts);
export type BallotInput = z.infer<typeof BallotInput>;

export const PaperBallotLineInput = z.object({
  ...ballotParts,
  count: wholeNumber(1, MAX_PAPER_LINE_COUNT).default(1),
});
export type PaperBallotLineInput = z.infer<typeof PaperBallotLineInput>;

// ---- subjects ------------------------------------------------------------------------------------

export const prioritizationRpc = {
  'listening.round.create': rpc({ tenant: true, request: createRoundRequest, reply: RoundDto }),
  'listening.round.open': rpc({ tenant: true, request: z.object({ id: uuid() }), reply: RoundDto }),
  /** Closes, counts, stores the result and the chosen priorities. */
  'listening.round.close': rpc({ tenant: true, request: z.object({ id: uuid() }), reply: RoundDto }),
  'listening.round.get': rpc({ tenant: true, request: z.object({ id: uuid() }), reply: RoundDto }),
  /** For DataLoaders: in the order asked, unknown ids left out. */
  'listening.round.get-many': rpc({ tenant: true, request: idBatch(), reply: z.array(RoundDto) }),
  /** Newest first. */
  'listening.round.list': rpc({ tenant: true, request: z.object(pageRequest), reply: pageOf(RoundDto) }),
  /** Staff casting for a voter (a person of the coalition) in a round that is not secret; replaces their ballot. */
  'listening.ballot.cast': rpc({
    tenant: true,
    request: BallotInput.extend({ roundId: uuid(), voterId: uuid() }),
    reply: BallotReceiptDto,
  }),
  'listening.ballot.record-paper': rpc({
    tenant: true,
    request: z.object({
      roundId: uuid(),
      ballots: z
        .array(PaperBallotLineInput)
        .min(1, 'must have at least one line')
        .max(MAX_PAPER_LINES_PER_CALL, `must have at most ${MAX_PAPER_LINES_PER_CALL} lines`),
    }),
    reply: PaperBallotsRecordedDto,
  }),
  /** The stored result of a closed round; a live count of an open one whose results are visible always; else null. */
  'listening.result.get': rpc({
    tenant: true,
    request: z.object({ roundId: uuid() }),
    reply: RoundResultDto.nullable(),
  }),
} as const;
export type PrioritizationRpc = typeof prioritizationRpc;

// ---- events --------------------------------------------------------------------------------------

export const prioritizationEvents = {
  roundOpened: event(
    LISTENING,
    'round.opened',
    1,
    z.object({ roundId: uuid(), method: VotingMethod, openedAt: isoDateTime() }),
  ),
  roundClosed: event(
    LISTENING,
    'round.closed',
    1,
    z.object({
      roundId: uuid(),
      closedAt: isoDateTime(),
      ballotsCast: z.number().int(),
      quorumMet: z.boolean(),
    }),
  ),
  /** A closed round chose its priorities: its winners in order of election, when quorum was met. */
  priorityChosen: event(
    LISTENING,
    'priority.chosen',
    1,
    z.object({
      roundId: uuid(),
      method: VotingMethod,
      chosenAt: isoDateTime(),
      priorities: z.array(
        z.object({ optionId: uuid(), place: z.number().int(), candidateIssueId: z.string().nullable() }),
      ),
    }),
  ),
} as const;
