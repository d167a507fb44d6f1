import { z } from 'zod';
import { event } from './envelope';
import { idBatch, isoDateTime, pageOf, pageRequest, plainText, uuid } from './fields';
import { MEMBERSHIP } from './membership-service';
import { rpc } from './rpc';

// ---- fields --------------------------------------------------------------------------------------

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date without a time, `YYYY-MM-DD`, between the years 1900 and 2999. */
export const isoDate = () =>
  z
    .string()
    .regex(ISO_DATE, 'must be a date like 2026-01-31')
    .refine((value) => isRealDate(value), 'must be a real calendar date between 1900 and 2999');

function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  const year = date.getUTCFullYear();
  return (
    !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value) && year >= 1900 && year <= 2999
  );
}

/** Free text of a few paragraphs (notes, what was heard in a one-on-one); newlines allowed, markup not. */
export const longText = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .regex(
      /^(?:[^\p{Cc}\p{Cf}<>]|[\n\r\t])*$/u,
      'must not contain control characters (other than newlines) or < >',
    );

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

export const currencyCode = () =>
  z
    .string()
    .trim()
    .regex(/^[A-Z]{3}$/, 'must be an ISO 4217 currency code like EUR or USD')
    .refine((code) => CURRENCIES.has(code), 'is not a known ISO 4217 currency');

/** Ids named in one request (contacts), deduplicated in order. */
const idSet = (max: number) =>
  z
    .array(uuid())
    .max(max, `must have at most ${max} entries`)
    .transform((ids) => [...new Set(ids)]);

/** Whether `laterField` may follow `earlier` (both optional); used by the date-range refinements. */
export const notBefore = (earlier: string | null | undefined, later: string | null | undefined) =>
  !earlier || !later || later >= earlier;

// ---- shapes --------------------------------------------------------------------------------------

export const OrganizationType = z.enum([
  'TENANT_ASSOCIATION',
  'UNION',
  'CONGREGATION',
  'NGO',
  'SCHOOL',
  'BUSINESS',
  'PUBLIC_AGENCY',
  'OTHER',
]);
export type OrganizationType = z.infer<typeof OrganizationType>;

/** Where the organization stands as a member of the coalition. */
export const OrganizationMembershipStatus = z.enum(['PROSPECT', 'MEMBER', 'LAPSED', 'FORMER']);
export type OrganizationMembershipStatus = z.infer<typeof OrganizationMembershipStatus>;

export const DuesPeriod = z.enum(['MONTHLY', 'QUARTERLY', 'YEARLY']);
export type DuesPeriod = z.infer<typeof DuesPeriod>;

/** At most one billion minor units, which also fits GraphQL's 32-bit Int. */
export const MAX_DUES_MINOR = 1_000_000_000;
export const MAX_ORGANIZATION_CONTACTS = 20;

export const DuesDto = z.object({
  /** In the currency's minor unit (cents for EUR and USD). */
  amountMinor: z.number().int(),
  currency: z.string(),
  period: DuesPeriod,
  paidUntil: z.string().nullable(),
});
export type DuesDto = z.infer<typeof DuesDto>;

export const OrganizationDto = z.object({
  id: uuid(),
  type: OrganizationType,
  name: z.string(),
  sector: z.string().nullable(),
  area: z.string().nullable(),
  membershipStatus: OrganizationMembershipStatus,
  joinedOn: z.string().nullable(),
  leftOn: z.string().nullable(),
  dues: DuesDto.nullable(),
  /** People of the coalition who are the organization's contacts, in the order given. */
  contactPersonIds: z.array(uuid()),
  createdAt: isoDateTime(),
  updatedAt: isoDateTime(),
  archivedAt: isoDateTime().nullable(),
});
export type OrganizationDto = z.infer<typeof OrganizationDto>;

export const AffiliationDto = z.object({
  id: uuid(),
  organizationId: uuid(),
  personId: uuid(),
  role: z.string().nullable(),
  startedOn: z.string().nullable(),
  endedOn: z.string().nullable(),
  createdAt: isoDateTime(),
});
export type AffiliationDto = z.infer<typeof AffiliationDto>;

const duesInput = z.object({
  amountMinor: z
    .number()
    .int('must be a whole number of minor units')
    .min(0, 'must not be negative')
    .max(MAX_DUES_MINOR, `must be at most ${MAX_DUES_MINOR}`),
  currency: currencyCode(),
  period: DuesPeriod,
  paidUntil: isoDate().nullable().optional(),
});

const organizationFields = {
  type: OrganizationType,
  name: plainText(200),
  sector: plainText(100).nullable().optional(),
  area: plainText(100).nullable().optional(),
  membershipStatus: OrganizationMembershipStatus.optional(),
  joinedOn: isoDate().nullable().optional(),
  leftOn: isoDate().nullable().optional(),
  /** `null` clears the dues. */
  dues: duesInput.nullable().optional(),
  /** Replaces the contacts; each must be a person of the coalition. */
  contactPersonIds: idSet(MAX_ORGANIZATION_CONTACTS).optional(),
};

