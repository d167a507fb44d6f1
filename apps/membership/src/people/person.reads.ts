import { Injectable } from '@nestjs/common';
import { TenantContext, TenantReads } from '@groundwork/service-kit';
import { DataSource } from 'typeorm';
import { peopleByIds, peoplePage, personRows, type PeopleQuery } from './person-queries';
import type { PersonEntity } from './person.entity';

export interface PeopleSlice {
  rows: PersonEntity[];
  hasMore: boolean;
  /** Size of the filtered set, regardless of the cursor. */
  totalCount: number;
}

/**
 * The hot reads of people (DataLoaders' get-many, list pages), each in one round trip to Postgres
 * through `TenantReads`, outside any unit of work.
 */
@Injectable()
export class PersonReads {
  constructor(
    private readonly reads: TenantReads,
    private readonly dataSource: DataSource,
    private readonly context: TenantContext,
  ) {}

  async byIds(ids: string[]): Promise<PersonEntity[]> {
    const statement = peopleByIds(this.dataSource.manager, this.context.tenantId(), ids);
    return personRows.hydrate(this.dataSource.manager, await this.reads.rows(statement));
  }

  async page(query: PeopleQuery): Promise<PeopleSlice> {
    const { count, page } = peoplePage(this.dataSource.manager, this.context.tenantId(), query);
    const [countRows, pageRows] = await this.reads.all([count, page]);
    const rows = personRows.hydrate(this.dataSource.manager, pageRows ?? []);
    return {
      rows: rows.slice(0, query.limit),
      hasMore: rows.length > query.limit,
      totalCount: (countRows?.[0] as { count: number } | undefined)?.count ?? 0,
    };
  }
}
