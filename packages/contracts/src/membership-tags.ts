import { z } from 'zod';
import { event } from './envelope';
import { idBatch, isoDateTime, pageOf, pageRequest, plainText, tag, uuid } from './fields';
import { MEMBERSHIP } from './membership-service';
import { rpc } from './rpc';

/** One bulk tag or untag names at most this many people. */
export const MAX_BULK_TAG_PEOPLE = 10_000;

export const TagGroupDto = z.object({
  id: uuid(),
  name: z.string(),
  description: z.string(),
  createdAt: isoDateTime(),
});
export type TagGroupDto = z.infer<typeof TagGroupDto>;

export const TagDto = z.object({
  id: uuid(),
  name: z.string(),
  groupId: uuid().nullable(),
  /** `#rrggbb`. */
  colour: z.string().nullable(),
  description: z.string(),
  createdAt: isoDateTime(),
  updatedAt: isoDateTime(),
});
export type TagDto = z.infer<typeof TagDto>;

/** How many living (not archived) people carry a catalogue tag; tags nobody carries are left out. */
export const TagCountDto = z.object({ tagId: uuid(), peopleCount: z.number().int() });
export type TagCountDto = z.infer<typeof TagCountDto>;

export const BulkTagResultDto = z.object({
  tag: z.string(),
  /** People named in the request who belong to the coalition and are not archived. */
  matched: z.number().int(),
  /** People whose tags actually changed. */
  changed: z.number().int(),
  /** People left as they were because they already have the maximum number of tags. */
  skippedAtTagLimit: z.number().int(),
});
export type BulkTagResultDto = z.infer<typeof BulkTagResultDto>;

const colour = () =>
  z
    .string()
    .trim()
    .regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1f8a70')
    .transform((value) => value.toLowerCase());

const description = () =>
  z
    .string()
    .trim()
    .max(500, 'must be at most 500 characters')
    .regex(/^[^\p{Cc}\p{Cf}<>]*$/u, 'must not contain control characters or < >');

const personIds = () =>
  z
    .array(uuid())
    .min(1, 'must name at least one person')
    .max(MAX_BULK_TAG_PEOPLE, `must have at most ${MAX_BULK_TAG_PEOPLE} entries`)
    .transform((ids) => [...new Set(ids)]);

const ok = z.object({ ok: z.literal(true) });

export const tagsRpc = {
  'membership.tag-group.list': rpc({ tenant: true, request: z.object({}), reply: z.array(TagGroupDto) }),
  'membership.tag-group.create': rpc({
    tenant: true,
    request: z.object({ name: plainText(60), description: description().default('') }),
    reply: TagGroupDto,
  }),
  'membership.tag-group.update': rpc({
    tenant: true,
    request: z.object({ id: uuid(), name: plainText(60).optional(), description: description().optional() }),
    reply: TagGroupDto,
  }),
  /** Its tags stay, without a group. */
  'membership.tag-group.delete': rpc({ tenant: true, request: z.object({ id: uuid() }), reply: ok }),

  /** The catalogue by name, one page at a time. */
  'membership.tag.list': rpc({ tenant: true, request: z.object(pageRequest), reply: pageOf(TagDto) }),
  /** The tags of each group named (`ids` are group ids), by name: a group holds few tags. */
  'membership.tag.list-by-groups': rpc({ tenant: true, request: idBatch(), reply: z.array(TagDto) }),
  'membership.tag.counts': rpc({ tenant: true, request: z.object({}), reply: z.array(TagCountDto) }),
  'membership.tag.create': rpc({
    tenant: true,
    request: z.object({
      name: tag(),
      groupId: uuid().nullable().optional(),
      colour: colour().nullable().optional(),
      description: description().default(''),
    }),
    reply: TagDto,
  }),
  /** A new name is applied to every person who has the tag (CONFLICT if the name is taken: merge instead). */
  'membership.tag.update': rpc({
    tenant: true,
    request: z.object({
      id: uuid(),
      name: tag().optional(),
      groupId: uuid().nullable().optional(),
      colour: colour().nullable().optional(),
      description: description().optional(),
    }),
    reply: TagDto,
  }),
  /** People tagged with the source get the target instead; the source leaves the catalogue. */
  'membership.tag.merge': rpc({
    tenant: true,
    request: z
      .object({ sourceId: uuid(), targetId: uuid() })
      .refine((r) => r.sourceId !== r.targetId, { message: 'must differ from sourceId', path: ['targetId'] }),
    reply: TagDto,
  }),
  /** Removes the tag from the catalogue and from every person. */
  'membership.tag.delete': rpc({ tenant: true, request: z.object({ id: uuid() }), reply: ok }),
  'membership.tag.bulk-apply': rpc({
    tenant: true,
    request: z.object({ tag: tag(), personIds: personIds() }),
    reply: BulkTagResultDto,
  }),
  'membership.tag.bulk-remove': rpc({
    tenant: true,
    request: z.object({ tag: tag(), personIds: personIds() }),
    reply: BulkTagResultDto,
  }),
} as const;

export const tagEvents = {
  /** One event per bulk operation; `personIds` are the people whose tags changed. */
  bulkApplied: event(
    MEMBERSHIP,
    'tag.bulk-applied',
    1,
    z.object({ tag: z.string(), personIds: z.array(uuid()) }),
  ),
  bulkRemoved: event(
    MEMBERSHIP,
    'tag.bulk-removed',
    1,
    z.object({ tag: z.string(), personIds: z.array(uuid()) }),
  ),
  renamed: event(
    MEMBERSHIP,
    'tag.renamed',
    1,
    z.object({ tagId: uuid(), from: z.string(), to: z.string(), peopleChanged: z.number().int() }),
  ),
  merged: event(
    MEMBERSHIP,
    'tag.merged',
    1,
    z.object({
      sourceTagId: uuid(),
      source: z.string(),
      targetTagId: uuid(),
      target: z.string(),
      peopleChanged: z.number().int(),
    }),
  ),
  deleted: event(
    MEMBERSHIP,
    'tag.deleted',
    1,
    z.object({ tagId: uuid(), tag: z.string(), peopleChanged: z.number().int() }),
  ),
} as const;
