import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { membershipEvents } from '@groundwork/contracts';
import { OutboxWriter, TenantContext, UnitOfWork } from '@groundwork/service-kit';
import { PersonDetailsNormalizer, type CreatePersonInput } from './person-details.normalizer';
import { PersonEntity } from './person.entity';
import { PersonRepository } from './person.repository';

@Injectable()
export class CreatePersonUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly context: TenantContext,
    private readonly people: PersonRepository,
    private readonly normalizer: PersonDetailsNormalizer,
    private readonly outbox: OutboxWriter,
  ) {}

  execute(input: CreatePersonInput): Promise<PersonEntity> {
    const details = this.normalizer.forCreate(input);
    return this.unitOfWork.run(async () => {
      const person = PersonEntity.create(this.context.tenantId(), randomUUID(), details, new Date());
      await this.people.insert(person);
      await this.outbox.append(membershipEvents.personCreated, {
        personId: person.id,
        createdAt: person.createdAt.toISOString(),
      });
      return person;
    });
  }
}
