import { Client } from 'pg';

/** A statement the service sent to Postgres, as sent. */
export interface CapturedStatement {
  sql: string;
  values: unknown[];
  /** Sent as a named prepared statement, so Postgres may settle on a generic plan for it. */
  prepared: boolean;
}

/** One node of an `EXPLAIN (FORMAT JSON)` plan. */
export interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Shared Hit Blocks'?: number;
  'Shared Read Blocks'?: number;
  Plans?: PlanNode[];
}

export interface ExplainedStatement extends CapturedStatement {
  mode: 'generic' | 'custom';
  plan: PlanNode;
  /** Shared buffers the statement touched (hit or read), from EXPLAIN (ANALYZE, BUFFERS). */
  buffers: number;
  /** `Node Type on relation (index)` for every node that reads a table. */
  scans: string[];
}

type QueryFn = (...args: unknown[]) => unknown;

/**
 * Records the SELECTs every pg client in this process sends while `during` runs (TypeORM's, the
 * pipelined `TenantReads`') that name `tenantId` among their values, as every tenant read does; so
 * background work (the import runner, the outbox relay) is left out, and so are transaction control,
 * the tenant scope and locking reads.
 */
export async function captureSelects(
  tenantId: string,
  during: () => Promise<unknown>,
): Promise<CapturedStatement[]> {
  const captured: CapturedStatement[] = [];
  const prototype = Client.prototype as unknown as { query: QueryFn };
  const original = prototype.query;
  prototype.query = function (this: Client, ...args: unknown[]) {
    const [first, second] = args;
    const config =
      typeof first === 'string'
        ? { text: first, values: second }
        : (first as { text?: string; values?: unknown; name?: string });
    const values = Array.isArray(config?.values) ? (config.values as unknown[]) : [];
    if (
      typeof config?.text === 'string' &&
      /^\s*(WITH|SELECT)\b/i.test(config.text) &&
      !/set_config\(|FOR UPDATE/i.test(config.text) &&
      values.includes(tenantId)
    ) {
      captured.push({ sql: config.text, values, prepared: 'name' in config && Boolean(config.name) });
    }
    return original.apply(this, args);
  };
  try {
    await during();
  } finally {
    prototype.query = original;
  }
  return captured;
}

/**
 * Plans and runs `statement` as the runtime role inside the tenant's scope, as services do, with
 * EXPLAIN (ANALYZE, BUFFERS): with the plan Postgres makes for these values and, for a prepared
 * statement, also with the generic plan it may settle on after five executions. Rolled back.
 */
export async function explainAsRuntime(
  tenantId: string,
  statement: CapturedStatement,
): Promise<ExplainedStatement[]> {
  const client = new Client({ connectionString: process.env.MEMBERSHIP_DATABASE_URL });
  await client.connect();
  try {
    const explained: ExplainedStatement[] = [];
    for (const mode of statement.prepared ? (['custom', 'generic'] as const) : (['custom'] as const)) {
      await client.query('BEGIN READ ONLY');
      try {
        await client.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
        await client.query(`SET LOCAL plan_cache_mode = force_${mode}_plan`);
        await client.query(`PREPARE hot_read AS ${statement.sql}`);
        // EXECUTE takes its parameters as expressions, not bound values: they go as quoted literals.
        const parameters = statement.values.map((value) => literal(client, value)).join(', ');
        const result = await client.query<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>(
          `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) EXECUTE hot_read${parameters ? `(${parameters})` : ''}`,
        );
        const plan = result.rows[0]!['QUERY PLAN'][0]!.Plan;
        explained.push({
          ...statement,
          mode,
          plan,
          buffers: (plan['Shared Hit Blocks'] ?? 0) + (plan['Shared Read Blocks'] ?? 0),
          scans: scansOf(plan),
        });
      } finally {
        await client.query('ROLLBACK');
        await client.query('DEALLOCATE ALL');
      }
    }
    return explained;
  } finally {
    await client.end();
  }
}

/** A bound value as the SQL literal of its text form, the way pg sends it. */
function literal(client: Client, value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (Array.isArray(value)) {
    const elements = value.map((element: unknown) =>
      element === null ? 'NULL' : `"${text(element).replace(/[\\"]/g, (character) => `\\${character}`)}"`,
    );
    return client.escapeLiteral(`{${elements.join(',')}}`);
  }
  return client.escapeLiteral(text(value));
}

function text(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    typeof value === 'bigint'
  ) {
    return String(value);
  }
  return JSON.stringify(value);
}

function scansOf(node: PlanNode): string[] {
  const index = node['Index Name'] ? ` (${node['Index Name']})` : '';
  // A Bitmap Index Scan names its index but not its table (the Bitmap Heap Scan above it does).
  const own = node['Relation Name']
    ? [`${node['Node Type']} on ${node['Relation Name']}${index}`]
    : index
      ? [`${node['Node Type']}${index}`]
      : [];
  return [...own, ...(node.Plans ?? []).flatMap(scansOf)];
}
