/**
 * `npm run bench` (scripts/bench.sh → `node bench/dist/run.js`): measures the gateway path against
 * baselines from the same run and writes BENCHMARKS.md at the repository root. Issue 2, §11; issue 10 (plain
 * Apollo and federation baselines, createPerson).
 *
 * Tunable for quick runs: BENCH_DURATION_SECONDS (10), BENCH_WARMUP_SECONDS (2), BENCH_ROUNDS (3),
 * BENCH_PEOPLE (500), BENCH_RATE (200), BENCH_PROPAGATION_SECONDS (15), BENCH_SECTIONS (1,2,4,3,5,6),
 * BENCH_OUTPUT (BENCHMARKS.md), BENCH_STRICT=1 (exit 1 when a budget fails); section 5 (people search and segment
 * count): BENCH_SEARCH_PEOPLE (1000000), BENCH_SEARCH_OTHER_COALITIONS (100), BENCH_SEARCH_OTHER_PEOPLE (1000),
 * BENCH_SEARCH_REQUESTS (200); alone with BENCH_SECTIONS=5. Section 6 (import): BENCH_IMPORT_ROWS (200000),
 * BENCH_IMPORT_BIG_ROWS (1000000, 0 skips it); alone with BENCH_SECTIONS=6.
 */
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { natsConnectOptions } from '@groundwork/service-kit/client';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { Pool } from 'pg';
import { BASELINES, startBaselineServers, stopBaselineServers } from './baseline-servers';
import { CpuMeter, findPids, type CpuSplit } from './cpu';
import { loadBenchEnv, type BenchEnv } from './env';
import { closeHttpConnections } from './http-post';
import { personInput, seedPeople, signUpCoalition } from './fixtures';
import { GraphQLClient } from './graphql-client';
import { measureJetStreamBaseline } from './jetstream-baseline';
import { failures, runLoad, type LoadResult } from './load';
import { describeMachine } from './machine';
import { natsPerGraphQL, readGatewayCounters } from './metrics';
import { Operations, requestBody } from './operations';
import { startBenchPlatform, type BenchPlatform } from './platform';
import { measurePropagation, waitForProjection } from './propagation';
import { runSearchBench, searchBenchSettings } from './search-bench';
import { importBenchSettings, runImportBench } from './import-bench';
import { tableStatisticsAt } from './table-statistics';
import {
  PAGE_BUDGETS,
  PATH_ORDER,
  PATHS,
  PERSON_BUDGETS,
  WRITE_BUDGETS,
  verdicts,
  writeReport,
  type BenchReport,
  type LoadComparison,
  type NatsPerRequest,
  type PathName,
  type RatioBudget,
} from './report';

const numberFrom = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};

const settings = {
  durationSeconds: numberFrom('BENCH_DURATION_SECONDS', 10),
  warmupSeconds: numberFrom('BENCH_WARMUP_SECONDS', 2),
  rounds: Math.round(numberFrom('BENCH_ROUNDS', 3)),
  people: Math.round(numberFrom('BENCH_PEOPLE', 500)),
  poolSize: 10,
  propagationRate: numberFrom('BENCH_RATE', 200),
  propagationSeconds: numberFrom('BENCH_PROPAGATION_SECONDS', 15),
};
/** Which benchmarks to run, e.g. BENCH_SECTIONS=3 while working on propagation; all by default. */
const SECTIONS = (process.env.BENCH_SECTIONS ?? '1,2,4,3,5,6').split(',').map((section) => section.trim());
const PERSON_CONCURRENCY = [10, 50];
const PAGE_CONCURRENCY = [10];
const WRITE_CONCURRENCY = [10];
const NATS_PAGE_SIZES = [10, 50, 100];
const NATS_SAMPLE_REQUESTS = 500;
const OUTPUT = resolve(process.env.BENCH_OUTPUT ?? resolve(__dirname, '..', '..', 'BENCHMARKS.md'));

const log = (message: string) =>
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);

/** Everything started is stopped in reverse order, on success, failure or Ctrl-C. */
class Cleanup {
  private readonly steps: { name: string; run: () => Promise<unknown> }[] = [];
  private done?: Promise<void>;

  add(name: string, run: () => Promise<unknown>): void {
    this.steps.push({ name, run });
  }

  runAll(): Promise<void> {
    this.done ??= (async () => {
      for (const step of this.steps.reverse()) {
        await step.run().catch((error: unknown) => log(`stopping ${step.name} failed: ${String(error)}`));
      }
    })();
    return this.done;
  }
}

interface Target {
  url: string;
  body: string;
  headers: Record<string, string>;
  expectBody?: string;
  bodies?: () => string;
  accept?: (answer: string) => boolean;
}

