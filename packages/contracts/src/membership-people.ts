import { z } from 'zod';
import { event } from './envelope';
import {
  emailAddress,
  idBatch,
  isoDateTime,
  languageTag,
  pageOf,
  pageRequest,
  personName,
  phoneNumber,
  plainText,
  postalCode,
  tagList,
  uuid,
} from './fields';
import { MEMBERSHIP } from './membership-service';
import { rpc } from './rpc';

// People: the profile (identity, contact points, address, languages, origin, status, organizer),
// custom fields defined per coalition, self-described demographics, notes and the timeline.

// ---- shapes ------------------------------------------------------------------------------------

export const PersonStatus = z.enum(['ACTIVE', 'INACTIVE', 'ARCHIVED', 'DO_NOT_CONTACT']);
export type PersonStatus = z.infer<typeof PersonStatus>;

/** The statuses a profile update may set; ARCHIVED is set only by archiving. */
export const SettablePersonStatus = z.enum(['ACTIVE', 'INACTIVE', 'DO_NOT_CONTACT'], {
  message: 'must be ACTIVE, INACTIVE or DO_NOT_CONTACT (archive a person to archive them)',
});

export const PersonSource = z.enum(['EVENT', 'PETITION', 'IMPORT', 'ONE_ON_ONE', 'REFERRAL', 'OTHER']);
export type PersonSource = z.infer<typeof PersonSource>;

const COUNTRY = /^[A-Za-z]{2}$/;
const CUSTOM_FIELD_KEY = /^[a-z][a-z0-9_]{0,49}$/;

/** A calendar date, `YYYY-MM-DD`. */
const calendarDate = () => z.iso.date({ message: 'must be a date like 2026-03-31' });

/** ISO 3166-1 alpha-2, upper case; the service checks it names a country. */
export const countryCode = () =>
  z
    .string()
    .trim()
    .regex(COUNTRY, 'must be a two-letter country code like US or DE')
    .transform((value) => value.toUpperCase());

export const customFieldKey = () =>
  z
    .string()
    .regex(CUSTOM_FIELD_KEY, 'must start with a-z and contain only a-z, 0-9 and _ (at most 50 characters)');

/**
 * A stored custom field value: TEXT, DATE (`YYYY-MM-DD`) and SINGLE_CHOICE are strings, NUMBER a
 * number, MULTIPLE_CHOICE a list of option strings. Stored as JSON in `people.custom_fields`.
 */
export const CustomFieldValue = z.union([z.string(), z.number(), z.array(z.string())]);
export type CustomFieldValue = z.infer<typeof CustomFieldValue>;

/** Shape only; the service checks each value against its definition. `null` clears a value. */
const customFieldValuesInput = () =>
  z
    .record(
      customFieldKey(),
      z.union([
        z.string().max(2000, 'must be at most 2000 characters'),
        z.number(),
        z
          .array(z.string().max(200, 'must be at most 200 characters'))
          .max(100, 'must have at most 100 choices'),
        z.null(),
      ]),
    )
    .refine((values) => Object.keys(values).length <= 100, 'must have at most 100 fields');

export const PersonDto = z.object({
  id: uuid(),
  firstName: z.string(),
  lastName: z.string(),
  pronouns: z.string().nullable(),
  /** The primary email; further ones come from `membership.person.contacts.get-many`. */
  email: z.string().nullable(),
  /** The primary phone, E.164. */
  phone: z.string().nullable(),
  phoneSms: z.boolean(),
  addressLine1: z.string().nullable(),
  addressLine2: z.string().nullable(),
  city: z.string().nullable(),
  region: z.string().nullable(),
  postalCode: z.string().nullable(),
  country: z.string().nullable(),
  area: z.string().nullable(),
  /** The first of `preferredLanguages`. */
  preferredLanguage: z.string().nullable(),
  preferredLanguages: z.array(z.string()),
  joinedOn: z.string().nullable(),
  source: PersonSource.nullable(),
  sourceDetail: z.string().nullable(),
  referredByPersonId: uuid().nullable(),
  status: PersonStatus,
  assignedOrganizerId: uuid().nullable(),
  externalId: z.string().nullable(),
  customFields: z.record(z.string(), CustomFieldValue),
  tags: z.array(z.string()),
  createdAt: isoDateTime(),
  updatedAt: isoDateTime(),
  archivedAt: isoDateTime().nullable(),
});
export type PersonDto = z.infer<typeof PersonDto>;

