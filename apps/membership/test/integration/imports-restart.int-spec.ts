import type { INestApplication } from '@nestjs/common';

import { RawRpc, TenantSql, deleteNamespaceStreams, eventually } from '@groundwork/testing';
import { signUp, type Member } from '../support/accounts-fixtures';
import { startMembership } from '../support/membership-harness';

process.env.IMPORT_CHUNK_ROWS = '10';
process.env.IMPORT_POLL_SECONDS = '1';

const ROWS = 300;

/** Names refuse digits: 0 → a, 1 → b… */
const letters = (value: number) =>
  String(value)
    .split('')
    .map((digit) => String.fromCharCode(97 + Number(digit)))
    .join('');

describe('an import across a service restart', () => {
  let app: INestApplication | undefined;
  let rpc: RawRpc;
  let sql: TenantSql;
  let coalition: Member;

  beforeAll(async () => {
    app = await startMembership();
    rpc = await RawRpc.connect();
    sql = new TenantSql();
    coalition = await signUp(rpc, 'Restart');
  });

  afterAll(async () => {
    await app?.close();
    await deleteNamespaceStreams(rpc.connection, process.env.NATS_NAMESPACE!);
    await rpc.close();
    await sql.close();
  });

  const get = (id: string) => rpc.ok('membership.import.get', { id }, coalition.as);

  it('resumes from the last committed chunk when the service is closed mid-import and booted again', async () => {
    const job = await rpc.ok(
      'membership.import.begin-upload',
      { fileName: 'big.csv', delimiter: ',', columns: ['first_name', 'last_name', 'email'] },
      coalition.as,
    );
    for (let start = 0; start < ROWS; start += 100) {
      await rpc.ok(
        'membership.import.append-rows',
        {
          importId: job.id,
          rows: Array.from({ length: 100 }, (_, index) => ({
            rowNumber: start + index + 1,
            line: start + index + 2,
            cells: ['Person', `Number${letters(start + index)}`, `p${start + index}@example.org`],
            problem: null,
          })),
        },
        coalition.as,
      );
    }
    await rpc.ok(
      'membership.import.finish-upload',
      { importId: job.id, rowCount: ROWS, byteCount: 1, failure: null },
      coalition.as,
    );
    await rpc.ok(
      'membership.import.start',
      {
        importId: job.id,
        mapping: [
          { column: 'first_name', field: 'firstName' },
          { column: 'last_name', field: 'lastName' },
          { column: 'email', field: 'email' },
        ],
        matchOn: 'EMAIL',
        onMatch: 'SKIP',
      },
      coalition.as,
    );
    await eventually(
      async () => {
        const current = await get(job.id);
        if (current?.status !== 'IMPORTING' || current.progress.rowsDone === 0)
          throw new Error(`not importing yet: ${current?.status}`);
      },
      20_000,
      10,
    );

    await app!.close();
    app = undefined;
    const [stopped] = await sql.query<{
      status: string;
      rows_imported: number;
      runner_id: string | null;
      people: number;
    }>(
      coalition.tenantId,
      `SELECT status, rows_imported, runner_id, (SELECT count(*)::int FROM membership.people) AS people
         FROM membership.import_jobs WHERE id = $1`,
      [job.id],
    );
    expect(stopped).toMatchObject({ status: 'IMPORTING', runner_id: null });
    expect(stopped!.rows_imported).toBeLessThan(ROWS);
    // Exactly the committed chunks are in: no half chunk.
    expect(stopped!.people).toBe(stopped!.rows_imported);

    app = await startMembership();
    const done = await eventually(async () => {
      const current = await get(job.id);
      if (current?.status !== 'COMPLETED') throw new Error(`still ${current?.status}`);
      return current;
    }, 30_000);
    expect(done.counts).toEqual({ created: ROWS, updated: 0, unchanged: 0, rejected: 0, merged: 0 });
    const [count] = await sql.query<{ n: number; emails: number }>(
      coalition.tenantId,
      `SELECT count(*)::int AS n, count(DISTINCT email)::int AS emails FROM membership.people`,
    );
    expect(count).toEqual({ n: ROWS, emails: ROWS });
  });
});
