import type { INestApplicationContext } from '@nestjs/common';
import { DataSource, type EntitySchema, type QueryRunner } from 'typeorm';

export interface SchemaDriftOptions {
  /** A migrated database, as its owner (TypeORM reads the catalog). */
  url: string;
  schema: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: Array<Function | EntitySchema>;
}

/** The entities of a booted service's DataSource, as `schemaDrift` takes them. */
export function serviceEntities(app: INestApplicationContext): SchemaDriftOptions['entities'] {
  const { entities = [] } = app.get(DataSource).options;
  // Services list their entity classes; glob paths (strings) are not used here.
  return (Array.isArray(entities) ? entities : Object.values(entities)).filter(
    (entity): entity is SchemaDriftOptions['entities'][number] => typeof entity !== 'string',
  );
}

/**
 * The statements TypeORM would run to make the migrated schema match the service's entities: empty
 * when the committed migrations produce exactly what the code expects. Nothing is executed.
 *
 * Entities map what the code reads and writes through TypeORM; repositories use hand-written SQL, so
 * the database rightly holds more than entities declare. Left out, because they are not drift:
 * dropping an index (other than a primary key), a foreign key, check, unique or exclusion constraint,
 * and a generated column no entity maps (kept by the database, read only by SQL). Everything else (a
 * table, column, type, nullability, default or primary key that differs) is drift.
 *
 * TypeORM reads the expression of generated columns from its own `typeorm_metadata` table, which only
 * exists when TypeORM created the columns itself; our migrations are written by hand, so that one
 * lookup is answered with the entity's own expression (whether a column is generated is still
 * compared, its expression text is not).
 */
export async function schemaDrift(options: SchemaDriftOptions): Promise<string[]> {
  const dataSource = new DataSource({
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    entities: options.entities,
    synchronize: false,
    applicationName: `${options.schema}-schema-drift`,
  });
  await dataSource.initialize();
  try {
    const createQueryRunner = dataSource.createQueryRunner.bind(dataSource);
    dataSource.createQueryRunner = (...args: Parameters<DataSource['createQueryRunner']>) =>
      answerGeneratedExpressions(dataSource, createQueryRunner(...args));
    const log = await dataSource.driver.createSchemaBuilder().log();
    const beyondEntities = await databaseOnlyObjects(dataSource, options.schema);
    return log.upQueries.map((query) => query.query).filter((statement) => !beyondEntities(statement));
  } finally {
    await dataSource.destroy();
  }
}

function answerGeneratedExpressions(dataSource: DataSource, runner: QueryRunner): QueryRunner {
  const query = runner.query.bind(runner);
  runner.query = ((sql: string, parameters?: unknown[], useStructuredResult?: boolean) => {
    if (/FROM "[^"]+"\."typeorm_metadata"/.test(sql) && parameters?.[0] === 'GENERATED_COLUMN') {
      const [, column, , , table] = parameters as string[];
      const metadata = dataSource.entityMetadatas.find((entity) => entity.tableName === table);
      const expression = metadata?.columns.find(
        (candidate) => candidate.databaseName === column,
      )?.asExpression;
      return Promise.resolve(expression === undefined ? [] : [{ value: expression }]);
    }
    return query(sql, parameters, useStructuredResult as true);
  }) as QueryRunner['query'];
  return runner;
}

/** Whether a statement TypeORM proposes only removes something the database may hold beyond the entities. */
async function databaseOnlyObjects(
  dataSource: DataSource,
  schema: string,
): Promise<(statement: string) => boolean> {
  const constraints: Array<{ name: string }> = await dataSource.query(
    `SELECT c.conname AS name FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
      WHERE n.nspname = $1 AND c.contype IN ('f', 'c', 'u', 'x')`,
    [schema],
  );
  const indexes: Array<{ name: string }> = await dataSource.query(
    `SELECT i.relname AS name FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_namespace n ON n.oid = i.relnamespace
      WHERE n.nspname = $1 AND NOT x.indisprimary`,
    [schema],
  );
  const generated: Array<{ table: string; column: string }> = await dataSource.query(
    `SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns
      WHERE table_schema = $1 AND is_generated = 'ALWAYS'`,
    [schema],
  );
  const allowed = new Set([
    ...constraints.map(({ name }) => `DROP CONSTRAINT "${name}"`),
    ...indexes.map(({ name }) => `DROP INDEX "${schema}"."${name}"`),
    ...generated.map(({ table, column }) => `ALTER TABLE "${schema}"."${table}" DROP COLUMN "${column}"`),
  ]);
  return (statement) =>
    allowed.has(statement) ||
    allowed.has(statement.replace(/^ALTER TABLE "[^"]+"\."[^"]+" /, '')) ||
    /^DELETE FROM "[^"]+"\."typeorm_metadata"/.test(statement);
}
