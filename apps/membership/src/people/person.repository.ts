import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { TableStatistics, TenantContext } from '@groundwork/service-kit';
import type { Repository } from 'typeorm';
import { isUniqueViolation } from '../database/unique-violation';
import { peopleByIds, personRows } from './person-queries';
import { PersonEntity } from './person.entity';
import { PersonErrors } from './person.errors';

/** Unique among a coalition's people who are not archived; see the people migration. */
const EMAIL_UNIQUE_INDEX = 'people_email_unique';
/** Unique within a coalition when set; see the person profile migration. */
const EXTERNAL_ID_UNIQUE_INDEX = 'people_external_id_unique';

/**
 * People of the tenant in context, inside the current unit of work (reads outside one go through
 * `PersonReads`). Every query names the tenant although row-level security already restricts to it.
 */
@Injectable()
export class PersonRepository {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: TenantContext,
    private readonly statistics: TableStatistics,
  ) {}

  /**
   * Also asks for fresh statistics: one at a time, people add up, and plans made when the coalition
   * was empty walk all of it (the refresh runs only once enough rows changed).
   */
  async insert(person: PersonEntity): Promise<void> {
    await this.people()
      .insert(person)
      .catch((error: unknown) => rethrow(error));
    this.statistics.afterCommit(['people', 'person_search_terms'], { rows: 1 });
  }

  /** Reads a person and locks the row until the unit of work ends, so concurrent changes queue up. */
  findForUpdate(id: string): Promise<PersonEntity | null> {
    return this.people().findOne({
      where: { tenantId: this.context.tenantId(), id },
      lock: { mode: 'pessimistic_write' },
    });
  }

  async findByIds(ids: string[]): Promise<PersonEntity[]> {
    const tx = this.txHost.tx;
    const { sql, values } = peopleByIds(tx, this.context.tenantId(), ids);
    return personRows.hydrate(tx, await tx.query(sql, values));
  }

  async save(person: PersonEntity): Promise<void> {
    const { tenantId, id, ...changes } = person;
    await this.people()
      .update({ tenantId, id }, changes)
      .catch((error: unknown) => rethrow(error));
  }

  private people(): Repository<PersonEntity> {
    return this.txHost.tx.getRepository(PersonEntity);
  }
}

function rethrow(error: unknown): never {
  if (isUniqueViolation(error, EMAIL_UNIQUE_INDEX)) throw PersonErrors.emailTaken();
  if (isUniqueViolation(error, EXTERNAL_ID_UNIQUE_INDEX)) throw PersonErrors.externalIdTaken();
  throw error;
}
