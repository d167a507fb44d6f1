import { Injectable } from '@nestjs/common';
import { duplicateEvents } from '@groundwork/contracts';
import { OutboxWriter, UnitOfWork, assertUnreachable } from '@groundwork/service-kit';
import { PERSON_REFERENCE_RULES, referenceKey, type EraseStep } from '../merge/person-reference-rules';
import { PersonReferenceCatalog } from '../merge/person-reference.catalog';
import { PersonErasureRepository, type PersonErasureRow } from './person-erasure.repository';
import { PersonErrors } from '../people/person.errors';
import { ActingMember, ADMIN_ROLES } from '../users/acting-member';

/**
 * Erases a person (ADMIN and OWNER only): the people row and every row about them go, table by table
 * as PERSON_REFERENCE_RULES says (a column without a rule stops the erasure), including import
 * staging copies of their values. What is left is anonymous: `person_erasures` (id and dates, for
 * counts and for resolving the id), the audit log (ids only), and rows of other people that named
 * them lose the reference. `membership.person.erased` tells other services to erase theirs.
 * Erasing an erased person returns the same record and emits nothing.
 */
@Injectable()
export class ErasePersonUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly acting: ActingMember,
    private readonly catalog: PersonReferenceCatalog,
    private readonly erasures: PersonErasureRepository,
    private readonly outbox: OutboxWriter,
  ) {}

  execute(personId: string): Promise<PersonErasureRow> {
    return this.unitOfWork.run(async () => {
      const userId = await this.acting.requireRole(
        ADMIN_ROLES,
        'erasing a person',
        'erasing a person is only for ADMIN and OWNER users',
      );
      const person = await this.erasures.lock(personId);
      if (!person) {
        const earlier = await this.erasures.findErasure(personId);
        if (earlier) return earlier;
        throw PersonErrors.notFound(personId);
      }
      const steps = new Set<EraseStep>();
      for (const column of await this.catalog.checkedColumns()) {
        const rule = PERSON_REFERENCE_RULES[referenceKey(column)]!.erase;
        switch (rule.kind) {
          case 'delete':
            await this.erasures.deleteRows(column.table, column.column, person.id);
            break;
          case 'step':
            steps.add(rule.step);
            break;
          case 'cascade':
          case 'set-null':
          case 'keep':
            break;
          default:
            assertUnreachable(rule);
        }
      }
      if (steps.has('history')) await this.erasures.eraseHistory(person.id);
      if (steps.has('consent')) await this.erasures.eraseConsent(person.id);
      await this.erasures.eraseImportCopies(person);
      await this.erasures.deletePerson(person.id);
      const erasure = await this.erasures.record(person, userId);
      await this.outbox.append(duplicateEvents.personErased, {
        personId: person.id,
        archivedAt: person.archived_at?.toISOString() ?? null,
        erasedAt: erasure.erased_at.toISOString(),
      });
      return erasure;
    });
  }
}