export const personFields = {
  firstName: personName(),
  lastName: personName(),
  pronouns: plainText(40).nullable().optional(),
  email: emailAddress().nullable().optional(),
  phone: phoneNumber().nullable().optional(),
  phoneSms: z.boolean().optional(),
  addressLine1: plainText(200).nullable().optional(),
  addressLine2: plainText(200).nullable().optional(),
  city: plainText(100).nullable().optional(),
  region: plainText(100).nullable().optional(),
  postalCode: postalCode().nullable().optional(),
  country: countryCode().nullable().optional(),
  area: plainText(100).nullable().optional(),
  preferredLanguage: languageTag().nullable().optional(),
  preferredLanguages: z.array(languageTag()).max(10, 'must have at most 10 languages').optional(),
  joinedOn: calendarDate().nullable().optional(),
  source: PersonSource.nullable().optional(),
  sourceDetail: plainText(200).nullable().optional(),
  referredByPersonId: uuid().nullable().optional(),
  status: SettablePersonStatus.optional(),
  assignedOrganizerId: uuid().nullable().optional(),
  externalId: plainText(100).nullable().optional(),
  customFields: customFieldValuesInput().optional(),
  tags: tagList().optional(),
};

export const PersonEmailDto = z.object({ email: z.string(), primary: z.boolean() });
export const PersonPhoneDto = z.object({ phone: z.string(), sms: z.boolean(), primary: z.boolean() });

/** Every email and phone of a person, the primary first. */
export const PersonContactsDto = z.object({
  personId: uuid(),
  emails: z.array(PersonEmailDto),
  phones: z.array(PersonPhoneDto),
});
export type PersonContactsDto = z.infer<typeof PersonContactsDto>;

export const CustomFieldType = z.enum(['TEXT', 'NUMBER', 'DATE', 'SINGLE_CHOICE', 'MULTIPLE_CHOICE']);
export type CustomFieldType = z.infer<typeof CustomFieldType>;

export const CustomFieldDefinitionDto = z.object({
  id: uuid(),
  key: z.string(),
  label: z.string(),
  type: CustomFieldType,
  options: z.array(z.string()),
  required: z.boolean(),
  archived: z.boolean(),
  createdAt: isoDateTime(),
  updatedAt: isoDateTime(),
});
export type CustomFieldDefinitionDto = z.infer<typeof CustomFieldDefinitionDto>;

const customFieldOptions = () =>
  z
    .array(plainText(100))
    .max(100, 'must have at most 100 options')
    .refine((options) => new Set(options).size === options.length, 'must not repeat an option');

const PREFER_NOT_TO_SAY = 'PREFER_NOT_TO_SAY';

export const AgeRange = z.enum([
  'UNDER_18',
  'AGE_18_24',
  'AGE_25_34',
  'AGE_35_44',
  'AGE_45_54',
  'AGE_55_64',
  'AGE_65_PLUS',
  PREFER_NOT_TO_SAY,
]);
export const Gender = z.enum(['WOMAN', 'MAN', 'NON_BINARY', 'ANOTHER_GENDER', PREFER_NOT_TO_SAY]);
export const RaceEthnicity = z.enum([
  'ASIAN',
  'BLACK',
  'HISPANIC_LATINO',
  'INDIGENOUS',
  'MIDDLE_EASTERN_NORTH_AFRICAN',
  'PACIFIC_ISLANDER',
  'WHITE',
  'ANOTHER_RACE_ETHNICITY',
  PREFER_NOT_TO_SAY,
]);
export const Disability = z.enum(['YES', 'NO', PREFER_NOT_TO_SAY]);
export const HousingSituation = z.enum([
  'RENTER',
  'HOMEOWNER',
  'SOCIAL_HOUSING',
  'TEMPORARY',
  'UNHOUSED',
  'ANOTHER_HOUSING',
  PREFER_NOT_TO_SAY,
]);
export const MigrationBackground = z.enum([
  'IMMIGRANT',
  'CHILD_OF_IMMIGRANTS',
  'NO_MIGRATION_BACKGROUND',
  PREFER_NOT_TO_SAY,
]);

/** A list answer: either PREFER_NOT_TO_SAY alone, or any number of categories. */
const listAnswer = <T extends z.ZodType<string>>(item: T) =>
  z
    .array(item)
    .max(20, 'must have at most 20 entries')
    .transform((values) => [...new Set(values)])
    .refine(
      (values) => !(values as string[]).includes(PREFER_NOT_TO_SAY) || values.length === 1,
      `${PREFER_NOT_TO_SAY} cannot be combined with other answers`,
    );

