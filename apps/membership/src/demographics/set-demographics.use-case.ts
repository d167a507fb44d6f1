import { Injectable } from '@nestjs/common';
import { membershipEvents } from '@groundwork/contracts';
import { OutboxWriter, UnitOfWork } from '@groundwork/service-kit';
import type { MembershipRequest } from '../membership-rpc';
import { DEMOGRAPHIC_FIELDS, noAnswers, type PersonDemographics } from './person-demographics';
import { PersonDemographicsRepository } from './person-demographics.repository';
import { PersonErrors } from '../people/person.errors';
import { ActingMember, ADMIN_ROLES } from '../users/acting-member';

const PREFER_NOT_TO_SAY = 'PREFER_NOT_TO_SAY';

/**
 * Sets the answers the request names (null clears one), ADMIN and OWNER only. The event names the
 * dimensions that changed, never the answers.
 */
@Injectable()
export class SetDemographicsUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly acting: ActingMember,
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
      const userId = await this.acting.requireRole(
        ADMIN_ROLES,
        'demographics',
        'demographics are only for ADMIN and OWNER users',
      );
      const person = (await this.demographics.people([personId])).get(personId);
      if (!person) throw PersonErrors.notFound(personId);
      if (person.archived) throw PersonErrors.archived(personId);
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
    throw PersonErrors.invalidLanguage(`languages.${index}`);
  }
}
