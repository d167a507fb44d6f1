import { z } from 'zod';
import { event } from './envelope';
import { isoDateTime, languageTag, pageOf, pageRequest, plainText, tag, uuid } from './fields';
import { ConsentChannel } from './membership-consent';
import { PersonDto, customFieldKey } from './membership-people';
import { MEMBERSHIP } from './membership-service';
import { rpc } from './rpc';

// Full-text search over people, saved segments (a filter over people, evaluated in SQL) and the CSV
// export of a segment.

// ---- search --------------------------------------------------------------------------------------

export const SEARCH_LIMITS = {
  maxQueryLength: 100,
  /** Words beyond this many are ignored; every word kept must match. */
  maxWords: 6,
} as const;

const NO_CONTROL = /^[^\p{Cc}\p{Cf}]*$/u;

export const searchQuery = () =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(SEARCH_LIMITS.maxQueryLength, `must be at most ${SEARCH_LIMITS.maxQueryLength} characters`)
    .regex(NO_CONTROL, 'must not contain control characters');

// ---- segment filters -------------------------------------------------------------------------------

const calendarDate = () => z.iso.date({ message: 'must be a date like 2026-03-31' });

/** A range of calendar dates; either end may be left open, but not both. */
const dateRange = () =>
  z
    .object({ from: calendarDate().optional(), to: calendarDate().optional() })
    .strict()
    .refine((range) => range.from !== undefined || range.to !== undefined, 'must give from, to or both')
    .refine((range) => !range.from || !range.to || range.from <= range.to, {
      message: 'must not end before it starts',
      path: ['to'],
    });

const ids = (max: number) =>
  z
    .array(uuid())
    .min(1, 'must name at least one')
    .max(max, `must have at most ${max} entries`)
    .transform((values) => [...new Set(values)]);

export const TagMatch = z.enum(['ALL', 'ANY']);
export type TagMatch = z.infer<typeof TagMatch>;

export const CustomFieldOperator = z.enum(['EQUALS', 'CONTAINS', 'RANGE']);
export type CustomFieldOperator = z.infer<typeof CustomFieldOperator>;

const conditionValue = () =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(200, 'must be at most 200 characters')
    .regex(NO_CONTROL, 'must not contain control characters');

/**
 * A condition on one custom field. Values travel as text and are checked against the field's type by
 * membership: TEXT takes EQUALS or CONTAINS (case-insensitive), NUMBER and DATE take EQUALS or RANGE
 * (`min`/`max`, either open), SINGLE_CHOICE takes EQUALS (one of its options), MULTIPLE_CHOICE takes
 * CONTAINS (has that option).
 */
export const CustomFieldCondition = z
  .object({
    key: customFieldKey(),
    operator: CustomFieldOperator,
    value: conditionValue().optional(),
    min: conditionValue().optional(),
    max: conditionValue().optional(),
  })
  .strict()
  .superRefine((condition, context) => {
    if (condition.operator === 'RANGE') {
      if (condition.min === undefined && condition.max === undefined)
        context.addIssue({ code: 'custom', message: 'RANGE needs min, max or both', path: ['min'] });
      if (condition.value !== undefined)
        context.addIssue({
          code: 'custom',
          message: 'is not used with RANGE (use min and max)',
          path: ['value'],
        });
    } else {
      if (condition.value === undefined)
        context.addIssue({
          code: 'custom',
          message: `is required with ${condition.operator}`,
          path: ['value'],
        });
      if (condition.min !== undefined || condition.max !== undefined)
        context.addIssue({
          code: 'custom',
          message: 'min and max are only used with RANGE',
          path: [condition.min !== undefined ? 'min' : 'max'],
        });
    }
  });
export type CustomFieldCondition = z.infer<typeof CustomFieldCondition>;

/** Statuses a segment may select; archived people are never in a segment. */
export const SegmentStatus = z.enum(['ACTIVE', 'INACTIVE', 'DO_NOT_CONTACT'], {
  message: 'must be ACTIVE, INACTIVE or DO_NOT_CONTACT (archived people are never in a segment)',
});

