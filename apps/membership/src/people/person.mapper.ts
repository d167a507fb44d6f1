import type { PersonDto } from '@groundwork/contracts';
import { calendarDate, type PersonEntity } from './person.entity';

export function toPersonDto(person: PersonEntity): PersonDto {
  return {
    id: person.id,
    firstName: person.firstName,
    lastName: person.lastName,
    pronouns: person.pronouns,
    email: person.email,
    phone: person.phone,
    phoneSms: person.phoneSms,
    addressLine1: person.addressLine1,
    addressLine2: person.addressLine2,
    city: person.city,
    region: person.region,
    postalCode: person.postalCode,
    country: person.country,
    area: person.area,
    preferredLanguage: person.preferredLanguage,
    preferredLanguages: person.preferredLanguages,
    joinedOn: person.joinedOn === null ? null : calendarDate(person.joinedOn),
    source: person.source,
    sourceDetail: person.sourceDetail,
    referredByPersonId: person.referredByPersonId,
    status: person.status,
    assignedOrganizerId: person.assignedOrganizerId,
    externalId: person.externalId,
    customFields: person.customFields,
    tags: person.tags,
    createdAt: person.createdAt.toISOString(),
    updatedAt: person.updatedAt.toISOString(),
    archivedAt: person.archivedAt?.toISOString() ?? null,
  };
}
