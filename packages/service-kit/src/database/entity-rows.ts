import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Plain-SQL reads of one entity for hot paths. TypeORM's query builder and result transformer cost
 * about 200 µs per query on this hardware, several times the query itself; this keeps TypeORM's
 * column mapping (read once from its metadata) and skips the rest. Columns with value transformers
 * are refused, since their values would reach the entity untransformed.
 */
export class EntityRows<T extends ObjectLiteral> {
  private mapping?: {
    table: string;
    columns: Array<[column: string, property: string]>;
    selectLists: Map<string, string>;
    create: () => T;
  };

  constructor(private readonly target: EntityTarget<T>) {}

  /** `schema.table`, quoted. */
  table(manager: EntityManager): string {
    return this.describe(manager).table;
  }

  /** `"column" AS "property", …` for every mapped column, each prefixed with `alias.` when given. */
  selectList(manager: EntityManager, alias?: string): string {
    const { columns, selectLists } = this.describe(manager);
    const key = alias ?? '';
    let list = selectLists.get(key);
    if (list === undefined) {
      const prefix = alias ? `${alias}.` : '';
      list = columns.map(([column, property]) => `${prefix}"${column}" AS "${property}"`).join(', ');
      selectLists.set(key, list);
    }
    return list;
  }

  /** Runs `sql` (which selects {@link selectList}) and returns entities. */
  async query(manager: EntityManager, sql: string, parameters: unknown[]): Promise<T[]> {
    return this.hydrate(manager, await manager.query(sql, parameters));
  }

  /** Entities from rows that selected {@link selectList}, e.g. read through `TenantReads`. */
  hydrate(manager: EntityManager, rows: ObjectLiteral[]): T[] {
    const { create } = this.describe(manager);
    return rows.map((row) => Object.assign(create(), row));
  }

  private describe(manager: EntityManager) {
    if (this.mapping) return this.mapping;
    const metadata = manager.connection.getMetadata(this.target);
    const columns = metadata.columns.map((column): [string, string] => {
      if (column.transformer) {
        throw new Error(`EntityRows: ${metadata.name}.${column.propertyName} has a transformer`);
      }
      return [column.databaseName, column.propertyPath];
    });
    const table = metadata.tablePath
      .split('.')
      .map((part) => `"${part}"`)
      .join('.');
    const entityClass = metadata.target;
    if (typeof entityClass !== 'function') throw new Error(`EntityRows: ${metadata.name} is not a class`);
    const Entity = entityClass as new () => T;
    this.mapping = { table, columns, selectLists: new Map(), create: () => new Entity() };
    return this.mapping;
  }
}