/**
 * Who is in a segment. Every condition given must hold (AND); a list inside a condition matches any
 * of its entries (OR), except tags with `match: ALL`. An empty filter selects every person who is not
 * archived. Unknown fields are refused.
 *
 * Last activity is the latest of: the person joining the coalition (record created), a one-on-one
 * held with them, a change of their ladder level, a note written about them, and an event fact
 * received from another service (attendance, actions…). Profile edits are not activity: a bulk tag or
 * an import would otherwise make everyone active.
 */
export const SegmentFilter = z
  .object({
    /** Current ladder level is one of these. */
    levelIds: ids(20).optional(),
    /** Current level has no level yet (alone, or OR-ed with levelIds). */
    noLevel: z.boolean().optional(),
    tags: z
      .object({
        match: TagMatch,
        names: z.array(tag()).min(1, 'must name at least one tag').max(20, 'must have at most 20 tags'),
      })
      .strict()
      .optional(),
    /** Has an open affiliation with one of these organizations. */
    organizationIds: ids(50).optional(),
    areas: z
      .array(plainText(100))
      .min(1, 'must name at least one area')
      .max(50, 'must have at most 50 areas')
      .optional(),
    /** Has one of these among their preferred languages. */
    languages: z
      .array(languageTag())
      .min(1, 'must name at least one language')
      .max(20, 'must have at most 20 languages')
      .optional(),
    customFields: z
      .array(CustomFieldCondition)
      .min(1, 'must have at least one condition')
      .max(20, 'must have at most 20 conditions')
      .optional(),
    joined: dateRange().optional(),
    lastActivity: dateRange().optional(),
    /** Has currently granted consent for every one of these channels. */
    consentGranted: z.array(ConsentChannel).min(1, 'must name at least one channel').max(4).optional(),
    /** Point person is one of these users. */
    assignedOrganizerIds: ids(50).optional(),
    /** Has no point person (alone, or OR-ed with assignedOrganizerIds). */
    unassigned: z.boolean().optional(),
    statuses: z.array(SegmentStatus).min(1, 'must name at least one status').max(3).optional(),
  })
  .strict();
export type SegmentFilter = z.infer<typeof SegmentFilter>;
export type SegmentFilterInput = z.input<typeof SegmentFilter>;

export const SegmentDto = z.object({
  id: uuid(),
  name: z.string(),
  description: z.string(),
  filter: SegmentFilter,
  createdBy: uuid().nullable(),
  createdAt: isoDateTime(),
  updatedAt: isoDateTime(),
});
export type SegmentDto = z.infer<typeof SegmentDto>;

const description = () =>
  z
    .string()
    .trim()
    .max(500, 'must be at most 500 characters')
    .regex(/^[^\p{Cc}\p{Cf}<>]*$/u, 'must not contain control characters or < >');

/**
 * The list a segment produces: with a channel, people without granted consent for it and people
 * marked DO_NOT_CONTACT are left out. Archived people are always left out.
 */
const listChannel = () => ConsentChannel.optional();

// ---- export ------------------------------------------------------------------------------------------

/** Columns an export can have, in catalogue order; custom fields are `custom.<key>`. */
export const EXPORT_COLUMNS = [
  'id',
  'first_name',
  'last_name',
  'pronouns',
  'email',
  'phone',
  'phone_sms',
  'address_line1',
  'address_line2',
  'city',
  'region',
  'postal_code',
  'country',
  'area',
  'preferred_languages',
  'joined_on',
  'source',
  'status',
  'tags',
  'level',
  'assigned_organizer_id',
  'external_id',
  'created_at',
] as const;
export const ExportColumn = z.enum(EXPORT_COLUMNS);
export type ExportColumn = z.infer<typeof ExportColumn>;

export const CUSTOM_COLUMN_PREFIX = 'custom.';
const exportColumn = () =>
  z.union([ExportColumn, z.string().regex(/^custom\.[a-z][a-z0-9_]{0,49}$/)], {
    message: `must be one of ${EXPORT_COLUMNS.join(', ')} or custom.<field key>`,
  });

export const EXPORT_LIMITS = { maxColumns: 60, maxChunk: 5000 } as const;

export const exportColumns = () =>
  z
    .array(exportColumn())
    .min(1, 'must name at least one column')
    .max(EXPORT_LIMITS.maxColumns, `must have at most ${EXPORT_LIMITS.maxColumns} columns`)
    .refine((columns) => new Set(columns).size === columns.length, 'must not repeat a column');

