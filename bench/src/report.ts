import { writeFile } from 'node:fs/promises';
import type { TableStatisticsAt } from './table-statistics';
import { OTHER_PROCESSES, type CpuSplit } from './cpu';
import {
  ImportBudget,
  renderImportSection,
  withinMemoryBudget,
  type ImportBenchReport,
} from './import-bench';
import type { JetStreamBaselineResult } from './jetstream-baseline';
import { failures, type LoadResult } from './load';
import type { Machine } from './machine';
import type { PropagationResult } from './propagation';
import type { SearchBenchResult } from './search-bench';
import { median, type Distribution } from './stats';

/** The Groundwork path and the baselines it is measured against, in the order each round runs them. */
export const PATHS = {
  nest: 'Nest baseline',
  plain: 'Plain Apollo',
  federation: 'Federation',
  gateway: 'Gateway path',
} as const;
export type PathName = keyof typeof PATHS;
export const PATH_ORDER = Object.keys(PATHS) as PathName[];

/** A ratio of the gateway path to one baseline that a budget bounds (issue 2 §11, issue 10 §2). */
export interface RatioBudget {
  against: Exclude<PathName, 'gateway'>;
  /** Gateway throughput ÷ baseline throughput must be at least this. */
  minThroughput?: number;
  /** Gateway p99 ÷ baseline p99 must be at most this. */
  maxP99?: number;
}

export interface PathRuns {
  results: LoadResult[];
  cpu: CpuSplit[];
}

/** One load shape measured on the gateway path and its baselines in interleaved rounds. */
export interface LoadComparison {
  label: string;
  connections: number;
  paths: Partial<Record<PathName, PathRuns>>;
  budgets: RatioBudget[];
  /** NATS requests per GraphQL operation during the gateway rounds. */
  natsPerRequest?: number;
}

export interface NatsPerRequest {
  pageSize: number;
  graphqlRequests: number;
  natsRequests: number;
}

export interface BenchReport {
  machine: Machine;
  settings: {
    database: string;
    warmupSeconds: number;
    durationSeconds: number;
    rounds: number;
    people: number;
    poolSize: number;
    propagationRate: number;
    propagationSeconds: number;
  };
  /** Whether the gateway and the baseline gave the same answer before loading them. */
  answersMatch: { personById: boolean; peoplePage: boolean };
  personById: LoadComparison[];
  peoplePage: LoadComparison[];
  /** Issue 10 §2: createPerson through the gateway beside the plain baseline's same write with its outbox row. */
  createPerson: LoadComparison[];
  natsPerPage: NatsPerRequest[];
  propagation?: PropagationResult;
  jetStreamBaseline?: JetStreamBaselineResult;
  propagationCpu?: CpuSplit;
  jetStreamCpu?: CpuSplit;
  /** 1-minute load average before anything was started: other work on the machine skews every figure. */
  loadAverageAtStart: number;
  /** Rows membership.outbox held when the run started (sent rows are kept for days; see the relay). */
  outboxRowsAtStart?: number;
  problems: string[];
  totalSeconds: number;
  /** Issue 3 §12: people search and segment count beside the same SQL run directly. */
  search?: SearchBenchResult;
  /** Issue 3 §7: import end to end beside a raw COPY, and peak memory on a big file. */
  imports?: ImportBenchReport;
  /** Issue 7 §3b: the planner statistics of the bench tables as each section began. */
  tableStatistics: TableStatisticsAt[];
}

/** Person by id: issue 2 §11 against the Nest baseline, issue 10 §2 against the Apollo ones. */
export const PERSON_BUDGETS: RatioBudget[] = [
  { against: 'nest', minThroughput: 0.8, maxP99: 1.5 },
  { against: 'plain', minThroughput: 0.8, maxP99: 1.5 },
  { against: 'federation', minThroughput: 1.5, maxP99: 0.8 },
];
/** People page of 50 (issue 10 §2); NATS requests per GraphQL request stay 1 (checked apart). */
export const PAGE_BUDGETS: RatioBudget[] = [{ against: 'plain', minThroughput: 0.8 }];
/** createPerson beside the plain baseline's same write with its outbox row (issue 10 §2). */
export const WRITE_BUDGETS: RatioBudget[] = [{ against: 'plain', minThroughput: 0.7 }];

