import { Inject, Injectable } from '@nestjs/common';
import type { MembershipRpc, RpcParsedRequest } from '@groundwork/contracts';
import { getCountries, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import type { PersonDetails } from './person.entity';
import { PersonErrors } from './person.errors';

export const DEFAULT_PHONE_REGION = Symbol('DEFAULT_PHONE_REGION');

export type CreatePersonInput = RpcParsedRequest<MembershipRpc['membership.person.create']>;
export type UpdatePersonInput = RpcParsedRequest<MembershipRpc['membership.person.update']>;

/** What a request asks to change, before the person and the coalition's definitions are known. */
export interface RequestedChanges {
  details: Partial<Omit<PersonDetails, 'customFields'>>;
  /** Values by key; `null` clears one. Checked against definitions inside the unit of work. */
  customFields?: Record<string, unknown>;
}

const COUNTRIES = new Set<string>(getCountries());

/** Fields copied as they come: the contract has already trimmed and checked them. */
const PLAIN_FIELDS = [
  'firstName',
  'lastName',
  'pronouns',
  'email',
  'phoneSms',
  'addressLine1',
  'addressLine2',
  'city',
  'region',
  'postalCode',
  'area',
  'joinedOn',
  'source',
  'sourceDetail',
  'referredByPersonId',
  'status',
  'assignedOrganizerId',
  'externalId',
  'tags',
] as const;

const EMPTY_DETAILS: Omit<PersonDetails, 'firstName' | 'lastName' | 'customFields'> = {
  pronouns: null,
  email: null,
  phone: null,
  phoneSms: false,
  addressLine1: null,
  addressLine2: null,
  city: null,
  region: null,
  postalCode: null,
  country: null,
  area: null,
  preferredLanguage: null,
  preferredLanguages: [],
  joinedOn: null,
  source: null,
  sourceDetail: null,
  referredByPersonId: null,
  status: 'ACTIVE',
  assignedOrganizerId: null,
  externalId: null,
  tags: [],
};

/**
 * Turns validated requests into stored values. The contract has already checked shapes, trimmed
 * text and lowercased the email; here phones become E.164 (checked against full metadata, read in
 * the default region when written without a country code), language tags take their canonical
 * form (`pt-br` → `pt-BR`) and countries must exist.
 */
@Injectable()
export class PersonDetailsNormalizer {
  constructor(@Inject(DEFAULT_PHONE_REGION) private readonly defaultPhoneRegion: CountryCode) {}

  forCreate(input: CreatePersonInput): RequestedChanges & { details: Omit<PersonDetails, 'customFields'> } {
    const requested = this.forUpdate(input);
    const { preferredLanguage, preferredLanguages } = requested.details;
    const languageList = preferredLanguages ?? (preferredLanguage ? [preferredLanguage] : []);
    return {
      ...requested,
      details: {
        ...EMPTY_DETAILS,
        ...requested.details,
        preferredLanguage: languageList[0] ?? null,
        preferredLanguages: languageList,
        firstName: input.firstName,
        lastName: input.lastName,
      },
    };
  }

  /** Only the fields the request names; `null` clears an optional field. */
  forUpdate(input: Omit<UpdatePersonInput, 'id'>): RequestedChanges {
    const details: RequestedChanges['details'] = {};
    for (const field of PLAIN_FIELDS) {
      if (input[field] !== undefined) Object.assign(details, { [field]: input[field] });
    }
    if (input.phone !== undefined)
      details.phone = input.phone === null ? null : this.phone(input.phone, 'phone');
    if (input.country !== undefined) details.country = input.country === null ? null : country(input.country);
    Object.assign(details, languages(input));
    return input.customFields === undefined ? { details } : { details, customFields: input.customFields };
  }

  /** E.164, or BAD_USER_INPUT on `field`. */
  phone(value: string, field: string): string {
    const parsed = parsePhoneNumberFromString(value, this.defaultPhoneRegion);
    if (!parsed?.isValid()) throw PersonErrors.invalidPhone(field);
    return parsed.number;
  }
}

/**
 * `preferredLanguages` sets the whole list (its first is `preferredLanguage`); `preferredLanguage`
 * alone puts one language first, keeping the others (the entity does that, knowing the list).
 */
function languages(
  input: Pick<UpdatePersonInput, 'preferredLanguage' | 'preferredLanguages'>,
): Partial<Pick<PersonDetails, 'preferredLanguage' | 'preferredLanguages'>> {
  const first =
    input.preferredLanguage == null
      ? input.preferredLanguage
      : canonicalLanguage(input.preferredLanguage, 'preferredLanguage');
  if (input.preferredLanguages === undefined) return first === undefined ? {} : { preferredLanguage: first };
  const list = [
    ...new Set(
      input.preferredLanguages.map((tag, index) => canonicalLanguage(tag, `preferredLanguages.${index}`)),
    ),
  ];
  if (first !== undefined && first !== (list[0] ?? null)) throw PersonErrors.conflictingLanguages();
  return { preferredLanguages: list, preferredLanguage: list[0] ?? null };
}

function canonicalLanguage(tag: string, field: string): string {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? tag;
  } catch {
    throw PersonErrors.invalidLanguage(field);
  }
}

function country(code: string): string {
  if (!COUNTRIES.has(code)) throw PersonErrors.invalidCountry();
  return code;
}
