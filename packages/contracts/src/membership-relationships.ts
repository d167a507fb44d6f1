import { z } from 'zod';
import { event } from './envelope';
import { isoDateTime, pageOf, pageRequest, plainText, uuid } from './fields';
import { isoDate, longText, notBefore } from './membership-organizations';
import { MEMBERSHIP } from './membership-service';
import { rpc } from './rpc';

// ---- shapes --------------------------------------------------------------------------------------

/**
 * FAMILY, NEIGHBOUR and CO_WORKER hold both ways. RECRUITED_BY and MENTOR are directed, read from
 * `fromPersonId` to `toPersonId`: "from was recruited by to", "from mentors to".
 */
export const RelationshipType = z.enum(['FAMILY', 'NEIGHBOUR', 'CO_WORKER', 'RECRUITED_BY', 'MENTOR']);
export type RelationshipType = z.infer<typeof RelationshipType>;

export const DIRECTED_RELATIONSHIP_TYPES: readonly RelationshipType[] = ['RECRUITED_BY', 'MENTOR'];
export const isDirectedRelationship = (type: RelationshipType) => DIRECTED_RELATIONSHIP_TYPES.includes(type);

export const RelationshipDto = z.object({
  id: uuid(),
  type: RelationshipType,
  directed: z.boolean(),
  /** For undirected types the two people are stored in a fixed order, so either may be `from`. */
  fromPersonId: uuid(),
  toPersonId: uuid(),
  notes: z.string().nullable(),
  startedOn: z.string().nullable(),
  endedOn: z.string().nullable(),
  createdAt: isoDateTime(),
});
export type RelationshipDto = z.infer<typeof RelationshipDto>;

export const RelationalGraphDto = z.object({
  /** The person asked about (depth 0) and everyone reached through current relationships. */
  nodes: z.array(z.object({ personId: uuid(), depth: z.number().int() })),
  /** Every current relationship between two nodes. */
  edges: z.array(RelationshipDto),
  /** True when `maxNodes` cut the graph short. */
  truncated: z.boolean(),
});
export type RelationalGraphDto = z.infer<typeof RelationalGraphDto>;

export const LeaderRelationshipsDto = z.object({
  personId: uuid(),
  /** Current relationships the leader holds, either side. */
  relationshipCount: z.number().int(),
});
export type LeaderRelationshipsDto = z.infer<typeof LeaderRelationshipsDto>;

export const OneOnOneDto = z.object({
  id: uuid(),
  /** A user of the coalition. */
  organizerId: uuid(),
  personId: uuid(),
  heldOn: z.string(),
  durationMinutes: z.number().int().nullable(),
  place: z.string().nullable(),
  selfInterest: z.string().nullable(),
  concerns: z.string().nullable(),
  commitmentAsked: z.string().nullable(),
  commitmentMade: z.string().nullable(),
  nextStep: z.string().nullable(),
  nextStepDueOn: z.string().nullable(),
  relationshipStrength: z.number().int().nullable(),
  createdAt: isoDateTime(),
  updatedAt: isoDateTime(),
});
export type OneOnOneDto = z.infer<typeof OneOnOneDto>;

export const WeeklyOneOnOnesDto = z.object({
  organizerId: uuid(),
  /** The Monday the ISO week starts on. */
  weekStart: z.string(),
  count: z.number().int(),
});
export type WeeklyOneOnOnesDto = z.infer<typeof WeeklyOneOnOnesDto>;

export const MAX_GRAPH_NODES = 500;
export const MAX_WEEKLY_RANGE_DAYS = 731;
const MINUTES_PER_DAY = 1440;

const oneOnOneFields = {
  personId: uuid(),
  heldOn: isoDate(),
  durationMinutes: z
    .number()
    .int('must be a whole number of minutes')
    .min(1, 'must be at least 1')
    .max(MINUTES_PER_DAY, `must be at most ${MINUTES_PER_DAY}`)
    .nullable()
    .optional(),
  place: plainText(200).nullable().optional(),
  selfInterest: longText(4000).nullable().optional(),
  concerns: longText(4000).nullable().optional(),
  commitmentAsked: longText(1000).nullable().optional(),
  commitmentMade: longText(1000).nullable().optional(),
  nextStep: longText(1000).nullable().optional(),
  nextStepDueOn: isoDate().nullable().optional(),
  relationshipStrength: z
    .number()
    .int('must be a whole number from 1 to 5')
    .min(1, 'must be from 1 to 5')
    .max(5, 'must be from 1 to 5')
    .nullable()
    .optional(),
};

const dueNotBeforeHeld = {
  check: (value: { heldOn?: string; nextStepDueOn?: string | null }) =>
    notBefore(value.heldOn, value.nextStepDueOn),
  params: { message: 'must not be before heldOn', path: ['nextStepDueOn'] },
};

const daysBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000;

const ok = z.object({ ok: z.literal(true) });

// ---- request-reply subjects ------------------------------------------------------------------------

