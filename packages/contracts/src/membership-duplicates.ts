import { z } from 'zod';
import { event } from './envelope';
import { idBatch, isoDateTime, pageOf, pageRequest, uuid } from './fields';
import { MEMBERSHIP } from './membership-service';
import { rpc } from './rpc';

// Duplicates and merge, a person's complete data, and erasure.

// ---- shapes ------------------------------------------------------------------------------------

/** Why two people look like one: a shared email, a shared phone, or a similar name in the same postal code. */
export const DuplicateReason = z.enum(['EMAIL', 'PHONE', 'NAME_AND_POSTAL_CODE']);
export type DuplicateReason = z.infer<typeof DuplicateReason>;

export const DuplicateStatus = z.enum(['OPEN', 'MERGED', 'DISMISSED']);
export type DuplicateStatus = z.infer<typeof DuplicateStatus>;

/**
 * A candidate pair, `firstPersonId` < `secondPersonId`. Reasons are codes, never the shared values;
 * the review screen reads both people to compare them. `score` is 0–1, higher is likelier.
 */
export const DuplicateCandidateDto = z.object({
  id: uuid(),
  firstPersonId: uuid(),
  secondPersonId: uuid(),
  reasons: z.array(DuplicateReason),
  score: z.number(),
  /** Trigram similarity of the two full names, 0–1. */
  nameSimilarity: z.number(),
  status: DuplicateStatus,
  detectedAt: isoDateTime(),
  resolvedAt: isoDateTime().nullable(),
  resolvedBy: z.string().nullable(),
});
export type DuplicateCandidateDto = z.infer<typeof DuplicateCandidateDto>;

/**
 * Fields of the kept person a merge may take from the merged-away person instead. Any field the kept
 * person leaves empty is filled from the other one anyway; ADDRESS moves the address lines, city,
 * region, postal code and country together.
 */
export const MergeField = z.enum([
  'FIRST_NAME',
  'LAST_NAME',
  'PRONOUNS',
  'EMAIL',
  'PHONE',
  'ADDRESS',
  'AREA',
  'PREFERRED_LANGUAGES',
  'JOINED_ON',
  'SOURCE',
  'STATUS',
  'ASSIGNED_ORGANIZER',
  'EXTERNAL_ID',
]);
export type MergeField = z.infer<typeof MergeField>;

export const PersonMergeDto = z.object({
  id: uuid(),
  keptPersonId: uuid(),
  mergedPersonId: uuid(),
  /** The fields taken from the merged-away person because they were chosen. */
  fieldsFromMerged: z.array(MergeField),
  /** The fields of the kept person that were empty and were filled from the merged-away person. */
  fieldsFilled: z.array(z.string()),
  mergedBy: z.string().nullable(),
  mergedAt: isoDateTime(),
});
export type PersonMergeDto = z.infer<typeof PersonMergeDto>;

/**
 * What became of a person id: LIVE (a person now), MERGED (merged into `currentPersonId`, following
 * merges of merges), ERASED, or UNKNOWN (never a person of this coalition). `get-many` leaves merged
 * and erased ids out; this is where a service holding an old id finds out where it went.
 */
export const PersonIdFate = z.enum(['LIVE', 'MERGED', 'ERASED', 'UNKNOWN']);
export type PersonIdFate = z.infer<typeof PersonIdFate>;

export const PersonIdResolutionDto = z.object({
  personId: uuid(),
  fate: PersonIdFate,
  /** The living person this id stands for now; null when erased or unknown. */
  currentPersonId: uuid().nullable(),
});
export type PersonIdResolutionDto = z.infer<typeof PersonIdResolutionDto>;

/**
 * Everything membership holds about one person: the people row and, per table that refers to people,
 * that table's rows about them (as stored, column names as in the database). For data-subject access
 * requests.
 */
export const PersonDataDto = z.object({
  personId: uuid(),
  exportedAt: isoDateTime(),
  person: z.record(z.string(), z.unknown()),
  tables: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
});
export type PersonDataDto = z.infer<typeof PersonDataDto>;

/** The literal an erasure request must carry, so that it is never sent by accident. */
export const ERASE_CONFIRMATION = 'ERASE';

