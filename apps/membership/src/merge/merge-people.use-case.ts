import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { ActorType, duplicateEvents } from '@groundwork/contracts';
import { OutboxWriter, TenantContext, UnitOfWork, assertUnreachable } from '@groundwork/service-kit';
import { DuplicateCandidateRepository } from '../duplicates/duplicate-candidate.repository';
import type { MembershipRequest } from '../membership-rpc';
import { MergeErrors } from './merge.errors';
import { PersonMergeRepository, type MergeParties } from './person-merge.repository';
import { planPersonMerge } from './person-merge-plan';
import { PersonMergesRepository, type PersonMergeRow } from './person-merges.repository';
import { PERSON_REFERENCE_RULES, referenceKey, type MergeStep } from './person-reference-rules';
import { PersonReferenceCatalog } from './person-reference.catalog';

const MAX_TAGS = 50;

/**
 * Merges one person into another in one transaction: the kept person takes the merged-away person's
 * every record (each column that refers to people moves by its rule in PERSON_REFERENCE_RULES; a
 * column without a rule stops the merge), fills its empty fields from them, and the merged-away
 * person is deleted. The merge is recorded and `membership.person.merged` names the merged-away id.
 */
@Injectable()
export class MergePeopleUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly context: TenantContext,
    private readonly catalog: PersonReferenceCatalog,
    private readonly people: PersonMergeRepository,
    private readonly merges: PersonMergesRepository,
    private readonly candidates: DuplicateCandidateRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  execute(input: MembershipRequest<'membership.person.merge'>): Promise<PersonMergeRow> {
    return this.unitOfWork.run(async () => {
      const locked = await this.people.lockPeople([input.keptPersonId, input.mergedPersonId]);
      const kept = locked.find((person) => person.id === input.keptPersonId);
      const merged = locked.find((person) => person.id === input.mergedPersonId);
      if (!kept) throw MergeErrors.personNotFound('keptPersonId', input.keptPersonId);
      if (!merged) throw MergeErrors.personNotFound('mergedPersonId', input.mergedPersonId);
      if (kept.archived_at) throw MergeErrors.keptArchived();
      if (input.fieldsFromMerged.includes('STATUS') && merged.archived_at)
        throw MergeErrors.archivedStatusChosen();

      const plan = planPersonMerge(kept, merged, input.fieldsFromMerged, {
        keptEmails: await this.people.extraEmails(kept.id),
        mergedEmails: await this.people.extraEmails(merged.id),
        keptPhones: await this.people.extraPhones(kept.id),
        mergedPhones: await this.people.extraPhones(merged.id),
      });
      if (plan.tags.length > MAX_TAGS) throw MergeErrors.tooManyTags(plan.tags.length);

      const parties: MergeParties = { from: merged.id, to: kept.id };
      const columns = await this.catalog.checkedColumns();
      await this.people.releaseUniqueValues(merged.id);
      const steps = new Set<MergeStep>();
      for (const column of columns) {
        const rule = PERSON_REFERENCE_RULES[referenceKey(column)]!.merge;
        switch (rule.kind) {
          case 'move':
            await this.people.move(column.table, column.column, parties);
            break;
          case 'move-unless-duplicate':
            await this.people.moveUnlessDuplicate(column.table, column.column, rule.key, rule.where, parties);
            break;
          case 'step':
            steps.add(rule.step);
            break;
          case 'keep':
            break;
          default:
            assertUnreachable(rule);
        }
      }
      const mergedBy = this.actorId();
      for (const step of steps) await this.runStep(step, parties, mergedBy);

      await this.people.deletePerson(merged.id);
      await this.people.updateKept(kept.id, plan.columns);
      await this.people.addContacts(
        kept.id,
        plan.emails.filter((email) => email !== plan.columns.email),
        plan.phones.filter((phone) => phone.phone !== plan.columns.phone),
      );
      if (plan.columns.status !== kept.status) {
        await this.people.recordStatusChange(kept.id, kept.status, plan.columns.status, this.userId());
      }
      if (steps.has('search-terms')) await this.people.refreshSearchTerms(kept.id);

      const record = await this.merges.record({
        id: randomUUID(),
        kept_person_id: kept.id,
        merged_person_id: merged.id,
        fields_from_merged: plan.fieldsFromMerged,
        fields_filled: plan.fieldsFilled,
        merged_by: mergedBy,
      });
      await this.outbox.append(duplicateEvents.personMerged, {
        personId: kept.id,
        keptPersonId: kept.id,
        mergedPersonId: merged.id,
        mergeId: record.id,
        mergedPersonCreatedAt: merged.created_at.toISOString(),
        mergedPersonArchivedAt: merged.archived_at?.toISOString() ?? null,
        mergedAt: record.merged_at.toISOString(),
      });
      return record;
    });
  }

  private async runStep(step: MergeStep, parties: MergeParties, mergedBy: string | null): Promise<void> {
    switch (step) {
      case 'contacts':
        return this.people.clearContacts(parties);
      case 'demographics':
        return this.people.mergeDemographics(parties);
      case 'relationships':
        return this.people.mergeRelationships(parties);
      case 'level':
        return this.people.mergeLevel(parties);
      case 'history':
        return this.people.mergeHistory(parties);
      case 'consent':
        return this.people.mergeConsent(parties);
      case 'referrals':
        return this.people.mergeReferrals(parties);
      case 'search-terms':
        return; // after the kept person is written
      case 'candidates':
        return this.candidates.recordMerge(parties.to, parties.from, mergedBy);
      default:
        return assertUnreachable(step);
    }
  }

  private actorId(): string | null {
    return this.context.actor()?.id ?? null;
  }

  /** The acting user, for columns that hold user ids. */
  private userId(): string | null {
    const actor = this.context.actor();
    return actor?.type === ActorType.USER ? actor.id : null;
  }
}