const demographicLanguage = () => z.union([z.literal(PREFER_NOT_TO_SAY), languageTag()]);

/** Self-described; each answer null when not given. */
export const PersonDemographicsDto = z.object({
  personId: uuid(),
  ageRange: AgeRange.nullable(),
  gender: Gender.nullable(),
  raceEthnicity: z.array(RaceEthnicity).nullable(),
  disability: Disability.nullable(),
  housingSituation: HousingSituation.nullable(),
  migrationBackground: MigrationBackground.nullable(),
  languages: z.array(z.string()).nullable(),
  updatedAt: isoDateTime().nullable(),
});
export type PersonDemographicsDto = z.infer<typeof PersonDemographicsDto>;

export const DemographicDimension = z.enum([
  'AGE_RANGE',
  'GENDER',
  'RACE_ETHNICITY',
  'DISABILITY',
  'HOUSING_SITUATION',
  'MIGRATION_BACKGROUND',
  'LANGUAGES',
]);
export type DemographicDimension = z.infer<typeof DemographicDimension>;

/** Counts only, never names. A person who chose several categories counts once in each. */
export const RepresentationReportDto = z.object({
  /** Living (not archived) people of the coalition. */
  peopleCount: z.number().int(),
  dimensions: z.array(
    z.object({
      dimension: DemographicDimension,
      answeredCount: z.number().int(),
      notAnsweredCount: z.number().int(),
      categories: z.array(z.object({ category: z.string(), count: z.number().int() })),
    }),
  ),
});
export type RepresentationReportDto = z.infer<typeof RepresentationReportDto>;

export const PersonNoteDto = z.object({
  id: uuid(),
  personId: uuid(),
  authorId: uuid().nullable(),
  body: z.string(),
  createdAt: isoDateTime(),
  editedAt: isoDateTime().nullable(),
});
export type PersonNoteDto = z.infer<typeof PersonNoteDto>;

const noteBody = () =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(10000, 'must be at most 10000 characters')
    // Line breaks and tabs are fine in a note; other control characters and markup are not.
    .regex(/^(?:[^\p{Cc}\p{Cf}<>]|[\n\t])*$/u, 'must not contain control characters or < >');

/**
 * One entry of a person's timeline. `kind` names the source (PERSON_CREATED, STATUS_CHANGED, NOTE,
 * and whatever further sources areas add); `data` holds that source's facts (ids, values, no copies
 * of personal data beyond what the source itself stores).
 */
export const TimelineEntryDto = z.object({
  id: z.string(),
  kind: z.string(),
  occurredAt: isoDateTime(),
  actorId: uuid().nullable(),
  data: z.record(z.string(), z.unknown()),
});
export type TimelineEntryDto = z.infer<typeof TimelineEntryDto>;

// ---- request-reply subjects ------------------------------------------------------------------------

const personRef = { personId: uuid() };