/**
 * The gateway path and its baselines in interleaved rounds (each round runs every path once, in
 * PATH_ORDER, the gateway last), each run after a warm-up, CPU measured per process.
 */
async function compare(
  operation: string,
  label: string,
  connections: number,
  targets: Partial<Record<PathName, Target>>,
  budgets: RatioBudget[],
  meter: CpuMeter,
  metricsUrl: string,
): Promise<LoadComparison> {
  const names = PATH_ORDER.filter((name) => targets[name]);
  const comparison: LoadComparison = {
    label,
    connections,
    budgets,
    paths: Object.fromEntries(names.map((name) => [name, { results: [], cpu: [] }])),
  };
  const before = await readGatewayCounters(metricsUrl);
  for (let round = 1; round <= settings.rounds; round += 1) {
    for (const name of names) {
      const measured = await measureLoad(meter, targets[name]!, connections);
      comparison.paths[name]!.results.push(measured.result);
      comparison.paths[name]!.cpu.push(measured.cpu);
      log(
        `${operation}, ${label}, round ${round}, ${PATHS[name]}: ${measured.result.requestsPerSecond.toFixed(0)} req/s, ` +
          `p50 ${measured.result.p50Ms} ms, p99 ${measured.result.p99Ms} ms, failed ${failures(measured.result)}`,
      );
    }
  }
  // Other paths never reach the gateway, so its counters are the gateway rounds'.
  comparison.natsPerRequest = natsPerGraphQL(before, await readGatewayCounters(metricsUrl));
  return comparison;
}

async function measureLoad(
  meter: CpuMeter,
  target: Target,
  connections: number,
): Promise<{ result: LoadResult; cpu: CpuSplit }> {
  const load = { ...target, connections, durationSeconds: settings.durationSeconds };
  // The warm-up stays outside the CPU window.
  await runLoad({ ...load, durationSeconds: settings.warmupSeconds });
  return meter.measure(() => runLoad(load));
}

/** The answer both servers must give, fetched and checked before any load. */
async function checkedAnswer(client: GraphQLClient, body: string): Promise<string> {
  const answer = await client.raw(body);
  const parsed = JSON.parse(answer) as { data?: unknown; errors?: unknown };
  if (parsed.errors || !parsed.data)
    throw new Error(`${client.url} did not answer cleanly: ${answer.slice(0, 500)}`);
  return answer;
}

interface PageAnswer {
  data: {
    people: {
      totalCount: number;
      edges: { node: unknown }[];
      pageInfo: { hasNextPage: boolean };
    };
  };
}

function samePage(a: string, b: string): boolean {
  const rows = (text: string) => {
    const { people } = (JSON.parse(text) as PageAnswer).data;
    return JSON.stringify([
      people.totalCount,
      people.pageInfo.hasNextPage,
      people.edges.map((edge) => edge.node),
    ]);
  };
  return rows(a) === rows(b);
}

async function natsPerPageSize(gateway: GraphQLClient, metricsUrl: string): Promise<NatsPerRequest[]> {
  const rows: NatsPerRequest[] = [];
  for (const pageSize of NATS_PAGE_SIZES) {
    const body = requestBody(Operations.peoplePage, { first: pageSize });
    const expectBody = await checkedAnswer(gateway, body);
    const before = await readGatewayCounters(metricsUrl);
    const result = await runLoad({
      url: gateway.url,
      body,
      headers: gateway.headers,
      expectBody,
      connections: 10,
      durationSeconds: settings.durationSeconds,
      maxRequests: NATS_SAMPLE_REQUESTS,
    });
    const after = await readGatewayCounters(metricsUrl);
    if (failures(result) > 0)
      throw new Error(`people(first: ${pageSize}): ${failures(result)} failed requests`);
    rows.push({
      pageSize,
      graphqlRequests: after.graphqlRequests - before.graphqlRequests,
      natsRequests: after.natsRequests - before.natsRequests,
    });
    log(
      `people(first: ${pageSize}): ${natsPerGraphQL(before, after).toFixed(2)} NATS requests per GraphQL request`,
    );
  }
  return rows;
}

