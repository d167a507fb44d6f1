import { Injectable } from '@nestjs/common';
import type { PersonContactsDto } from '@groundwork/contracts';
import { UnitOfWork } from '@groundwork/service-kit';
import { PersonContactsRepository, type ExtraContact } from './person-contacts.repository';
import { PersonRepository } from './person.repository';

/**
 * Every email and phone of the given people, primary first, for DataLoaders: in the order asked,
 * each once; ids that match no person of this coalition are left out.
 */
@Injectable()
export class GetPersonContactsUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly people: PersonRepository,
    private readonly contacts: PersonContactsRepository,
  ) {}

  async execute(ids: string[]): Promise<PersonContactsDto[]> {
    const unique = [...new Set(ids)];
    const [people, emails, phones] = await this.unitOfWork.run(
      async () =>
        [
          await this.people.findByIds(unique),
          await this.contacts.listFor('email', unique),
          await this.contacts.listFor('phone', unique),
        ] as const,
    );
    const byId = new Map(people.map((person) => [person.id, person]));
    const emailsOf = groupByPerson(emails);
    const phonesOf = groupByPerson(phones);
    return unique.flatMap((id) => {
      const person = byId.get(id);
      if (!person) return [];
      return [
        {
          personId: id,
          emails: [
            ...(person.email ? [{ email: person.email, primary: true }] : []),
            ...(emailsOf.get(id) ?? []).map((contact) => ({ email: contact.value, primary: false })),
          ],
          phones: [
            ...(person.phone ? [{ phone: person.phone, sms: person.phoneSms, primary: true }] : []),
            ...(phonesOf.get(id) ?? []).map((contact) => ({
              phone: contact.value,
              sms: contact.sms,
              primary: false,
            })),
          ],
        },
      ];
    });
  }
}

function groupByPerson(contacts: ExtraContact[]): Map<string, ExtraContact[]> {
  const grouped = new Map<string, ExtraContact[]>();
  for (const contact of contacts)
    grouped.set(contact.personId, [...(grouped.get(contact.personId) ?? []), contact]);
  return grouped;
}
