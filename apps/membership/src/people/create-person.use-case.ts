import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { membershipEvents } from '@groundwork/contracts';
import { OutboxWriter, TenantContext, UnitOfWork } from '@groundwork/service-kit';
import { CustomFieldValues } from '../custom-fields/custom-field-values';
import { PersonDetailsNormalizer, type CreatePersonInput } from './person-details.normalizer';
import { PersonReferences } from './person-references';
import { PersonEntity } from './person.entity';
import { PersonRepository } from './person.repository';

@Injectable()
export class CreatePersonUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly context: TenantContext,
    private readonly people: PersonRepository,
    private readonly normalizer: PersonDetailsNormalizer,
    private readonly customFields: CustomFieldValues,
    private readonly references: PersonReferences,
    private readonly outbox: OutboxWriter,
  ) {}

  execute(input: CreatePersonInput): Promise<PersonEntity> {
    const requested = this.normalizer.forCreate(input);
    return this.unitOfWork.run(async () => {
      const customFields = await this.customFields.merge({}, requested.customFields, true);
      const person = PersonEntity.create(
        this.context.tenantId(),
        randomUUID(),
        { ...requested.details, customFields },
        new Date(),
      );
      await this.references.check(person, ['referredByPersonId', 'assignedOrganizerId']);
      await this.people.insert(person);
      await this.outbox.append(membershipEvents.personCreated, {
        personId: person.id,
        createdAt: person.createdAt.toISOString(),
      });
      return person;
    });
  }
}
