import type { PersonDto } from '@groundwork/contracts';
import type { PersonEntity } from './person.entity';

export function toPersonDto(person: PersonEntity): PersonDto {
  return {
    id: person.id,
    firstName: person.firstName,
    lastName: person.lastName,
    email: person.email,
    phone: person.phone,
    postalCode: person.postalCode,
    preferredLanguage: person.preferredLanguage,
    tags: person.tags,
    createdAt: person.createdAt.toISOString(),
    updatedAt: person.updatedAt.toISOString(),
    archivedAt: person.archivedAt?.toISOString() ?? null,
  };
}
