import { z } from 'zod';
import { event } from './envelope';
import { idBatch, isoDateTime, pageOf, pageRequest, plainText, uuid } from './fields';
import { MEMBERSHIP } from './membership-service';
import { rpc } from './rpc';

// ---- fields --------------------------------------------------------------------------------------

/** A calendar date, `YYYY-MM-DD`, that exists. */
const calendarDate = () =>
  z.iso
    .date({ message: 'must be a date like 2026-01-31' })
    .refine((value) => value >= '1900-01-01' && value <= '2999-12-31', {
      message: 'must be between 1900 and 2999',
    });

/** Notes of a few paragraphs: newlines allowed, other control characters and markup not. */
const notes = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .regex(
      /^(?:[^\p{Cc}\p{Cf}<>]|[\n\r\t])*$/u,
      'must not contain control characters (other than newlines) or < >',
    );

/** An event type of any service, e.g. `campaigns.attendance.checked-in`. */
export const eventType = () =>
  z
    .string()
    .trim()
    .max(120, 'must be at most 120 characters')
    .regex(
      /^[a-z0-9][a-z0-9-]*(\.[a-z0-9][a-z0-9-]*)+$/,
      'must be an event type like campaigns.attendance.checked-in',
    );

const skill = () => plainText(80);

// ---- shapes --------------------------------------------------------------------------------------

export const LadderLevelDto = z.object({
  id: uuid(),
  name: z.string(),
  description: z.string(),
  /** 1 is the first rung; higher is further up the ladder. */
  position: z.number().int(),
  countsAsLeader: z.boolean(),
});
export type LadderLevelDto = z.infer<typeof LadderLevelDto>;

/** A person's current level; a person without one has no row. */
export const PersonLevelDto = z.object({ personId: uuid(), levelId: uuid(), since: isoDateTime() });
export type PersonLevelDto = z.infer<typeof PersonLevelDto>;

export const LevelChangeDto = z.object({
  id: uuid(),
  personId: uuid(),
  fromLevelId: uuid().nullable(),
  toLevelId: uuid(),
  /** The user who moved the person; null for a move made by a rule. */
  changedBy: uuid().nullable(),
  /** The rule that moved the person; null for a manual move. */
  ruleId: uuid().nullable(),
  reason: z.string(),
  changedAt: isoDateTime(),
});
export type LevelChangeDto = z.infer<typeof LevelChangeDto>;

export const LevelCountDto = z.object({ levelId: uuid().nullable(), count: z.number().int() });
export type LevelCountDto = z.infer<typeof LevelCountDto>;

export const LadderRuleDto = z.object({
  id: uuid(),
  name: z.string(),
  eventType: z.string(),
  minCount: z.number().int(),
  windowDays: z.number().int(),
  targetLevelId: uuid(),
  active: z.boolean(),
  createdAt: isoDateTime(),
  updatedAt: isoDateTime(),
});
export type LadderRuleDto = z.infer<typeof LadderRuleDto>;

export const AssessmentLabelDto = z.object({
  score: z.number().int(),
  label: z.string(),
  description: z.string(),
});
export type AssessmentLabelDto = z.infer<typeof AssessmentLabelDto>;

export const AssessmentDto = z.object({
  id: uuid(),
  personId: uuid(),
  score: z.number().int(),
  notes: z.string(),
  assessedBy: uuid().nullable(),
  assessedAt: isoDateTime(),
});
export type AssessmentDto = z.infer<typeof AssessmentDto>;

export const TrainingDto = z.object({
  id: uuid(),
  personId: uuid(),
  name: z.string(),
  provider: z.string().nullable(),
  attendedOn: z.string(),
  recordedBy: uuid().nullable(),
  recordedAt: isoDateTime(),
});
export type TrainingDto = z.infer<typeof TrainingDto>;

export const LeadershipRoleDto = z.object({
  id: uuid(),
  personId: uuid(),
  role: z.string(),
  startedOn: z.string(),
  endedOn: z.string().nullable(),
  assignedBy: uuid().nullable(),
});
export type LeadershipRoleDto = z.infer<typeof LeadershipRoleDto>;