export const peopleRpc = {
  'membership.person.create': rpc({
    tenant: true,
    request: z.object(personFields),
    reply: PersonDto,
  }),
  'membership.person.update': rpc({
    tenant: true,
    request: z.object({
      id: uuid(),
      ...personFields,
      firstName: personName().optional(),
      lastName: personName().optional(),
    }),
    reply: PersonDto,
  }),
  'membership.person.archive': rpc({
    tenant: true,
    request: z.object({ id: uuid() }),
    reply: PersonDto,
  }),
  'membership.person.get-many': rpc({
    tenant: true,
    request: idBatch(),
    reply: z.array(PersonDto),
  }),
  'membership.person.list': rpc({
    tenant: true,
    request: z.object({
      ...pageRequest,
      search: z.string().trim().max(100, 'must be at most 100 characters').optional(),
      includeArchived: z.boolean().default(false),
    }),
    reply: pageOf(PersonDto),
  }),

  // Emails and phones beyond the primary ones.
  'membership.person.contacts.get-many': rpc({
    tenant: true,
    request: idBatch(),
    reply: z.array(PersonContactsDto),
  }),
  'membership.person.email.add': rpc({
    tenant: true,
    request: z.object({ ...personRef, email: emailAddress() }),
    reply: PersonDto,
  }),
  'membership.person.email.remove': rpc({
    tenant: true,
    request: z.object({ ...personRef, email: emailAddress() }),
    reply: PersonDto,
  }),
  'membership.person.email.make-primary': rpc({
    tenant: true,
    request: z.object({ ...personRef, email: emailAddress() }),
    reply: PersonDto,
  }),
  'membership.person.phone.add': rpc({
    tenant: true,
    request: z.object({ ...personRef, phone: phoneNumber(), sms: z.boolean().default(false) }),
    reply: PersonDto,
  }),
  'membership.person.phone.remove': rpc({
    tenant: true,
    request: z.object({ ...personRef, phone: phoneNumber() }),
    reply: PersonDto,
  }),
  'membership.person.phone.make-primary': rpc({
    tenant: true,
    request: z.object({ ...personRef, phone: phoneNumber() }),
    reply: PersonDto,
  }),

  // Custom field definitions (the gateway lets ADMIN and above change them).
  'membership.custom-field.list': rpc({
    tenant: true,
    request: z.object({ includeArchived: z.boolean().default(false) }),
    reply: z.array(CustomFieldDefinitionDto),
  }),
  'membership.custom-field.create': rpc({
    tenant: true,
    request: z.object({
      key: customFieldKey(),
      label: plainText(100),
      type: CustomFieldType,
      options: customFieldOptions().optional(),
      required: z.boolean().default(false),
    }),
    reply: CustomFieldDefinitionDto,
  }),
  'membership.custom-field.update': rpc({
    tenant: true,
    request: z.object({
      id: uuid(),
      label: plainText(100).optional(),
      options: customFieldOptions().optional(),
      required: z.boolean().optional(),
      archived: z.boolean().optional(),
    }),
    reply: CustomFieldDefinitionDto,
  }),

  // Demographics: membership itself admits only ADMIN and OWNER users.
  'membership.demographics.get-many': rpc({
    tenant: true,
    request: idBatch(),
    reply: z.array(PersonDemographicsDto),
  }),
  'membership.demographics.set': rpc({
    tenant: true,
    request: z.object({
      ...personRef,
      ageRange: AgeRange.nullable().optional(),
      gender: Gender.nullable().optional(),
      raceEthnicity: listAnswer(RaceEthnicity).nullable().optional(),
      disability: Disability.nullable().optional(),
      housingSituation: HousingSituation.nullable().optional(),
      migrationBackground: MigrationBackground.nullable().optional(),
      languages: listAnswer(demographicLanguage()).nullable().optional(),
    }),
    reply: PersonDemographicsDto,
  }),
  'membership.demographics.report': rpc({
    tenant: true,
    request: z.object({}),
    reply: RepresentationReportDto,
  }),

  // Notes and the timeline.
  'membership.person-note.create': rpc({
    tenant: true,
    request: z.object({ ...personRef, body: noteBody() }),
    reply: PersonNoteDto,
  }),
  'membership.person-note.update': rpc({
    tenant: true,
    request: z.object({ id: uuid(), body: noteBody() }),
    reply: PersonNoteDto,
  }),
  'membership.person-note.list': rpc({
    tenant: true,
    request: z.object({ ...personRef, ...pageRequest }),
    reply: pageOf(PersonNoteDto),
  }),
  'membership.person.timeline': rpc({
    tenant: true,
    request: z.object({ ...personRef, ...pageRequest }),
    reply: pageOf(TimelineEntryDto),
  }),
} as const;

// ---- events ---------------------------------------------------------------------------------------

export const peopleEvents = {
  personCreated: event(
    MEMBERSHIP,
    'person.created',
    1,
    z.object({ personId: uuid(), createdAt: isoDateTime() }),
  ),
  personUpdated: event(
    MEMBERSHIP,
    'person.updated',
    1,
    z.object({ personId: uuid(), changedFields: z.array(z.string()), updatedAt: isoDateTime() }),
  ),
  personArchived: event(
    MEMBERSHIP,
    'person.archived',
    1,
    z.object({ personId: uuid(), archivedAt: isoDateTime() }),
  ),
  personNoteAdded: event(
    MEMBERSHIP,
    'person.note-added',
    1,
    z.object({ personId: uuid(), noteId: uuid(), authorId: uuid().nullable(), createdAt: isoDateTime() }),
  ),
  customFieldDefined: event(
    MEMBERSHIP,
    'custom-field.defined',
    1,
    z.object({
      customFieldId: uuid(),
      key: z.string(),
      changedFields: z.array(z.string()),
      at: isoDateTime(),
    }),
  ),
  personDemographicsChanged: event(
    MEMBERSHIP,
    'person.demographics-changed',
    1,
    z.object({ personId: uuid(), changedFields: z.array(z.string()), updatedAt: isoDateTime() }),
  ),
} as const;