const leftNotBeforeJoined = {
  check: (value: { joinedOn?: string | null; leftOn?: string | null }) =>
    notBefore(value.joinedOn, value.leftOn),
  params: { message: 'must not be before joinedOn', path: ['leftOn'] },
};

const ok = z.object({ ok: z.literal(true) });

const search = z.string().trim().max(100, 'must be at most 100 characters');

// ---- request-reply subjects ------------------------------------------------------------------------

export const organizationsRpc = {
  'membership.organization.create': rpc({
    tenant: true,
    request: z.object(organizationFields).refine(leftNotBeforeJoined.check, leftNotBeforeJoined.params),
    reply: OrganizationDto,
  }),
  /** Fields left out stay as they are; `null` clears an optional field. */
  'membership.organization.update': rpc({
    tenant: true,
    request: z
      .object({
        id: uuid(),
        ...organizationFields,
        type: OrganizationType.optional(),
        name: plainText(200).optional(),
      })
      .refine(leftNotBeforeJoined.check, leftNotBeforeJoined.params),
    reply: OrganizationDto,
  }),
  'membership.organization.archive': rpc({
    tenant: true,
    request: z.object({ id: uuid() }),
    reply: OrganizationDto,
  }),
  'membership.organization.get': rpc({
    tenant: true,
    request: z.object({ id: uuid() }),
    reply: OrganizationDto,
  }),
  'membership.organization.get-many': rpc({
    tenant: true,
    request: idBatch(),
    reply: z.array(OrganizationDto),
  }),
  /** Alphabetical by name. */
  'membership.organization.list': rpc({
    tenant: true,
    request: z.object({
      ...pageRequest,
      search: search.optional(),
      types: z.array(OrganizationType).max(8).optional(),
      statuses: z.array(OrganizationMembershipStatus).max(4).optional(),
      includeArchived: z.boolean().default(false),
    }),
    reply: pageOf(OrganizationDto),
  }),

  'membership.affiliation.add': rpc({
    tenant: true,
    request: z
      .object({
        organizationId: uuid(),
        personId: uuid(),
        role: plainText(100).nullable().optional(),
        startedOn: isoDate().nullable().optional(),
        endedOn: isoDate().nullable().optional(),
      })
      .refine((value) => notBefore(value.startedOn, value.endedOn), {
        message: 'must not be before startedOn',
        path: ['endedOn'],
      }),
    reply: AffiliationDto,
  }),
  /** Ends an open affiliation; `endedOn` defaults to today (UTC). */
  'membership.affiliation.end': rpc({
    tenant: true,
    request: z.object({ id: uuid(), endedOn: isoDate().optional() }),
    reply: AffiliationDto,
  }),
  /** Deletes an affiliation recorded by mistake; ending one keeps its history instead. */
  'membership.affiliation.remove': rpc({
    tenant: true,
    request: z.object({ id: uuid() }),
    reply: ok,
  }),
  /** An organization's people: open affiliations first, then newest first. */
  'membership.affiliation.list-by-organization': rpc({
    tenant: true,
    request: z.object({ ...pageRequest, organizationId: uuid(), includeEnded: z.boolean().default(false) }),
    reply: pageOf(AffiliationDto),
  }),
  'membership.affiliation.list-by-person': rpc({
    tenant: true,
    request: z.object({ ...pageRequest, personId: uuid(), includeEnded: z.boolean().default(false) }),
    reply: pageOf(AffiliationDto),
  }),
  /**
   * The member organizations each person belongs to now (open affiliations, earliest started first),
   * for services that record who spoke for whom; unknown people answer an empty list.
   */
  'membership.affiliation.current.get-many': rpc({
    tenant: true,
    request: idBatch(),
    reply: z.array(z.object({ personId: uuid(), organizationIds: z.array(uuid()) })),
  }),
} as const;

// ---- events ----------------------------------------------------------------------------------------

const affiliationFacts = z.object({
  affiliationId: uuid(),
  organizationId: uuid(),
  personId: uuid(),
});

export const organizationEvents = {
  organizationCreated: event(
    MEMBERSHIP,
    'organization.created',
    1,
    z.object({
      organizationId: uuid(),
      type: OrganizationType,
      membershipStatus: OrganizationMembershipStatus,
      createdAt: isoDateTime(),
    }),
  ),
  organizationUpdated: event(
    MEMBERSHIP,
    'organization.updated',
    1,
    z.object({ organizationId: uuid(), changedFields: z.array(z.string()), updatedAt: isoDateTime() }),
  ),
  organizationArchived: event(
    MEMBERSHIP,
    'organization.archived',
    1,
    z.object({ organizationId: uuid(), archivedAt: isoDateTime() }),
  ),
  affiliationAdded: event(
    MEMBERSHIP,
    'affiliation.added',
    1,
    affiliationFacts.extend({ startedOn: z.string().nullable(), endedOn: z.string().nullable() }),
  ),
  affiliationEnded: event(
    MEMBERSHIP,
    'affiliation.ended',
    1,
    affiliationFacts.extend({ endedOn: z.string() }),
  ),
  affiliationRemoved: event(MEMBERSHIP, 'affiliation.removed', 1, affiliationFacts),
} as const;
