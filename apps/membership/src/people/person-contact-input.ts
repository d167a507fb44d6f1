import { Injectable } from '@nestjs/common';
import { PersonDetailsNormalizer } from './person-details.normalizer';
import type { ContactKind } from './person-contacts.repository';

export interface ContactRequest {
  personId: string;
  kind: ContactKind;
  /** As sent: emails are already lowercased by the contract, phones not yet normalized. */
  value: string;
}

/** Normalizes a requested email or phone the way the profile fields are. */
@Injectable()
export class PersonContactInput {
  constructor(private readonly normalizer: PersonDetailsNormalizer) {}

  normalize(request: ContactRequest): string {
    return request.kind === 'phone' ? this.normalizer.phone(request.value, 'phone') : request.value;
  }
}