type Verdict = 'PASS' | 'FAIL' | '—';

export interface Verdicts {
  rows: {
    benchmark: string;
    figure: string;
    gateway: string;
    baseline: string;
    ratio: string;
    budget: string;
    result: Verdict;
  }[];
  failed: number;
}

const fmt = (value: number, digits = 0) =>
  Number.isFinite(value)
    ? value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })
    : 'n/a';
const ms = (value: number) => `${fmt(value, value < 10 ? 2 : 1)} ms`;
const ratio = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : 'n/a');

interface Medians {
  rps: number;
  p50: number;
  p99: number;
  failed: number;
}

function medians(results: LoadResult[]): Medians {
  return {
    rps: median(results.map((result) => result.requestsPerSecond)),
    p50: median(results.map((result) => result.p50Ms)),
    p99: median(results.map((result) => result.p99Ms)),
    failed: results.reduce((total, result) => total + failures(result), 0),
  };
}

/** One row per budgeted ratio of a comparison; any failed request in a measured run fails its figures. */
function budgetRows(benchmark: string, comparison: LoadComparison): Verdicts['rows'] {
  const gateway = medians(comparison.paths.gateway?.results ?? []);
  const rows: Verdicts['rows'] = [];
  for (const budget of comparison.budgets) {
    const baseline = medians(comparison.paths[budget.against]?.results ?? []);
    const clean = gateway.failed === 0 && baseline.failed === 0;
    const against = `${benchmark}, vs ${PATHS[budget.against]}`;
    if (budget.minThroughput !== undefined) {
      const value = gateway.rps / baseline.rps;
      rows.push({
        benchmark: against,
        figure: 'throughput',
        gateway: `${fmt(gateway.rps)} req/s`,
        baseline: `${fmt(baseline.rps)} req/s`,
        ratio: ratio(value),
        budget: `≥ ${budget.minThroughput}×`,
        result: clean && value >= budget.minThroughput ? 'PASS' : 'FAIL',
      });
    }
    if (budget.maxP99 !== undefined) {
      const value = gateway.p99 / baseline.p99;
      rows.push({
        benchmark: against,
        figure: 'p99 latency',
        gateway: ms(gateway.p99),
        baseline: ms(baseline.p99),
        ratio: ratio(value),
        budget: `≤ ${budget.maxP99}×`,
        result: clean && value <= budget.maxP99 ? 'PASS' : 'FAIL',
      });
    }
  }
  return rows;
}

