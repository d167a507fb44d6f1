import { once } from 'node:events';
import { IMPORT_LIMITS } from '@groundwork/contracts';
import type { RequestContext, RpcClient } from '@groundwork/service-kit/client';
import type { Response } from 'express';

/**
 * Streams an import's rejected rows as CSV: `line,reason_code,reason` (line: the file line the row
 * starts on, the header being line 1, as everywhere rows are named), then the file's own columns with the
 * values as uploaded. Pages are fetched one at a time and written as the client reads them. Cells
 * that a spreadsheet would run as a formula are prefixed with `'`.
 */
export async function rejectedRowsCsv(
  rpc: RpcClient,
  context: RequestContext,
  id: string,
  response: Response,
): Promise<void> {
  let afterRow = 0;
  let started = false;
  for (;;) {
    const page = await rpc.request(
      'membership.import.rejected-rows',
      { id, afterRow, limit: IMPORT_LIMITS.maxRejectedPage },
      { context },
    );
    if (!started) {
      response.status(200);
      response.setHeader('Content-Type', 'text/csv; charset=utf-8');
      response.setHeader('Content-Disposition', `attachment; filename="import-${id}-rejected.csv"`);
      response.write(csvLine(['line', 'reason_code', 'reason', ...page.columns]));
      started = true;
    }
    let text = '';
    for (const row of page.rows)
      text += csvLine([String(row.line), row.reasonCode, row.reason, ...row.cells]);
    if (text && !response.write(text)) await once(response, 'drain');
    if (page.nextAfterRow === null) break;
    afterRow = page.nextAfterRow;
  }
  response.end();
}

function csvLine(cells: string[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
