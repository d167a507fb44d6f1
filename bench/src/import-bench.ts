/**
 * Import benchmark (issue 3, §7): a CSV of N people imported end to end through the gateway
 * (`POST /api/imports` streaming the file, `startImport`, polling `importJob` until COMPLETED), beside a
 * raw COPY of the same file into the same table (membership.people, as a superuser, which bypasses
 * row-level security) in the same run. Budget: end to end ≥ 0.5× the COPY's rows per second. A second
 * run of a bigger file samples the resident memory of gateway and membership (budget: peak under 300 MB).
 *
 * Standalone: `node bench/dist/import-bench.js` with the `npm run bench` environment
 * (APP_DATABASE_URL, OWNER_DATABASE_URL, DATABASE_URL on a database named *bench*), and
 * BENCH_IMPORT_ROWS (200000), BENCH_IMPORT_BIG_ROWS (1000000; 0 skips it).
 */
import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, readFileSync } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Pool } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { loadBenchEnv, type BenchEnv } from './env';
import { signUpCoalition, type Coalition } from './fixtures';
import { GraphQLClient } from './graphql-client';
import { startBenchPlatform, type BenchPlatform } from './platform';

export interface ImportRun {
  rows: number;
  bytes: number;
  /** Upload (parse + stage) seconds, then start → COMPLETED seconds. */
  uploadSeconds: number;
  importSeconds: number;
  totalSeconds: number;
  rowsPerSecond: number;
  /** Highest resident set seen while it ran, sampled every 100 ms, in MB. */
  peakRssMb: { gateway: number; membership: number; total: number };
}

export interface CopyRun {
  rows: number;
  seconds: number;
  rowsPerSecond: number;
}

export interface ImportBenchReport {
  main: { copy: CopyRun; import: ImportRun; ratio: number } | null;
  big: ImportRun | null;
  problems: string[];
}

export const ImportBudget = { minCopyRatio: 0.5, maxPeakRssMb: 300 } as const;

const HEADER = 'first_name,last_name,email,phone,postal_code';
const log = (message: string) =>
  process.stderr.write(`[bench import ${new Date().toISOString().slice(11, 19)}] ${message}\n`);

/** Names refuse digits: 0 → a … 9 → j. */
function letters(value: number): string {
  let text = '';
  for (const digit of String(value)) text += String.fromCharCode(97 + Number(digit));
  return text;
}

/** A CSV of `rows` distinct people (E.164 phones, so the raw COPY passes the table's checks too). */
export async function writePeopleCsv(path: string, rows: number): Promise<number> {
  const out = createWriteStream(path);
  await pipeline(
    Readable.from(
      (function* () {
        yield `${HEADER}\n`;
        for (let start = 0; start < rows; start += 5000) {
          let text = '';
          for (let index = start; index < Math.min(rows, start + 5000); index += 1) {
            const phone = `+1415555${String(1000 + (index % 9000)).padStart(4, '0')}`;
            text += `Member,${letters(index)},member${index}@example.org,${phone},${10000 + (index % 90000)}\n`;
          }
          yield text;
        }
      })(),
    ),
    out,
  );
  return (await stat(path)).size;
}

/** COPY of the file into membership.people for a fresh coalition, as the admin (superuser) role. */
export async function measureRawCopy(
  env: BenchEnv,
  coalition: Coalition,
  file: string,
  rows: number,
): Promise<CopyRun> {
  const pool = new Pool({
    connectionString: env.adminDatabaseUrl,
    max: 1,
    application_name: 'bench-import-copy',
  });
  try {
    const client = await pool.connect();
    try {
      const now = new Date().toISOString();
      const prefix = `${coalition.tenantId},`;
      let header = true;
      let rest = '';
      // Adds the columns the file lacks (tenant, id, timestamps); about 1 µs a row.
      const addKeys = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          const lines = (rest + chunk.toString('utf8')).split('\n');
          rest = lines.pop() ?? '';
          let text = '';
          for (const line of lines) {
            if (header) {
              header = false;
              continue;
            }
            if (line) text += `${prefix}${randomUUID()},${line},${now},${now}\n`;
          }
          done(null, text);
        },
      });
      const started = performance.now();
      await pipeline(
        createReadStream(file),
        addKeys,
        client.query(
          copyFrom(
            `COPY membership.people (tenant_id, id, first_name, last_name, email, phone, postal_code, created_at, updated_at) FROM STDIN WITH (FORMAT csv)`,
          ),
        ),
      );
      const seconds = (performance.now() - started) / 1000;
      return { rows, seconds, rowsPerSecond: rows / seconds };
    } finally {
      client.release();
    }
  } finally {
    await pool.end();
  }
}