/** Budget checks of the issues; any failed request in a measured run fails its figure. */
export function verdicts(report: BenchReport): Verdicts {
  const rows: Verdicts['rows'] = [];
  for (const [title, comparisons] of [
    ['Person by id', report.personById],
    ['People page of 50', report.peoplePage],
    ['createPerson', report.createPerson],
  ] as const) {
    for (const comparison of comparisons)
      rows.push(...budgetRows(`${title}, ${comparison.label}`, comparison));
  }
  if (report.natsPerPage.length > 0) {
    const perRequest = report.natsPerPage.map((row) => row.natsRequests / row.graphqlRequests);
    rows.push({
      benchmark: 'People page',
      figure: `NATS requests per GraphQL request, pages of ${report.natsPerPage.map((row) => row.pageSize).join(' / ')}`,
      gateway: perRequest.map((value) => fmt(value, 2)).join(' / '),
      baseline: 'n/a (no NATS)',
      ratio: '—',
      budget: '1, whatever the page size',
      // A session's authorization is re-checked once a minute (AuthorizationCache): one request in hundreds.
      result: perRequest.every((value) => value >= 1 && value < 1.01) ? 'PASS' : 'FAIL',
    });
  }
  if (report.propagation && report.jetStreamBaseline) {
    const propagation = report.propagation.latencyMs;
    const transport = report.jetStreamBaseline.latencyMs;
    const complete =
      report.propagation.eventsProcessed === report.propagation.eventsWritten &&
      report.propagation.mutations.failed === 0;
    rows.push({
      benchmark: `Event propagation at ${report.settings.propagationRate}/s`,
      figure: 'p50 / p99',
      gateway: `${ms(propagation.p50)} / ${ms(propagation.p99)}`,
      baseline: `${ms(transport.p50)} / ${ms(transport.p99)}`,
      ratio: `${ratio(propagation.p50 / transport.p50)} / ${ratio(propagation.p99 / transport.p99)}`,
      budget: 'none in the issue',
      result: complete ? '—' : 'FAIL',
    });
  }
  if (report.imports?.main) {
    const { copy, import: run, ratio: copyRatio } = report.imports.main;
    rows.push({
      benchmark: `Import of ${fmt(run.rows)} rows (issue 3)`,
      figure: 'rows per second',
      gateway: `${fmt(run.rowsPerSecond)} rows/s`,
      baseline: `${fmt(copy.rowsPerSecond)} rows/s (raw COPY)`,
      ratio: ratio(copyRatio),
      budget: `≥ ${ImportBudget.minCopyRatio}×`,
      result: copyRatio >= ImportBudget.minCopyRatio ? 'PASS' : 'FAIL',
    });
  }
  if (report.imports?.big) {
    const { gateway, membership } = report.imports.big.peakRssMb;
    rows.push({
      benchmark: `Import of ${fmt(report.imports.big.rows)} rows (issue 3)`,
      figure: 'peak RSS per process',
      gateway: `gateway ${gateway} MB, membership ${membership} MB`,
      baseline: 'n/a',
      ratio: '—',
      budget: `< ${ImportBudget.maxPeakRssMb} MB`,
      result: withinMemoryBudget(report.imports.big) ? 'PASS' : 'FAIL',
    });
  }
  for (const problem of report.imports?.problems ?? []) {
    rows.push({
      benchmark: 'Import (issue 3)',
      figure: problem,
      gateway: '—',
      baseline: '—',
      ratio: '—',
      budget: '—',
      result: 'FAIL',
    });
  }
  return { rows, failed: rows.filter((row) => row.result === 'FAIL').length };
}

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

function loadSection(comparison: LoadComparison): string {
  const names = PATH_ORDER.filter((name) => comparison.paths[name]);
  const byPath = names.map((name) => medians(comparison.paths[name]!.results));
  const rows = [
    ['Throughput', ...byPath.map((path) => `${fmt(path.rps)} req/s`)],
    ['p50 latency', ...byPath.map((path) => ms(path.p50))],
    ['p99 latency', ...byPath.map((path) => ms(path.p99))],
    ['Failed requests (errors, non-2xx, wrong body)', ...byPath.map((path) => fmt(path.failed))],
  ];
  const gateway = medians(comparison.paths.gateway?.results ?? []);
  const ratios = names
    .filter((name) => name !== 'gateway')
    .map((name) => {
      const baseline = medians(comparison.paths[name]!.results);
      return [
        PATHS[name],
        ratio(gateway.rps / baseline.rps),
        ratio(gateway.p50 / baseline.p50),
        ratio(gateway.p99 / baseline.p99),
      ];
    });
  const rounds = (results: LoadResult[]) =>
    results.map((result) => `${fmt(result.requestsPerSecond)} req/s, p99 ${ms(result.p99Ms)}`).join('; ');
  return [
    `### ${comparison.label}`,
    '',
    table(['Figure (median of the rounds)', ...names.map((name) => PATHS[name])], rows),
    '',
    table(['Gateway path ÷', 'throughput', 'p50', 'p99'], ratios),
    '',
    `Rounds, in the order run (${names.map((name) => PATHS[name]).join(', ')} in each round): ` +
      names.map((name) => `${PATHS[name]} ${rounds(comparison.paths[name]!.results)}`).join('; ') +
      '.' +
      (comparison.natsPerRequest !== undefined
        ? ` NATS requests per GraphQL request: ${fmt(comparison.natsPerRequest, 2)}.`
        : ''),
  ].join('\n');
}