export const ExportColumnDto = z.object({ key: z.string(), label: z.string() });
export type ExportColumnDto = z.infer<typeof ExportColumnDto>;

/** One chunk of an export: cells as text, in the order of the columns asked for. */
export const ExportChunkDto = z.object({
  header: z.array(z.string()),
  rows: z.array(z.array(z.string())),
  /** Pass as `after` for the next chunk; null when this was the last. */
  nextCursor: z.string().nullable(),
});
export type ExportChunkDto = z.infer<typeof ExportChunkDto>;

// ---- request-reply subjects ------------------------------------------------------------------------

const ok = z.object({ ok: z.literal(true) });

export const segmentsRpc = {
  /** Ranked: best match first. Every word must match a name, email, phone or note of the person. */
  'membership.person.search': rpc({
    tenant: true,
    request: z.object({ ...pageRequest, query: searchQuery(), includeArchived: z.boolean().default(false) }),
    reply: pageOf(PersonDto),
  }),

  'membership.segment.list': rpc({ tenant: true, request: z.object(pageRequest), reply: pageOf(SegmentDto) }),
  'membership.segment.get-many': rpc({
    tenant: true,
    request: z.object({ ids: z.array(uuid()).min(1).max(100) }),
    reply: z.array(SegmentDto),
  }),
  'membership.segment.create': rpc({
    tenant: true,
    request: z
      .object({ name: plainText(100), description: description().default(''), filter: SegmentFilter })
      .strict(),
    reply: SegmentDto,
  }),
  'membership.segment.update': rpc({
    tenant: true,
    request: z
      .object({
        id: uuid(),
        name: plainText(100).optional(),
        description: description().optional(),
        filter: SegmentFilter.optional(),
      })
      .strict(),
    reply: SegmentDto,
  }),
  'membership.segment.delete': rpc({ tenant: true, request: z.object({ id: uuid() }).strict(), reply: ok }),

  /** The live count of a filter (saved or not). */
  'membership.segment.count': rpc({
    tenant: true,
    request: z
      .object({ segmentId: uuid().optional(), filter: SegmentFilter.optional(), channel: listChannel() })
      .strict()
      .refine((request) => (request.segmentId === undefined) !== (request.filter === undefined), {
        message: 'give exactly one of segmentId and filter',
        path: ['filter'],
      }),
    reply: z.object({ count: z.number().int() }),
  }),
  /** Counts of several saved segments at once (the segment list's DataLoader). */
  'membership.segment.count-many': rpc({
    tenant: true,
    request: z.object({ ids: z.array(uuid()).min(1).max(100) }),
    reply: z.array(z.object({ segmentId: uuid(), count: z.number().int() })),
  }),
  /** A segment's people, newest first. */
  'membership.segment.people': rpc({
    tenant: true,
    request: z.object({ ...pageRequest, segmentId: uuid(), channel: listChannel() }).strict(),
    reply: pageOf(PersonDto),
  }),

  'membership.segment.export-columns': rpc({
    tenant: true,
    request: z.object({}),
    reply: z.array(ExportColumnDto),
  }),
  /** One chunk of a segment's CSV export; DO_NOT_CONTACT people are always left out. */
  'membership.segment.export-chunk': rpc({
    tenant: true,
    request: z
      .object({
        segmentId: uuid(),
        columns: exportColumns(),
        channel: listChannel(),
        after: z.string().max(200, 'is not a valid cursor').optional(),
        limit: z.number().int().min(1).max(EXPORT_LIMITS.maxChunk).default(1000),
      })
      .strict(),
    reply: ExportChunkDto,
  }),
} as const;

export const segmentEvents = {
  created: event(MEMBERSHIP, 'segment.created', 1, z.object({ segmentId: uuid(), createdAt: isoDateTime() })),
  updated: event(
    MEMBERSHIP,
    'segment.updated',
    1,
    z.object({ segmentId: uuid(), changedFields: z.array(z.string()), updatedAt: isoDateTime() }),
  ),
  deleted: event(MEMBERSHIP, 'segment.deleted', 1, z.object({ segmentId: uuid() })),
  /** Who exported which columns of a segment, for the audit trail; no personal data. */
  exported: event(
    MEMBERSHIP,
    'segment.export-started',
    1,
    z.object({ segmentId: uuid(), columns: z.array(z.string()), channel: ConsentChannel.nullable() }),
  ),
} as const;
