import { Injectable } from '@nestjs/common';
import type { PersonDataDto } from '@groundwork/contracts';
import { UnitOfWork } from '@groundwork/service-kit';
import { PersonReferenceCatalog } from '../merge/person-reference.catalog';
import { PersonDataRepository } from './person-data.repository';
import { PersonErrors } from '../people/person.errors';
import { ActingMember, ADMIN_ROLES } from '../users/acting-member';

/**
 * Everything membership holds about one person (ADMIN and OWNER only), for a data-subject access
 * request: the people row, and for every table that refers to people (found in the catalog, so a
 * table added later is included without a change here) its rows about them. Every such table is
 * listed, empty ones too, so the answer shows what was looked at. People this person referred are
 * listed under `people.referred_by_person_id` by id only.
 */
@Injectable()
export class GetPersonDataUseCase {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly acting: ActingMember,
    private readonly catalog: PersonReferenceCatalog,
    private readonly data: PersonDataRepository,
  ) {}

  execute(personId: string): Promise<PersonDataDto> {
    return this.unitOfWork.run(async () => {
      await this.acting.requireRole(
        ADMIN_ROLES,
        'a person’s complete data',
        'a person’s complete data is only for ADMIN and OWNER users',
      );
      const person = await this.data.person(personId);
      if (!person) throw PersonErrors.notFound(personId);
      const tables: Record<string, Array<Record<string, unknown>>> = {};
      for (const column of await this.catalog.checkedColumns()) {
        const key = column.table === 'people' ? `people.${column.column}` : column.table;
        const seen = new Set((tables[key] ?? []).map((row) => JSON.stringify(row)));
        const rows = (await this.data.rows(column, personId)).filter((row) => !seen.has(JSON.stringify(row)));
        tables[key] = [...(tables[key] ?? []), ...rows];
      }
      return { personId, exportedAt: new Date().toISOString(), person, tables };
    });
  }
}