/** A column of CPU splits (one per round) and the units of work each round did. */
interface CpuColumn {
  name: string;
  splits: CpuSplit[];
  units: number[];
}

/** CPU per unit of work by process group, medians over the rounds, with the share of the machine in brackets. */
function cpuTable(title: string, unit: string, columns: CpuColumn[], cores: number): string {
  const perUnit = (column: CpuColumn, seconds: (split: CpuSplit) => number) =>
    median(
      column.splits.map((split, index) => (seconds(split) * 1000) / Math.max(1, column.units[index] ?? 1)),
    );
  const share = (column: CpuSplit[], group: string) =>
    median(column.map((split) => ((split.seconds[group] ?? 0) / (split.wallSeconds * cores)) * 100));
  const groups = [
    ...new Set(columns.flatMap((column) => column.splits.flatMap((split) => Object.keys(split.seconds)))),
  ].filter((group) => group !== OTHER_PROCESSES);
  const rows = groups.map((group) => [
    group,
    ...columns.map((column) => {
      const value = perUnit(column, (split) => split.seconds[group] ?? 0);
      // Idle processes tick over a little; below a microsecond per unit is noise, not work.
      return value >= 0.001 ? `${fmt(value, 3)} ms (${fmt(share(column.splits, group))}%)` : '—';
    }),
  ]);
  const sum = (split: CpuSplit) => groups.reduce((total, group) => total + (split.seconds[group] ?? 0), 0);
  rows.push([
    '**All of the above**',
    ...columns.map(
      (column) =>
        `**${fmt(perUnit(column, sum), 3)} ms (${fmt(median(column.splits.map((split) => (sum(split) / (split.wallSeconds * cores)) * 100)))}%)**`,
    ),
  ]);
  rows.push([
    `${OTHER_PROCESSES} (not ours; competes for the same cores)`,
    ...columns.map((column) =>
      column.splits.some((split) => split.seconds[OTHER_PROCESSES] !== undefined)
        ? `(${fmt(share(column.splits, OTHER_PROCESSES))}%)`
        : 'n/a',
    ),
  ]);
  return [
    `#### ${title}: CPU per ${unit} (share of the machine's ${cores} cores in brackets)`,
    '',
    table(['Process', ...columns.map((column) => column.name)], rows),
  ].join('\n');
}

function cpuSection(comparison: LoadComparison, cores: number): string {
  return cpuTable(
    comparison.label,
    'request',
    PATH_ORDER.filter((name) => comparison.paths[name]).map((name) => ({
      name: PATHS[name],
      splits: comparison.paths[name]!.cpu,
      units: comparison.paths[name]!.results.map((result) => result.responses),
    })),
    cores,
  );
}

/** The largest share of the machine that processes other than ours took during a measured run, in %. */
function otherShare(report: BenchReport): number {
  const splits = [
    ...[...report.personById, ...report.peoplePage, ...report.createPerson].flatMap((comparison) =>
      Object.values(comparison.paths).flatMap((path) => path.cpu),
    ),
    ...(report.propagationCpu ? [report.propagationCpu] : []),
    ...(report.jetStreamCpu ? [report.jetStreamCpu] : []),
  ];
  const shares = splits.map(
    (split) => ((split.seconds[OTHER_PROCESSES] ?? 0) / (split.wallSeconds * report.machine.cores)) * 100,
  );
  return shares.length > 0 ? Math.max(...shares) : Number.NaN;
}

function distributionRow(label: string, value: Distribution): string[] {
  return [label, ms(value.p50), ms(value.p95), ms(value.p99), ms(value.max), fmt(value.count)];
}

