import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type { EntityManager } from 'typeorm';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/** A value in COPY's text format: `\N` for null, backslash escapes for the separators. */
function copyText(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.replace(/[\\\n\r\t]/g, (character) => COPY_ESCAPES[character]!);
}

const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** How many encoded rows go to the socket per write; keeps the stream's buffer small. */
const ROWS_PER_WRITE = 500;

/**
 * COPYs `rows` into `table` over the connection of the current transaction. Used for temporary
 * tables only: Postgres refuses COPY FROM into a table with row-level security, so rows are COPYed
 * into a temporary table and moved on with INSERT … SELECT under the policies.
 */
export async function copyRows(
  manager: EntityManager,
  table: string,
  columns: string[],
  rows: unknown[][],
): Promise<void> {
  const runner = manager.queryRunner;
  if (!runner) throw new Error('copyRows needs the query runner of an open transaction');
  const client = (await runner.connect()) as PoolClient;
  const stream = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
  await pipeline(Readable.from(encode(rows)), stream);
}

function* encode(rows: unknown[][]): Generator<string> {
  for (let start = 0; start < rows.length; start += ROWS_PER_WRITE) {
    let text = '';
    for (const row of rows.slice(start, start + ROWS_PER_WRITE)) text += `${row.map(copyText).join('\t')}\n`;
    yield text;
  }
}
