import { z } from 'zod';

/**
 * Field rules shared by the gateway (for early feedback) and the owning service (the source of truth).
 * Free text refuses control characters and angle brackets: names are shown in many places and markup
 * in them is never legitimate.
 */
const NO_CONTROL_OR_MARKUP = /^[^\p{Cc}\p{Cf}<>]*$/u;
const PERSON_NAME = /^[\p{L}\p{M}][\p{L}\p{M}\p{Zs}'’.,-]*$/u;
const TAG = /^[\p{L}\p{N}][\p{L}\p{N}\p{Zs}_:/.&+-]*$/u;
const POSTAL_CODE = /^[A-Za-z0-9][A-Za-z0-9 -]*$/;
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const PHONE_CHARS = /^\+?[0-9 ().-]+$/;

export const uuid = () => z.uuid({ message: 'must be a UUID' });

export const plainText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .regex(NO_CONTROL_OR_MARKUP, 'must not contain control characters or < >');

export const personName = () =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(100, 'must be at most 100 characters')
    .regex(PERSON_NAME, 'may contain letters, spaces, apostrophes, hyphens, periods and commas');

export const emailAddress = () =>
  z
    .string()
    .trim()
    .max(254, 'must be at most 254 characters')
    .pipe(z.email({ message: 'must be a valid email address' }))
    .transform((value) => value.toLowerCase());

/** Phone shape only; the owning service parses and normalizes to E.164. */
export const phoneNumber = () =>
  z
    .string()
    .trim()
    .min(3, 'must be a phone number')
    .max(32, 'must be at most 32 characters')
    .regex(PHONE_CHARS, 'may contain digits, spaces, + ( ) . and -');

export const postalCode = () =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(16, 'must be at most 16 characters')
    .regex(POSTAL_CODE, 'may contain letters, digits, spaces and hyphens');

export const languageTag = () =>
  z
    .string()
    .trim()
    .max(35, 'must be at most 35 characters')
    .regex(LANGUAGE_TAG, 'must be a language tag like en or pt-BR');

export const tag = () =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(50, 'must be at most 50 characters')
    .regex(TAG, 'may contain letters, digits, spaces and _ : / . & + -');

export const tagList = () =>
  z
    .array(tag())
    .max(50, 'must have at most 50 tags')
    .transform((tags) => [...new Set(tags)]);

export const password = () =>
  z.string().min(10, 'must be at least 10 characters').max(200, 'must be at most 200 characters');

export const isoDateTime = () => z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time' });

/** Connections are capped at 100 rows a page. */
export const MAX_PAGE_SIZE = 100;
export const pageRequest = {
  first: z
    .number()
    .int()
    .min(1, 'must be at least 1')
    .max(MAX_PAGE_SIZE, `must be at most ${MAX_PAGE_SIZE}`)
    .default(20),
  after: z.string().max(200, 'is not a valid cursor').optional(),
};

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    totalCount: z.number().int(),
    hasNextPage: z.boolean(),
    endCursor: z.string().nullable(),
  });
export interface Page<T> {
  items: T[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
}

/** get-many lookups are batched by DataLoaders; one tick rarely exceeds this. */
export const MAX_BATCH = 500;
export const idBatch = () => z.object({ ids: z.array(uuid()).min(1).max(MAX_BATCH) });