export function renderReport(report: BenchReport): string {
  const { machine, settings } = report;
  const summary = verdicts(report);
  const out: string[] = [];
  out.push(
    '# Benchmarks',
    '',
    `Written by \`npm run bench\` (bench/src/run.ts) on ${machine.date}; ${fmt(report.totalSeconds)} s. ` +
      'Every figure stands beside a baseline measured in the same run on the same machine, so read the ratios, not the absolute numbers. ' +
      `Budgets are those of issue 2, §11, issue 3, §7, and issue 10, §2. **${summary.failed === 0 ? 'All budgets met.' : `${summary.failed} budget check(s) failed.`}**`,
    '',
    ...statisticsSection(report.tableStatistics),
    '## Machine',
    '',
    table(
      ['CPU', 'Cores', 'Memory', 'OS', 'Node', 'Postgres', 'NATS server', 'Date'],
      [
        [
          machine.cpuModel,
          String(machine.cores),
          `${machine.memoryGiB} GiB`,
          machine.os,
          machine.node,
          machine.postgres,
          machine.nats,
          machine.date,
        ],
      ],
    ),
    '',
    'Load generator, gateway, membership, evaluation, the baseline, Postgres and NATS all share these cores. ' +
      `The 1-minute load average was ${report.loadAverageAtStart.toFixed(2)} before the run started; ` +
      `other work on the machine took at most ${fmt(otherShare(report))}% of its cores during any measured run ` +
      '("everything else" in the CPU tables)' +
      (otherShare(report) > 10 ? ' — **the machine was shared during this run, expect noise**.' : '.'),
    '',
    `Postgres settings: ${machine.postgresSettings}. The run starts with \`VACUUM ANALYZE\` of the bench database` +
      (report.outboxRowsAtStart !== undefined
        ? `; membership.outbox then held ${fmt(report.outboxRowsAtStart)} rows from earlier runs (sent events are kept for days).`
        : '.'),
    '',
    '## Summary',
    '',
    table(
      ['Benchmark', 'Figure', 'Gateway path', 'Baseline', 'Ratio', 'Budget', 'Result'],
      summary.rows.map((row) => [
        row.benchmark,
        row.figure,
        row.gateway,
        row.baseline,
        row.ratio,
        row.budget,
        row.result,
      ]),
    ),
  );
  if (report.problems.length > 0) {
    out.push('', '**Problems in this run:**', '', ...report.problems.map((problem) => `- ${problem}`));
  }

  out.push(
    '',
    '## 1. Person by id: gateway → NATS → membership → Postgres',
    '',
    `\`person(id)\` with all scalar fields, \`POST /graphql\` with a valid access token. Baselines: one NestJS process answering the same query straight from Postgres (issue 2), one plain Apollo Server process on pg, and an Apollo Federation gateway with one subgraph on pg (issue 10). ` +
      `All gave ${report.answersMatch.personById ? 'byte-identical answers' : '**different answers**'} before the load; during it every response was compared with that answer.`,
  );
  for (const comparison of report.personById)
    out.push('', loadSection(comparison), '', cpuSection(comparison, machine.cores));

  out.push(
    '',
    `## 2. People page of 50 (${fmt(settings.people)} people in the coalition)`,
    '',
    '`people(first: 50) { totalCount edges { cursor node { id firstName lastName email tags } } pageInfo { hasNextPage endCursor } }`. ' +
      `The same rows as the baseline: ${report.answersMatch.peoplePage ? 'yes' : '**no**'} (cursors differ by design, rows and counts compared).`,
  );
  for (const comparison of report.peoplePage)
    out.push('', loadSection(comparison), '', cpuSection(comparison, machine.cores));
  if (report.natsPerPage.length > 0) {
    const first = report.natsPerPage[0]!;
    const base = first.natsRequests / first.graphqlRequests;
    out.push(
      '',
      "### NATS requests per GraphQL request (from the gateway's `/metrics`)",
      '',
      table(
        ['Page size', 'GraphQL requests', 'NATS requests', 'NATS per GraphQL request', 'Budget', 'Result'],
        report.natsPerPage.map((row) => {
          const value = row.natsRequests / row.graphqlRequests;
          return [
            String(row.pageSize),
            fmt(row.graphqlRequests),
            fmt(row.natsRequests),
            fmt(value, 2),
            row === first ? 'reference' : `= ${fmt(base, 2)} (flat)`,
            Math.abs(value - base) < 1e-9 ? 'PASS' : 'FAIL',
          ];
        }),
      ),
    );
  }
  if (report.createPerson.length > 0) {
    out.push(
      '',
      '## 4. createPerson: gateway → NATS → membership → Postgres (person and outbox event in one transaction)',
      '',
      '`createPerson(input: { firstName lastName email tags }) { id }`, a unique email per request, in a coalition of its own. ' +
        'Baseline: the plain Apollo server doing the same write itself, the person row and its `person.created` outbox row in one RLS transaction (pipelined). ' +
        'Every answer must carry a new id.',
    );
    for (const comparison of report.createPerson)
      out.push('', loadSection(comparison), '', cpuSection(comparison, machine.cores));
  }

  out.push(
    '',
    `## 3. Event propagation: createPerson commit → evaluation projection, at ${settings.propagationRate} events/s`,
  );
  if (report.propagation && report.jetStreamBaseline) {
    const propagation = report.propagation;
    const transport = report.jetStreamBaseline;
    out.push(
      '',
      table(
        ['Path', 'p50', 'p95', 'p99', 'max', 'Events counted'],
        [
          distributionRow(
            'membership outbox → relay → JetStream → evaluation (processed)',
            propagation.latencyMs,
          ),
          distributionRow('Baseline: bare JetStream publish → durable pull consumer', transport.latencyMs),
          [
            'Ratio (propagation ÷ baseline)',
            ratio(propagation.latencyMs.p50 / transport.latencyMs.p50),
            ratio(propagation.latencyMs.p95 / transport.latencyMs.p95),
            ratio(propagation.latencyMs.p99 / transport.latencyMs.p99),
            ratio(propagation.latencyMs.max / transport.latencyMs.max),
            '—',
          ],
        ],
      ),
      '',
      'No numeric budget in the issue; reported.',
      '',
      table(
        [
          'Load',
          'Issued',
          'Failed',
          'Achieved rate',
          'Worst schedule slip',
          'Events in outbox',
          'Events processed',
        ],
        [
          [
            'createPerson through the gateway',
            fmt(propagation.mutations.issued),
            fmt(propagation.mutations.failed),
            `${fmt(propagation.mutations.issued / propagation.mutations.durationSeconds)}/s`,
            ms(propagation.mutations.maxLagMs),
            fmt(propagation.eventsWritten),
            fmt(propagation.eventsProcessed),
          ],
          [
            'Baseline publishes',
            fmt(transport.publish.issued),
            fmt(transport.publish.failed),
            `${fmt(transport.publish.issued / transport.publish.durationSeconds)}/s`,
            ms(transport.publish.maxLagMs),
            '—',
            `${fmt(transport.received)} received`,
          ],
        ],
      ),
      '',
      `createPerson round trip at that rate, as the client saw it: p50 ${ms(propagation.mutationMs.p50)}, p99 ${ms(propagation.mutationMs.p99)}, max ${ms(propagation.mutationMs.max)}.` +
        (propagation.mutations.firstError ? ` First failure: ${propagation.mutations.firstError}` : ''),
      '',
      '### Where the propagation time goes',
      '',
      table(
        ['Stage', 'p50', 'p95', 'p99', 'max', 'Events counted'],
        [
          distributionRow(
            'outbox row written → relay transaction picks it up (`sent_at`)',
            propagation.relayPickupMs,
          ),
          distributionRow(
            'relay pick-up → evaluation applies it (publish, JetStream, consumer)',
            propagation.afterPickupMs,
          ),
        ],
      ),
      '',
      `p50 of the first quarter of events ${ms(propagation.firstQuarterP50Ms)}, of the last quarter ${ms(propagation.lastQuarterP50Ms)}` +
        `${propagation.lastQuarterP50Ms > 2 * propagation.firstQuarterP50Ms ? ' (a backlog built up during the run)' : ''}; ` +
        `evaluation applied ${fmt(propagation.applyRatePerSecond)} events/s between its first and last event of the run.`,
    );
    if (report.propagationCpu && report.jetStreamCpu) {
      out.push(
        '',
        cpuTable(
          `Propagation at ${settings.propagationRate}/s`,
          'event',
          [
            {
              name: 'createPerson → projection',
              splits: [report.propagationCpu],
              units: [propagation.eventsProcessed],
            },
            { name: 'Bare JetStream baseline', splits: [report.jetStreamCpu], units: [transport.received] },
          ],
          machine.cores,
        ),
      );
    }
  } else {
    out.push('', 'Not measured in this run (see the problems above).');
  }

  if (report.search) out.push('', renderSearch(report.search));

  if (report.imports) out.push('', renderImportSection(report.imports));
  out.push(
    '',
    '## How measured',
    '',
    `- \`npm run bench\` (scripts/bench.sh) makes sure Postgres and NATS run, creates the \`${settings.database}\` database and roles, builds, migrates, then runs \`node bench/dist/run.js\`. ` +
      'The run starts the built gateway, membership and evaluation with `startPlatform` (@groundwork/testing) under a NATS namespace of its own, signs up fresh coalitions, and stops everything it started at the end, also on failure.',
    `- Reads: [autocannon](https://github.com/mcollina/autocannon) in the bench process, closed loop (each connection sends its next request when answered), ${settings.warmupSeconds} s warm-up discarded, then ${settings.durationSeconds} s measured. ` +
      `The gateway path and its baselines are interleaved: each of the ${settings.rounds} rounds runs every path once (Nest baseline, plain Apollo, federation, gateway path), so noise from other work on the machine falls on all of them alike; tables show the median of the rounds. Every response is compared byte for byte with an answer checked beforehand, so GraphQL errors (HTTP 200) count as failures.`,
    `- The baseline is one Node process, started as a child so it does not share the load generator's event loop: NestJS + @nestjs/apollo, code first like the gateway (no graphql-armor limits, no NATS), ` +
      `verifying the same HS256 access JWT with jose, then per request one transaction as \`groundwork_app\` (RLS on): \`select set_config('app.tenant_id', $1, true)\`, then the SELECT(s) membership runs (for a page: count and keyset page). pg pool of ${settings.poolSize}; membership and evaluation run with pools of the same size. JWT verification mirrors the gateway's (jose, the secret as raw bytes), so the ratio measures the NATS hop and the service, not differences in auth code. Services and baseline run with \`NODE_ENV=production\` and \`LOG_LEVEL=warn\`, each service with its V8 flags from \`services.json\` and the baseline with the gateway's, so runtime tuning favours neither side.`,
    "- The plain Apollo baseline (issue 10) is one process without Nest: `@apollo/server` on its own HTTP server (`startStandaloneServer`), the same types written as SDL with hand-written resolvers, the same JWT check, and pg in pipeline mode exactly as membership's `TenantReads` (BEGIN READ ONLY, the prepared tenant `set_config`, the prepared SELECT(s) and COMMIT in one socket write, one round trip). " +
      "Its createPerson writes the person row and its `person.created` outbox row in one pipelined RLS transaction (BEGIN, `set_config`, two INSERTs, COMMIT), which membership's relay then publishes like any other. " +
      "The federation baseline is two processes: `@apollo/gateway` 2.14 composing one `@apollo/subgraph` at start-up (IntrospectAndCompose), both on Apollo's standalone HTTP server, the gateway forwarding the Authorization header with its default (keep-alive) fetcher, the subgraph reading pg exactly like the plain baseline. " +
      "Every baseline server runs as a child process with the gateway's V8 flags and `NODE_ENV=production`, reads as membership's role with a pool of the same size, and answers from the same coalition and rows.",
    "- CPU per request: utime + stime from /proc for each process over each measured run, divided by the responses of that run (Postgres: the backends connected to the bench database; NATS: the nats-server process, which other users of this machine share). 'Everything else' is the machine's busy time from /proc/stat minus those processes: other people's work on the machine, Postgres' background processes and the kernel; when it is large, the run competed for the cores.",
    '- NATS requests per GraphQL request: deltas of `groundwork_gateway_nats_requests_total` and `groundwork_gateway_graphql_requests_total` around a fixed number of page requests of each size.',
    `- Propagation: createPerson mutations through the gateway at a fixed ${settings.propagationRate}/s for ${settings.propagationSeconds} s (open loop, a unique email each), in a coalition of their own; ` +
      'after evaluation caught up, latency per event = `evaluation.processed_events.processed_at − membership.outbox.created_at` joined on the event id, read as the superuser. ' +
      'Both are `now()` of their transaction on the same server: the start of the membership transaction that wrote the event (so the few ms of that transaction are included) and the start of the evaluation transaction that applied it. ' +
      `Baseline: in the bench process, publishes of an envelope-sized message at the same rate and duration awaiting the stream's ack (as the outbox relay does) to a file-backed stream, received by a durable pull consumer with explicit acks (as evaluation's consumer), latency = receive − publish start.`,
    '- The machine is shared: other work on it shows up as noise in both columns of a round, which is why rounds alternate and ratios, not absolute figures, carry the budgets.',
    '',
  );
  return out.join('\n');
}