async function main(): Promise<number> {
  const started = performance.now();
  const env: BenchEnv = loadBenchEnv();
  const runTag = randomBytes(3).toString('hex');
  const cleanup = new Cleanup();
  const onSignal = (signal: NodeJS.Signals) => {
    log(`${signal}: stopping everything started`);
    void cleanup.runAll().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  cleanup.add('keep-alive connections', async () => closeHttpConnections());
  const admin = new Pool({ connectionString: env.adminDatabaseUrl, max: 2, application_name: 'bench-admin' });
  cleanup.add('the admin pool', () => admin.end());
  const problems: string[] = [];
  const report: BenchReport = {
    machine: await describeMachine(env.adminDatabaseUrl, 'unknown'),
    settings: { database: env.databaseName, ...settings },
    answersMatch: { personById: false, peoplePage: false },
    personById: [],
    peoplePage: [],
    createPerson: [],
    natsPerPage: [],
    tableStatistics: [],
    problems,
    loadAverageAtStart: loadavg()[0] ?? 0,
    totalSeconds: 0,
  };

  try {
    const nats: NatsConnection = await connect({ ...natsConnectOptions(env.natsUrl), name: 'bench' });
    cleanup.add('the NATS connection', () => nats.drain());
    report.machine.nats = nats.info?.version ?? 'unknown';

    // Postgres may run without autovacuum (this machine's CI configuration does): start every run from
    // fresh statistics and no dead rows, so earlier runs do not slow this one down.
    await admin.query('VACUUM ANALYZE');
    report.outboxRowsAtStart = (
      await admin.query<{ count: number }>('SELECT count(*)::int AS count FROM membership.outbox')
    ).rows[0]?.count;

    log(`starting gateway, membership and evaluation on ${env.databaseName}`);
    const platform: BenchPlatform = await startBenchPlatform(env, settings.poolSize);
    cleanup.add('the platform', () => platform.stop());
    log(`platform up in namespace ${platform.namespace} at ${platform.graphqlUrl}`);

    const anonymous = new GraphQLClient(platform.graphqlUrl);
    const readers = await signUpCoalition(anonymous, 'reads');
    const gateway = anonymous.withToken(readers.accessToken);
    log(`seeding ${settings.people} people`);
    const ids = await seedPeople(gateway, settings.people, runTag);

    const servers = await startBaselineServers(env, platform.jwtSecret, settings.poolSize, (name, server) => {
      cleanup.add(name, () => server.stop());
      log(`${name} up at ${server.url} (pid ${server.pid})`);
    });
    const clients = {
      gateway,
      ...Object.fromEntries(
        BASELINES.map((name) => [name, new GraphQLClient(servers[name].url, readers.accessToken)]),
      ),
    } as Record<PathName, GraphQLClient>;

    const meter = new CpuMeter({
      gateway: () => platform.pids('gateway'),
      membership: () => platform.pids('membership'),
      evaluation: () => platform.pids('evaluation'),
      'Nest baseline': () => [servers.nest.pid],
      'plain Apollo baseline': () => [servers.plain.pid],
      'federation gateway': () => [servers.federation.pid],
      'federation subgraph': () => [servers.subgraph.pid],
      'postgres (backends on the bench database)': async () =>
        (
          await admin.query<{ pid: number }>(
            `SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
            [env.databaseName],
          )
        ).rows.map((row) => row.pid),
      'nats-server': () =>
        findPids({ comm: 'nats-server', commandLine: new URL(env.natsUrl).port || '4222' }),
    });
    /** Each path's target for one read, with the answer it gave before the load (to compare during it). */
    const readTargets = async (
      body: string,
      same: (baseline: string, gateway: string) => boolean,
    ): Promise<{ targets: Record<PathName, Target>; differ: PathName[] }> => {
      const targets = {} as Record<PathName, Target>;
      for (const name of PATH_ORDER) {
        const client = clients[name];
        targets[name] = {
          url: client.url,
          body,
          headers: client.headers,
          expectBody: await checkedAnswer(client, body),
        };
      }
      const differ = BASELINES.filter(
        (name) => !same(targets[name].expectBody!, targets.gateway.expectBody!),
      );
      return { targets, differ };
    };

    /** A benchmark that fails is reported as such; the others still run. */
    const section = async (name: string, work: () => Promise<void>) => {
      if (!SECTIONS.includes(name.slice(0, 1)))
        return log(`skipping ${name} (BENCH_SECTIONS=${SECTIONS.join(',')})`);
      try {
        report.tableStatistics.push(...(await tableStatisticsAt(admin, name)));
        await work();
      } catch (error) {
        problems.push(`${name} failed: ${error instanceof Error ? error.message : String(error)}`);
        log(problems.at(-1)!);
      }
    };

    await section('1. Person by id', async () => {
      const personBody = requestBody(Operations.personById, { id: ids[Math.floor(ids.length / 2)] });
      const { targets, differ } = await readTargets(personBody, (baseline, answer) => baseline === answer);
      report.answersMatch.personById = differ.length === 0;
      if (differ.length > 0)
        problems.push(
          `person(id): ${differ.map((name) => PATHS[name]).join(', ')} answered unlike the gateway`,
        );
      for (const connections of PERSON_CONCURRENCY) {
        report.personById.push(
          await compare(
            'person(id)',
            `concurrency ${connections}`,
            connections,
            targets,
            PERSON_BUDGETS,
            meter,
            platform.metricsUrl,
          ),
        );
      }
    });

    await section('2. People page', async () => {
      const pageBody = requestBody(Operations.peoplePage, { first: 50 });
      const { targets, differ } = await readTargets(pageBody, samePage);
      report.answersMatch.peoplePage = differ.length === 0;
      if (differ.length > 0)
        problems.push(
          `people(first: 50): ${differ.map((name) => PATHS[name]).join(', ')} returned other rows than the gateway`,
        );
      for (const connections of PAGE_CONCURRENCY) {
        report.peoplePage.push(
          await compare(
            'people(first: 50)',
            `concurrency ${connections}`,
            connections,
            targets,
            PAGE_BUDGETS,
            meter,
            platform.metricsUrl,
          ),
        );
      }
      report.natsPerPage = await natsPerPageSize(gateway, platform.metricsUrl);
    });

    await section('4. createPerson', async () => {
      // A coalition of its own, so the reads' pages and counts stay as they were.
      const writers = await signUpCoalition(anonymous, 'writes');
      const writeTarget = (url: string): Target => {
        const headers = { authorization: `Bearer ${writers.accessToken}` };
        return {
          url,
          headers,
          body: '',
          bodies: () => requestBody(Operations.createPerson, { input: personInput(runTag) }),
          accept: (answer) => answer.startsWith('{"data":{"createPerson":{"id":"'),
        };
      };
      for (const connections of WRITE_CONCURRENCY) {
        report.createPerson.push(
          await compare(
            'createPerson',
            `concurrency ${connections}`,
            connections,
            { plain: writeTarget(servers.plain.url), gateway: writeTarget(platform.graphqlUrl) },
            WRITE_BUDGETS,
            meter,
            platform.metricsUrl,
          ),
        );
      }
    });
    await stopBaselineServers(servers);

    await section('3. Event propagation', async () => {
      // Start from an idle projection: evaluation first catches up with the seeding.
      const seeded = await waitForProjection(admin, readers.tenantId);
      if (seeded.processed < seeded.written) {
        problems.push(`evaluation had not caught up with seeding (${seeded.processed}/${seeded.written})`);
      }
      log(`JetStream baseline: ${settings.propagationRate}/s for ${settings.propagationSeconds} s`);
      const transport = await meter.measure(() =>
        measureJetStreamBaseline(
          nats,
          platform.namespace,
          settings.propagationRate,
          settings.propagationSeconds,
        ),
      );
      report.jetStreamBaseline = transport.result;
      report.jetStreamCpu = transport.cpu;
      log(`propagation: createPerson at ${settings.propagationRate}/s for ${settings.propagationSeconds} s`);
      const writers = await signUpCoalition(anonymous, 'events');
      const measured = await meter.measure(() =>
        measurePropagation(
          anonymous.withToken(writers.accessToken),
          admin,
          writers.tenantId,
          settings.propagationRate,
          settings.propagationSeconds,
          runTag,
        ),
      );
      const propagation = measured.result;
      report.propagation = propagation;
      report.propagationCpu = measured.cpu;
      if (propagation.eventsProcessed < propagation.eventsWritten) {
        problems.push(
          `only ${propagation.eventsProcessed} of ${propagation.eventsWritten} events reached the projection in time`,
        );
      }
      if (propagation.mutations.failed > 0) {
        problems.push(
          `${propagation.mutations.failed} createPerson mutations failed: ${propagation.mutations.firstError ?? ''}`,
        );
      }
    });

    await section('5. People search and segment count', async () => {
      report.search = await runSearchBench({
        anonymous,
        ownerDatabaseUrl: env.ownerDatabaseUrl,
        appDatabaseUrl: env.appDatabaseUrl,
        settings: searchBenchSettings(),
      });
    });

    await section('6. Import', async () => {
      report.imports = await runImportBench(env, platform, importBenchSettings());
      problems.push(...report.imports.problems);
    });
  } catch (error) {
    problems.push(
      `the run stopped early: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    log(problems.at(-1)!);
  } finally {
    await cleanup.runAll();
  }

  report.totalSeconds = (performance.now() - started) / 1000;
  await writeReport(OUTPUT, report);
  const summary = verdicts(report);
  for (const row of summary.rows)
    log(
      `${row.result.padEnd(4)} ${row.benchmark}: ${row.figure} ${row.gateway} vs ${row.baseline} (${row.ratio}, ${row.budget})`,
    );
  log(`wrote ${OUTPUT}`);
  if (problems.length > 0) return 1;
  return summary.failed > 0 && process.env.BENCH_STRICT === '1' ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
