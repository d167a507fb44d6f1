import { Inject, Injectable } from '@nestjs/common';
import type { MembershipRpc, RpcParsedRequest } from '@groundwork/contracts';
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import type { PersonDetails } from './person.entity';
import { PersonErrors } from './person.errors';

export const DEFAULT_PHONE_REGION = Symbol('DEFAULT_PHONE_REGION');

export type CreatePersonInput = RpcParsedRequest<MembershipRpc['membership.person.create']>;
export type UpdatePersonInput = RpcParsedRequest<MembershipRpc['membership.person.update']>;

/**
 * Turns validated requests into stored values. The contract has already checked shapes, trimmed
 * text and lowercased the email; here phones become E.164 (checked against full metadata, read in
 * the default region when written without a country code) and language tags take their canonical
 * form (`pt-br` → `pt-BR`).
 */
@Injectable()
export class PersonDetailsNormalizer {
  constructor(@Inject(DEFAULT_PHONE_REGION) private readonly defaultPhoneRegion: CountryCode) {}

  forCreate(input: CreatePersonInput): PersonDetails {
    const empty = { email: null, phone: null, postalCode: null, preferredLanguage: null, tags: [] };
    return { ...empty, ...this.forUpdate(input), firstName: input.firstName, lastName: input.lastName };
  }

  /** Only the fields the request names; `null` clears an optional field. */
  forUpdate(input: Omit<UpdatePersonInput, 'id'>): Partial<PersonDetails> {
    const changes: Partial<PersonDetails> = {};
    if (input.firstName !== undefined) changes.firstName = input.firstName;
    if (input.lastName !== undefined) changes.lastName = input.lastName;
    if (input.email !== undefined) changes.email = input.email;
    if (input.phone !== undefined) changes.phone = input.phone === null ? null : this.phone(input.phone);
    if (input.postalCode !== undefined) changes.postalCode = input.postalCode;
    if (input.preferredLanguage !== undefined) {
      changes.preferredLanguage =
        input.preferredLanguage === null ? null : canonicalLanguage(input.preferredLanguage);
    }
    if (input.tags !== undefined) changes.tags = input.tags;
    return changes;
  }

  private phone(value: string): string {
    const parsed = parsePhoneNumberFromString(value, this.defaultPhoneRegion);
    if (!parsed?.isValid()) throw PersonErrors.invalidPhone();
    return parsed.number;
  }
}

function canonicalLanguage(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? tag;
  } catch {
    throw PersonErrors.invalidLanguage();
  }
}