/** Uploads the file through the gateway, starts the import and waits for COMPLETED. */
export async function measureImport(
  platform: BenchPlatform,
  coalition: Coalition,
  file: string,
  rows: number,
): Promise<ImportRun> {
  const baseUrl = platform.graphqlUrl.replace(/\/graphql$/, '');
  const client = new GraphQLClient(platform.graphqlUrl, coalition.accessToken);
  const peak = { gateway: 0, membership: 0 };
  const sampler = setInterval(() => {
    peak.gateway = Math.max(peak.gateway, rssMb(platform.pids('gateway')));
    peak.membership = Math.max(peak.membership, rssMb(platform.pids('membership')));
  }, 100);
  try {
    const started = performance.now();
    const response = await fetch(`${baseUrl}/api/imports`, {
      method: 'POST',
      headers: {
        'content-type': 'text/csv',
        authorization: `Bearer ${coalition.accessToken}`,
        'x-file-name': 'bench.csv',
      },
      body: Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>,
      duplex: 'half',
    });
    const answer = (await response.json()) as { importId?: string; message?: string };
    if (response.status !== 201 || !answer.importId)
      throw new Error(`upload answered ${response.status}: ${answer.message}`);
    const uploaded = performance.now();
    const mapping = [
      { column: 'first_name', field: 'firstName' },
      { column: 'last_name', field: 'lastName' },
      { column: 'email', field: 'email' },
      { column: 'phone', field: 'phone' },
      { column: 'postal_code', field: 'postalCode' },
    ];
    await client.request(`mutation ($input: StartImportInput!) { startImport(input: $input) { id } }`, {
      input: { importId: answer.importId, mapping, matchOn: 'EMAIL', onMatch: 'SKIP', tags: ['bench'] },
    });
    for (;;) {
      const { importJob } = await client.request<{
        importJob: { status: string; counts: { created: number }; errors: Array<{ message: string }> };
      }>(`query ($id: ID!) { importJob(id: $id) { status counts { created } errors { message } } }`, {
        id: answer.importId,
      });
      if (importJob.status === 'COMPLETED') {
        if (importJob.counts.created !== rows)
          throw new Error(`import created ${importJob.counts.created} of ${rows} people`);
        break;
      }
      if (importJob.status === 'FAILED')
        throw new Error(`import failed: ${importJob.errors.map((error) => error.message).join('; ')}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const finished = performance.now();
    const totalSeconds = (finished - started) / 1000;
    return {
      rows,
      bytes: (await stat(file)).size,
      uploadSeconds: (uploaded - started) / 1000,
      importSeconds: (finished - uploaded) / 1000,
      totalSeconds,
      rowsPerSecond: rows / totalSeconds,
      peakRssMb: { ...peak, total: peak.gateway + peak.membership },
    };
  } finally {
    clearInterval(sampler);
  }
}

function rssMb(pids: number[]): number {
  let kb = 0;
  for (const pid of pids) {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // gone
    }
  }
  return Math.round(kb / 1024);
}

/** Both measurements on one platform; each on a fresh coalition, COPY first. */
export async function runImportBench(
  env: BenchEnv,
  platform: BenchPlatform,
  options: { rows: number; bigRows: number },
): Promise<ImportBenchReport> {
  const report: ImportBenchReport = { main: null, big: null, problems: [] };
  const directory = await mkdtemp(join(tmpdir(), 'groundwork-import-bench-'));
  const anonymous = new GraphQLClient(platform.graphqlUrl);
  try {
    const file = join(directory, 'people.csv');
    const bytes = await writePeopleCsv(file, options.rows);
    log(`${options.rows} rows, ${(bytes / 1e6).toFixed(1)} MB: raw COPY into membership.people`);
    const copy = await measureRawCopy(
      env,
      await signUpCoalition(anonymous, 'import-copy'),
      file,
      options.rows,
    );
    log(
      `COPY ${copy.seconds.toFixed(2)} s (${Math.round(copy.rowsPerSecond)} rows/s); now through the gateway`,
    );
    const run = await measureImport(platform, await signUpCoalition(anonymous, 'import'), file, options.rows);
    log(`import ${run.totalSeconds.toFixed(2)} s (${Math.round(run.rowsPerSecond)} rows/s)`);
    report.main = { copy, import: run, ratio: run.rowsPerSecond / copy.rowsPerSecond };
    if (options.bigRows > 0) {
      const big = join(directory, 'big.csv');
      await writePeopleCsv(big, options.bigRows);
      log(`${options.bigRows} rows through the gateway, sampling memory`);
      report.big = await measureImport(
        platform,
        await signUpCoalition(anonymous, 'import-big'),
        big,
        options.bigRows,
      );
      log(
        `big import ${report.big.totalSeconds.toFixed(1)} s, peak RSS gateway ${report.big.peakRssMb.gateway} MB, membership ${report.big.peakRssMb.membership} MB`,
      );
    }
  } catch (error) {
    report.problems.push(`import bench: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
  return report;
}

/** Issue 3 §7: each process that carries the import stays under the RSS budget. */
export function withinMemoryBudget(run: ImportRun): boolean {
  return (
    run.peakRssMb.gateway < ImportBudget.maxPeakRssMb && run.peakRssMb.membership < ImportBudget.maxPeakRssMb
  );
}

/** The BENCHMARKS.md section. */
export function renderImportSection(report: ImportBenchReport): string {
  const lines = ['## Import (issue 3, §7)', ''];
  if (report.main) {
    const { copy, import: run, ratio } = report.main;
    const verdict = ratio >= ImportBudget.minCopyRatio ? 'within budget' : 'OVER BUDGET';
    lines.push(
      `CSV of ${run.rows} people (${(run.bytes / 1e6).toFixed(1)} MB): raw COPY into \`membership.people\` vs. the whole import through the gateway`,
      '(upload streamed to `POST /api/imports`, `startImport`, polled until COMPLETED), same file, same table, same run.',
      '',
      '| path | seconds | rows/s |',
      '|---|---:|---:|',
      `| raw COPY (superuser, no RLS) | ${copy.seconds.toFixed(2)} | ${Math.round(copy.rowsPerSecond)} |`,
      `| import end to end | ${run.totalSeconds.toFixed(2)} (upload ${run.uploadSeconds.toFixed(2)}, validate + write ${run.importSeconds.toFixed(2)}) | ${Math.round(run.rowsPerSecond)} |`,
      '',
      `Ratio ${ratio.toFixed(2)}× (budget ≥ ${ImportBudget.minCopyRatio}×): ${verdict}. Peak RSS gateway ${run.peakRssMb.gateway} MB + membership ${run.peakRssMb.membership} MB.`,
      '',
    );
  }
  if (report.big) {
    const { gateway, membership, total } = report.big.peakRssMb;
    const verdict = withinMemoryBudget(report.big) ? 'within budget' : 'OVER BUDGET';
    lines.push(
      `${report.big.rows} rows: ${report.big.totalSeconds.toFixed(1)} s (${Math.round(report.big.rowsPerSecond)} rows/s).`,
      '',
      '| process | peak RSS during the import | budget | result |',
      '|---|---:|---:|---|',
      `| gateway (parses the upload, sends batches) | ${gateway} MB | < ${ImportBudget.maxPeakRssMb} MB | ${gateway < ImportBudget.maxPeakRssMb ? 'PASS' : 'FAIL'} |`,
      `| membership (stages with COPY, runs the job) | ${membership} MB | < ${ImportBudget.maxPeakRssMb} MB | ${membership < ImportBudget.maxPeakRssMb ? 'PASS' : 'FAIL'} |`,
      `| both together | ${total} MB | (none) | — |`,
      '',
      `Peak RSS is a per-process figure, so the budget is read per process: ${verdict}. Each process idles at roughly 110–125 MB ` +
        '(Node, Nest, the GraphQL schema or TypeORM); what the import adds is the difference. RSS sampled every 100 ms ' +
        'from /proc/<pid>/status while the import ran, with the V8 flags of `services.json`.',
      '',
    );
  }
  for (const problem of report.problems) lines.push(`- problem: ${problem}`);
  return `${lines.join('\n')}\n`;
}

/** BENCH_IMPORT_ROWS (200000) and BENCH_IMPORT_BIG_ROWS (1000000; 0 skips the memory run). */
export function importBenchSettings(env: NodeJS.ProcessEnv = process.env): { rows: number; bigRows: number } {
  const numberFrom = (name: string, fallback: number) => {
    const value = Number(env[name]);
    return env[name] !== undefined && Number.isInteger(value) && value >= 0 ? value : fallback;
  };
  return {
    rows: Math.max(1, numberFrom('BENCH_IMPORT_ROWS', 200_000)),
    bigRows: numberFrom('BENCH_IMPORT_BIG_ROWS', 1_000_000),
  };
}

async function standalone(): Promise<number> {
  const env = loadBenchEnv();
  const platform = await startBenchPlatform(env, 10);
  const stop = () => void platform.stop().finally(() => process.exit(130));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    const report = await runImportBench(env, platform, importBenchSettings());
    process.stdout.write(renderImportSection(report));
    return report.problems.length > 0 ? 1 : 0;
  } finally {
    await platform.stop();
  }
}

if (require.main === module) {
  standalone().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
