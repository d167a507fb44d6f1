import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { TenantContext } from '@groundwork/service-kit';
import { In, type Repository } from 'typeorm';
import { isUniqueViolation } from '../database/unique-violation';
import type { PersonCursor } from './person-cursor';
import { PersonEntity } from './person.entity';
import { PersonErrors } from './person.errors';

export interface PeopleQuery {
  /** Rows to return; the repository reads one more to learn whether another page follows. */
  limit: number;
  after?: PersonCursor;
  /** Matched case-insensitively anywhere in first name, last name or email. */
  search?: string;
  includeArchived: boolean;
}

export interface PeopleSlice {
  rows: PersonEntity[];
  hasMore: boolean;
  /** Size of the filtered set, regardless of the cursor. */
  totalCount: number;
}

/** Unique among a coalition's people who are not archived; see the people migration. */
const EMAIL_UNIQUE_INDEX = 'people_email_unique';

/**
 * People of the tenant in context, inside the current unit of work. Every query names the tenant
 * although row-level security already restricts to it: it keeps the leading `tenant_id` of each
 * index in play and routes to one shard once tables are distributed by tenant.
 */
@Injectable()
export class PersonRepository {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly context: TenantContext,
  ) {}

  async insert(person: PersonEntity): Promise<void> {
    await this.people()
      .insert(person)
      .catch((error: unknown) => rethrow(error));
  }

  /** Reads a person and locks the row until the unit of work ends, so concurrent changes queue up. */
  findForUpdate(id: string): Promise<PersonEntity | null> {
    return this.people().findOne({
      where: { tenantId: this.context.tenantId(), id },
      lock: { mode: 'pessimistic_write' },
    });
  }

  findByIds(ids: string[]): Promise<PersonEntity[]> {
    return this.people().findBy({ tenantId: this.context.tenantId(), id: In(ids) });
  }

  async save(person: PersonEntity): Promise<void> {
    const { tenantId, id, ...changes } = person;
    await this.people()
      .update({ tenantId, id }, changes)
      .catch((error: unknown) => rethrow(error));
  }

  /** One page in list order (newest first), using the `people_keyset` index. */
  async page(query: PeopleQuery): Promise<PeopleSlice> {
    const filtered = this.people().createQueryBuilder('person').where('person.tenant_id = :tenantId', {
      tenantId: this.context.tenantId(),
    });
    if (!query.includeArchived) filtered.andWhere('person.archived_at IS NULL');
    if (query.search) {
      filtered.andWhere(`person.search_text ILIKE :pattern ESCAPE '\\'`, {
        pattern: `%${escapeLike(query.search)}%`,
      });
    }

    const count = await filtered.clone().select('count(*)::int', 'count').getRawOne<{ count: number }>();
    const paged = filtered.clone();
    if (query.after) {
      paged.andWhere('(person.created_at, person.id) < (:afterCreatedAt, :afterId)', {
        afterCreatedAt: query.after.createdAt,
        afterId: query.after.id,
      });
    }
    const rows = await paged
      .orderBy('person.created_at', 'DESC')
      .addOrderBy('person.id', 'DESC')
      .limit(query.limit + 1)
      .getMany();
    return {
      rows: rows.slice(0, query.limit),
      hasMore: rows.length > query.limit,
      totalCount: count?.count ?? 0,
    };
  }

  private people(): Repository<PersonEntity> {
    return this.txHost.tx.getRepository(PersonEntity);
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

function rethrow(error: unknown): never {
  throw isUniqueViolation(error, EMAIL_UNIQUE_INDEX) ? PersonErrors.emailTaken() : error;
}
