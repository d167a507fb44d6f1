import { Client } from 'pg';

/** A statement the service sent to Postgres, as sent. */
export interface CapturedStatement {
  sql: string;
  values: unknown[];
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
 * Records the SELECTs every pg client in this process sends while `during` runs: TypeORM's, the
 * pipelined `TenantReads`'. Transaction control and the tenant scope are left out.
 */
export async function captureSelects(during: () => Promise<unknown>): Promise<CapturedStatement[]> {
  const captured: CapturedStatement[] = [];
  const prototype = Client.prototype as unknown as { query: QueryFn };
  const original = prototype.query;
  prototype.query = function (this: Client, ...args: unknown[]) {
    const [first, second] = args;
    const config = typeof first === 'string' ? { text: first, values: second } : (first as { text?: string; values?: unknown });
    if (typeof config?.text === 'string' && /^\s*(WITH|SELECT)\b/i.test(config.text) && !config.text.includes('set_config(')) {
      captured.push({ sql: config.text, values: Array.isArray(config.values) ? config.values : [] });
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
 * EXPLAIN (ANALYZE, BUFFERS): once with the plan Postgres makes for these values, once with the
 * generic plan a prepared statement settles on after five executions. Rolled back afterwards.
 */
export async function explainAsRuntime(tenantId: string, statement: CapturedStatement): Promise<ExplainedStatement[]> {
  const client = new Client({ connectionString: process.env.APP_DATABASE_URL });
  await client.connect();
  try {
    const explained: ExplainedStatement[] = [];
    for (const mode of ['custom', 'generic'] as const) {
      await client.query('BEGIN READ ONLY');
      try {
        await client.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
        await client.query(`SET LOCAL plan_cache_mode = force_${mode}_plan`);
        await client.query(`PREPARE hot_read AS ${statement.sql}`);
        const parameters = statement.values.map((_, index) => `$${index + 1}`).join(', ');
        const result = await client.query<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>(
          `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) EXECUTE hot_read${parameters ? `(${parameters})` : ''}`,
          statement.values,
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
      }
    }
    return explained;
  } finally {
    await client.end();
  }
}

function scansOf(node: PlanNode): string[] {
  const own = node['Relation Name']
    ? [`${node['Node Type']} on ${node['Relation Name']}${node['Index Name'] ? ` (${node['Index Name']})` : ''}`]
    : [];
  return [...own, ...(node.Plans ?? []).flatMap(scansOf)];
}