export const PersonErasureDto = z.object({
  personId: uuid(),
  erasedAt: isoDateTime(),
  erasedBy: z.string().nullable(),
});
export type PersonErasureDto = z.infer<typeof PersonErasureDto>;

// ---- request-reply subjects ------------------------------------------------------------------------

export const duplicatesRpc = {
  'membership.duplicates.list': rpc({
    tenant: true,
    request: z.object({
      ...pageRequest,
      status: DuplicateStatus.default('OPEN'),
    }),
    reply: pageOf(DuplicateCandidateDto),
  }),
  'membership.duplicates.get-many': rpc({
    tenant: true,
    request: idBatch(),
    reply: z.array(DuplicateCandidateDto),
  }),
  /** Finds candidates again across the coalition, or among the given people only. */
  'membership.duplicates.refresh': rpc({
    tenant: true,
    request: z.object({ personIds: z.array(uuid()).min(1).max(1000).optional() }),
    reply: z.object({ openCount: z.number().int(), foundCount: z.number().int() }),
  }),
  'membership.duplicates.dismiss': rpc({
    tenant: true,
    request: z.object({ candidateId: uuid() }),
    reply: DuplicateCandidateDto,
  }),
  'membership.person.merge': rpc({
    tenant: true,
    request: z
      .object({
        keptPersonId: uuid(),
        mergedPersonId: uuid(),
        fieldsFromMerged: z
          .array(MergeField)
          .max(MergeField.options.length)
          .transform((fields) => [...new Set(fields)])
          .default([]),
      })
      .refine((input) => input.keptPersonId !== input.mergedPersonId, {
        message: 'must differ from keptPersonId',
        path: ['mergedPersonId'],
      }),
    reply: PersonMergeDto,
  }),
  'membership.person.merges.list': rpc({
    tenant: true,
    request: z.object({ ...pageRequest, personId: uuid().optional() }),
    reply: pageOf(PersonMergeDto),
  }),
  'membership.person.resolve-ids': rpc({
    tenant: true,
    request: idBatch(),
    reply: z.array(PersonIdResolutionDto),
  }),
  /** ADMIN and OWNER users only, checked by membership itself. */
  'membership.person.data.get': rpc({
    tenant: true,
    request: z.object({ personId: uuid() }),
    reply: PersonDataDto,
  }),
  /** ADMIN and OWNER users only, checked by membership itself. */
  'membership.person.erase': rpc({
    tenant: true,
    request: z.object({
      personId: uuid(),
      confirmation: z.literal(ERASE_CONFIRMATION, { message: `must be ${ERASE_CONFIRMATION}` }),
    }),
    reply: PersonErasureDto,
  }),
} as const;

// ---- events ---------------------------------------------------------------------------------------

export const duplicateEvents = {
  /**
   * `mergedPersonId` no longer exists: re-point references to `keptPersonId`. The merged-away
   * person's creation and archive times let projections take back what they counted for them.
   * `personId` is the kept person (what the audit log files the entry under).
   */
  personMerged: event(
    MEMBERSHIP,
    'person.merged',
    1,
    z.object({
      personId: uuid(),
      keptPersonId: uuid(),
      mergedPersonId: uuid(),
      mergeId: uuid(),
      mergedPersonCreatedAt: isoDateTime(),
      mergedPersonArchivedAt: isoDateTime().nullable(),
      mergedAt: isoDateTime(),
    }),
  ),
  /**
   * Every personal datum of `personId` is gone from membership: erase yours. `archivedAt` is when the
   * person left the rolls before the erasure (null when they were still on them: the erasure takes them off).
   */
  personErased: event(
    MEMBERSHIP,
    'person.erased',
    1,
    z.object({ personId: uuid(), archivedAt: isoDateTime().nullable(), erasedAt: isoDateTime() }),
  ),
  duplicatesRefreshed: event(
    MEMBERSHIP,
    'duplicates.refreshed',
    1,
    z.object({ openCount: z.number().int(), foundCount: z.number().int() }),
  ),
  duplicateDismissed: event(
    MEMBERSHIP,
    'duplicates.dismissed',
    1,
    z.object({ candidateId: uuid(), firstPersonId: uuid(), secondPersonId: uuid() }),
  ),
} as const;