export const relationshipsRpc = {
  'membership.relationship.create': rpc({
    tenant: true,
    request: z
      .object({
        type: RelationshipType,
        fromPersonId: uuid(),
        toPersonId: uuid(),
        notes: longText(2000).nullable().optional(),
        startedOn: isoDate().nullable().optional(),
        endedOn: isoDate().nullable().optional(),
      })
      .refine((value) => value.fromPersonId !== value.toPersonId, {
        message: 'must be another person than fromPersonId',
        path: ['toPersonId'],
      })
      .refine((value) => notBefore(value.startedOn, value.endedOn), {
        message: 'must not be before startedOn',
        path: ['endedOn'],
      }),
    reply: RelationshipDto,
  }),
  'membership.relationship.remove': rpc({
    tenant: true,
    request: z.object({ id: uuid() }),
    reply: ok,
  }),
  /** A person's relationships, either side, newest first. */
  'membership.relationship.list-by-person': rpc({
    tenant: true,
    request: z.object({ ...pageRequest, personId: uuid() }),
    reply: pageOf(RelationshipDto),
  }),
  /** A person's relational graph through current relationships, either direction, to depth 2. */
  'membership.relationship.graph': rpc({
    tenant: true,
    request: z.object({
      personId: uuid(),
      depth: z.number().int().min(1, 'must be 1 or 2').max(2, 'must be 1 or 2').default(2),
      maxNodes: z
        .number()
        .int()
        .min(2, 'must be at least 2')
        .max(MAX_GRAPH_NODES, `must be at most ${MAX_GRAPH_NODES}`)
        .default(200),
    }),
    reply: RelationalGraphDto,
  }),
  /** Leaders (current level counts as leader) with their current relationships, most first. */
  'membership.relationship.per-leader': rpc({
    tenant: true,
    request: z.object(pageRequest),
    reply: pageOf(LeaderRelationshipsDto),
  }),
  /** People (not archived, not leaders) with no current relationship to any leader, newest first. */
  'membership.relationship.unconnected-people': rpc({
    tenant: true,
    request: z.object(pageRequest),
    reply: pageOf(z.object({ personId: uuid() })),
  }),

  'membership.one-on-one.record': rpc({
    tenant: true,
    request: z
      .object({ ...oneOnOneFields, organizerId: uuid().optional() })
      .refine(dueNotBeforeHeld.check, dueNotBeforeHeld.params),
    reply: OneOnOneDto,
  }),
  /** Fields left out stay as they are; `null` clears an optional field. */
  'membership.one-on-one.update': rpc({
    tenant: true,
    request: z
      .object({
        id: uuid(),
        ...oneOnOneFields,
        organizerId: uuid().optional(),
        personId: uuid().optional(),
        heldOn: isoDate().optional(),
      })
      .refine(dueNotBeforeHeld.check, dueNotBeforeHeld.params),
    reply: OneOnOneDto,
  }),
  'membership.one-on-one.get': rpc({
    tenant: true,
    request: z.object({ id: uuid() }),
    reply: OneOnOneDto,
  }),
  /** Newest first; every filter optional. */
  'membership.one-on-one.list': rpc({
    tenant: true,
    request: z
      .object({
        ...pageRequest,
        personId: uuid().optional(),
        organizerId: uuid().optional(),
        from: isoDate().optional(),
        to: isoDate().optional(),
      })
      .refine((value) => notBefore(value.from, value.to), {
        message: 'must not be before from',
        path: ['to'],
      }),
    reply: pageOf(OneOnOneDto),
  }),
  /** One-on-ones held per organizer per ISO week in `from`..`to` (inclusive); weeks without any are left out. */
  'membership.one-on-one.weekly-counts': rpc({
    tenant: true,
    request: z
      .object({ from: isoDate(), to: isoDate(), organizerId: uuid().optional() })
      .refine((value) => notBefore(value.from, value.to), {
        message: 'must not be before from',
        path: ['to'],
      })
      .refine((value) => daysBetween(value.from, value.to) <= MAX_WEEKLY_RANGE_DAYS, {
        message: `must be at most ${MAX_WEEKLY_RANGE_DAYS} days after from`,
        path: ['to'],
      }),
    reply: z.array(WeeklyOneOnOnesDto),
  }),
} as const;

// ---- events ----------------------------------------------------------------------------------------

export const relationshipEvents = {
  relationshipCreated: event(
    MEMBERSHIP,
    'relationship.created',
    1,
    z.object({
      relationshipId: uuid(),
      type: RelationshipType,
      fromPersonId: uuid(),
      toPersonId: uuid(),
      createdAt: isoDateTime(),
    }),
  ),
  relationshipRemoved: event(
    MEMBERSHIP,
    'relationship.removed',
    1,
    z.object({ relationshipId: uuid(), type: RelationshipType, fromPersonId: uuid(), toPersonId: uuid() }),
  ),
  oneOnOneRecorded: event(
    MEMBERSHIP,
    'one-on-one.recorded',
    1,
    z.object({
      oneOnOneId: uuid(),
      organizerId: uuid(),
      personId: uuid(),
      heldOn: z.string(),
      relationshipStrength: z.number().int().nullable(),
    }),
  ),
  oneOnOneUpdated: event(
    MEMBERSHIP,
    'one-on-one.updated',
    1,
    z.object({ oneOnOneId: uuid(), changedFields: z.array(z.string()), updatedAt: isoDateTime() }),
  ),
} as const;