/** Everything about one person's development, for the profile (one batched request per page). */
export const LeadershipProfileDto = z.object({
  personId: uuid(),
  trainings: z.array(TrainingDto),
  skills: z.array(z.string()),
  roles: z.array(LeadershipRoleDto),
});
export type LeadershipProfileDto = z.infer<typeof LeadershipProfileDto>;

const levelFields = {
  name: plainText(60),
  description: notes(1000),
  countsAsLeader: z.boolean(),
};

const ruleFields = {
  name: plainText(120),
  eventType: eventType(),
  minCount: z
    .number()
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(1000, 'must be at most 1000'),
  windowDays: z
    .number()
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(3650, 'must be at most 3650'),
  targetLevelId: uuid(),
  active: z.boolean(),
};

const personHistoryPage = z.object({ personId: uuid(), ...pageRequest });
const ok = z.object({ ok: z.literal(true) });

// ---- request-reply subjects ----------------------------------------------------------------------

export const ladderRpc = {
  'membership.ladder.level.list': rpc({
    tenant: true,
    request: z.object({}),
    reply: z.array(LadderLevelDto),
  }),
  'membership.ladder.level.create': rpc({
    tenant: true,
    request: z.object({
      ...levelFields,
      description: levelFields.description.default(''),
      countsAsLeader: z.boolean().default(false),
    }),
    reply: LadderLevelDto,
  }),
  'membership.ladder.level.update': rpc({
    tenant: true,
    request: z.object({
      id: uuid(),
      name: levelFields.name.optional(),
      description: levelFields.description.optional(),
      countsAsLeader: z.boolean().optional(),
    }),
    reply: LadderLevelDto,
  }),
  /** The coalition's level ids, every one exactly once, bottom rung first. */
  'membership.ladder.level.reorder': rpc({
    tenant: true,
    request: z.object({
      ids: z.array(uuid()).min(1, 'must name the levels').max(30, 'must have at most 30 levels'),
    }),
    reply: z.array(LadderLevelDto),
  }),
  /** Refused (CONFLICT) while anyone is or was at the level, or a rule targets it. */
  'membership.ladder.level.delete': rpc({ tenant: true, request: z.object({ id: uuid() }), reply: ok }),
  /** People per level among living people; `levelId: null` counts people without a level. */
  'membership.ladder.level.counts': rpc({
    tenant: true,
    request: z.object({}),
    reply: z.array(LevelCountDto),
  }),
  /** The people at one level, most recently arrived first. */
  'membership.ladder.level.people': rpc({
    tenant: true,
    request: z.object({ levelId: uuid(), ...pageRequest }),
    reply: pageOf(PersonLevelDto),
  }),
  'membership.ladder.person-level.get-many': rpc({
    tenant: true,
    request: idBatch(),
    reply: z.array(PersonLevelDto),
  }),
  'membership.ladder.person.move': rpc({
    tenant: true,
    request: z.object({ personId: uuid(), levelId: uuid(), reason: plainText(1000) }),
    reply: PersonLevelDto,
  }),
  'membership.ladder.history.list': rpc({
    tenant: true,
    request: personHistoryPage,
    reply: pageOf(LevelChangeDto),
  }),

  'membership.ladder.rule.list': rpc({ tenant: true, request: z.object({}), reply: z.array(LadderRuleDto) }),
  'membership.ladder.rule.create': rpc({
    tenant: true,
    request: z.object({ ...ruleFields, active: ruleFields.active.default(true) }),
    reply: LadderRuleDto,
  }),
  'membership.ladder.rule.update': rpc({
    tenant: true,
    request: z.object({
      id: uuid(),
      name: ruleFields.name.optional(),
      eventType: ruleFields.eventType.optional(),
      minCount: ruleFields.minCount.optional(),
      windowDays: ruleFields.windowDays.optional(),
      targetLevelId: ruleFields.targetLevelId.optional(),
      active: ruleFields.active.optional(),
    }),
    reply: LadderRuleDto,
  }),
  /** Refused (CONFLICT) once the rule has moved someone: deactivate it instead. */
  'membership.ladder.rule.delete': rpc({ tenant: true, request: z.object({ id: uuid() }), reply: ok }),

  'membership.ladder.scale.get': rpc({
    tenant: true,
    request: z.object({}),
    reply: z.array(AssessmentLabelDto),
  }),
  'membership.ladder.scale.update': rpc({
    tenant: true,
    request: z.object({
      labels: z
        .array(
          z.object({
            score: z.number().int().min(1, 'must be 1 to 5').max(5, 'must be 1 to 5'),
            label: plainText(60),
            description: notes(500).default(''),
          }),
        )
        .min(1, 'must name at least one score')
        .max(5, 'must have at most 5 labels')
        .refine(
          (labels) => new Set(labels.map((l) => l.score)).size === labels.length,
          'must name each score once',
        ),
    }),
    reply: z.array(AssessmentLabelDto),
  }),
  'membership.ladder.assessment.record': rpc({
    tenant: true,
    request: z.object({
      personId: uuid(),
      score: z.number().int('must be a whole number').min(1, 'must be 1 to 5').max(5, 'must be 1 to 5'),
      notes: notes(2000).default(''),
    }),
    reply: AssessmentDto,
  }),
  'membership.ladder.assessment.list': rpc({
    tenant: true,
    request: personHistoryPage,
    reply: pageOf(AssessmentDto),
  }),

  'membership.leadership.profile.get-many': rpc({
    tenant: true,
    request: idBatch(),
    reply: z.array(LeadershipProfileDto),
  }),
  'membership.leadership.training.record': rpc({
    tenant: true,
    request: z.object({
      personId: uuid(),
      name: plainText(200),
      provider: plainText(200).nullable().optional(),
      attendedOn: calendarDate(),
    }),
    reply: TrainingDto,
  }),
  'membership.leadership.training.delete': rpc({
    tenant: true,
    request: z.object({ id: uuid() }),
    reply: ok,
  }),
  /** Replaces the person's skills with this list. */
  'membership.leadership.skills.set': rpc({
    tenant: true,
    request: z.object({
      personId: uuid(),
      skills: z
        .array(skill())
        .max(50, 'must have at most 50 skills')
        .transform((skills) => [...new Set(skills)]),
    }),
    reply: z.array(z.string()),
  }),
  'membership.leadership.role.assign': rpc({
    tenant: true,
    request: z
      .object({
        personId: uuid(),
        role: plainText(120),
        startedOn: calendarDate(),
        endedOn: calendarDate().nullable().optional(),
      })
      .refine((r) => !r.endedOn || r.endedOn >= r.startedOn, {
        message: 'must not be before startedOn',
        path: ['endedOn'],
      }),
    reply: LeadershipRoleDto,
  }),
  'membership.leadership.role.end': rpc({
    tenant: true,
    request: z.object({ id: uuid(), endedOn: calendarDate() }),
    reply: LeadershipRoleDto,
  }),
  /** Role names in use, for suggestions. */
  'membership.leadership.role-names.list': rpc({
    tenant: true,
    request: z.object({}),
    reply: z.array(z.string()),
  }),
} as const;

// ---- events --------------------------------------------------------------------------------------

export const ladderEvents = {
  levelChanged: event(
    MEMBERSHIP,
    'ladder.level-changed',
    1,
    z.object({
      changeId: uuid(),
      personId: uuid(),
      fromLevelId: uuid().nullable(),
      toLevelId: uuid(),
      /** True when the new level counts as a leader. */
      toLeader: z.boolean(),
      ruleId: uuid().nullable(),
      changedBy: uuid().nullable(),
      changedAt: isoDateTime(),
    }),
  ),
  roleAssigned: event(
    MEMBERSHIP,
    'leadership.role-assigned',
    1,
    z.object({
      roleRecordId: uuid(),
      personId: uuid(),
      role: z.string(),
      startedOn: z.string(),
      endedOn: z.string().nullable(),
    }),
  ),
  roleEnded: event(
    MEMBERSHIP,
    'leadership.role-ended',
    1,
    z.object({ roleRecordId: uuid(), personId: uuid(), role: z.string(), endedOn: z.string() }),
  ),
} as const;