export async function writeReport(path: string, report: BenchReport): Promise<void> {
  await writeFile(path, renderReport(report), 'utf8');
}

function renderSearch(result: SearchBenchResult): string {
  const { settings } = result;
  return [
    `## 5. People search and segment count (${fmt(settings.people)} people in one coalition, ${settings.otherCoalitions} other coalitions of ${fmt(settings.peoplePerOtherCoalition)})`,
    '',
    `Seeded in ${fmt(result.seedSeconds)} s (COPY into a staging table, then INSERT … SELECT under each coalition's policy; ${fmt(result.termRows)} search terms). ` +
      `${fmt(settings.requests)} sequential requests per path after a warm-up, direct and gateway alternating in four rounds. ` +
      'Direct: the same statement membership runs, as `groundwork_app` in a transaction with `app.tenant_id` set, from the bench process (no NATS, Nest or GraphQL).',
    '',
    table(
      [
        'operation',
        'gateway p50',
        'gateway p95',
        'direct SQL p50',
        'direct SQL p95',
        'p95 ratio',
        'answers (gateway / direct)',
      ],
      result.figures.map((figure) => [
        figure.label,
        ms(figure.gateway.p50),
        ms(figure.gateway.p95),
        ms(figure.direct.p50),
        ms(figure.direct.p95),
        ratio(figure.gateway.p95 / figure.direct.p95),
        `${fmt(figure.answers.gateway)} / ${fmt(figure.answers.direct)}`,
      ]),
    ),
  ].join('\n');
}

/** Whether each section ran on fresh planner statistics (issue 7 §3b). */
function statisticsSection(rows: TableStatisticsAt[]): string[] {
  if (rows.length === 0) return [];
  const stale = rows.filter((row) => !row.fresh);
  return [
    '## Planner statistics at each section',
    '',
    stale.length === 0
      ? 'Every section ran on fresh statistics (rows changed since the last ANALYZE under 50 + 10%).'
      : `**${stale.length} table(s) had stale statistics when their section began**: plans may have scanned where they would probe.`,
    '',
    table(
      ['Section', 'Table', 'Live rows', 'Changed since ANALYZE', 'Last ANALYZE', 'Fresh'],
      rows.map((row) => [
        row.section,
        row.table,
        fmt(row.liveRows),
        fmt(row.modifiedSinceAnalyze),
        row.lastAnalyze ?? 'never',
        row.fresh ? 'yes' : '**no**',
      ]),
    ),
    '',
  ];
}
