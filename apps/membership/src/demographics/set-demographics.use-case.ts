import { Injectable } from '@nestjs/common';
import { membershipEvents } from '@groundwork/contracts';
import { DomainError, OutboxWriter, UnitOfWork } from '@groundwork/service-kit';
import type { MembershipRequest } from '../membership-rpc';
import { DemographicsAccess } from './demographics-access';
import { DEMOGRAPHIC_FIELDS, noAnswers, type PersonDemographics } from './person-demographics';
import { PersonDemographicsRepository } from './person-demographics.repository';

const PREFER_NOT_TO_SAY = 'PREFER_NOT_TO_SAY';

/**
 * Sets the answers the request names (null clears one), ADMIN and OWNER only. The event names the
 * dimensions that changed, never the answers.
 */
@Injectable()
export class SetDemographicsUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly access: DemographicsAccess,
    private readonly demographics: PersonDemographicsRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  execute({
    personId,
    ...requested
  }: MembershipRequest<'membership.demographics.set'>): Promise<PersonDemographics> {
    const languages = requested.languages?.map((tag, index) => canonicalLanguage(tag, index));
    const patch = { ...requested, ...(languages ? { languages: [...new Set(languages)] } : {}) };
    return this.unitOfWork.run(async () => {
      const userId = await this.access.requireAdmin();
      const person = (await this.demographics.people([personId])).get(personId);
      if (!person) throw DomainError.notFound('person', personId);
      if (person.archived) throw DomainError.conflict(`person ${personId} is archived and cannot be changed`);
      const [current = noAnswers(personId)] = await this.demographics.findByPersonIds([personId]);
      const next: PersonDemographics = { ...current };
      const changedFields = DEMOGRAPHIC_FIELDS.filter((field) => {
        const value = patch[field];
        if (value === undefined || JSON.stringify(value) === JSON.stringify(current[field])) return false;
        Object.assign(next, { [field]: value });
        return true;
      });
      if (changedFields.length === 0) return current;
      next.updatedAt = new Date();
      await this.demographics.upsert(next, userId);
      await this.outbox.append(membershipEvents.personDemographicsChanged, {
        personId,
        changedFields,
        updatedAt: next.updatedAt.toISOString(),
      });
      return next;
    });
  }
}

function canonicalLanguage(tag: string, index: number): string {
  if (tag === PREFER_NOT_TO_SAY) return tag;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? tag;
  } catch {
    throw DomainError.badInput(`languages.${index}`, 'must be a language tag like en or pt-BR');
  }
}
