/**
 * Issue 3 §12: people search and segment count with a large coalition (BENCH_SEARCH_PEOPLE, 1M by
 * default) and BENCH_SEARCH_OTHER_COALITIONS (100) other coalitions present. Each figure is the p95
 * of sequential requests through the gateway, beside the same SQL run directly on Postgres as
 * groundwork_app with app.tenant_id set (what membership runs, minus NATS, Nest and GraphQL), in the
 * same run with the same queries.
 *
 * Seeding never goes row by row: generated rows are COPYed into a temporary staging table, then
 * `INSERT … SELECT` into membership.people as the owner, per coalition under its row-level security,
 * in chunks, so the search-term triggers run set-based exactly as for an import.
 */
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Client, Pool } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { signUpCoalition } from './fixtures';
import type { GraphQLClient } from './graphql-client';
import { distribution, type Distribution } from './stats';

export interface SearchBenchSettings {
  people: number;
  otherCoalitions: number;
  peoplePerOtherCoalition: number;
  requests: number;
}

export interface SearchBenchFigure {
  label: string;
  gateway: Distribution;
  direct: Distribution;
  /** The answer (total count) both paths gave for the first query, to show they did the same work. */
  answers: { gateway: number; direct: number };
}

export interface SearchBenchResult {
  settings: SearchBenchSettings;
  seedSeconds: number;
  termRows: number;
  figures: SearchBenchFigure[];
}

export function searchBenchSettings(): SearchBenchSettings {
  const number = (name: string, fallback: number) => {
    const value = Number(process.env[name]);
    return Number.isFinite(value) && value > 0 ? Math.round(value) : fallback;
  };
  return {
    people: number('BENCH_SEARCH_PEOPLE', 1_000_000),
    otherCoalitions: number('BENCH_SEARCH_OTHER_COALITIONS', 100),
    peoplePerOtherCoalition: number('BENCH_SEARCH_OTHER_PEOPLE', 1000),
    requests: number('BENCH_SEARCH_REQUESTS', 200),
  };
}

const FIRST = [
  'Maria',
  'John',
  'Ada',
  'Wei',
  'Fatima',
  'Jonathan',
  'Catherine',
  'Ahmed',
  'Olga',
  'Luis',
  'Grace',
  'Kwame',
  'Priya',
  'Sofia',
  'Mohammed',
  'Anna',
  'James',
  'Aisha',
  'Carlos',
  'Mei',
];
const LAST = [
  'Garcia',
  'Smith',
  'Lovelace',
  'Chen',
  'Okafor',
  'Smythe',
  'Nguyen',
  'Hassan',
  'Petrova',
  'Fernandez',
  'Hopper',
  'Mensah',
  'Patel',
  'Rossi',
  'Khan',
  'Novak',
  'Brown',
  'Bello',
  'Silva',
  'Wong',
];
const AREAS = [
  'North',
  'South',
  'East',
  'West',
  'Riverside',
  'Old Town',
  'Harbour',
  'Hillside',
  'Market',
  'Station',
];
const TAGS = ['renters', 'volunteer', 'donor', 'union', 'parent', 'student'];
const SEARCHES = [
  'maria garcia',
  'lovelase',
  'jon smith',
  'okafor',
  'fatima',
  'wei chen',
  'petrova olga',
  'catherine ng',
];
/** A segment an organizer would build: renters in two areas who consent to email, joined since 2022. */
const COUNT_FILTER = {
  tags: { match: 'ANY', names: ['renters'] },
  areas: ['North', 'Riverside'],
  joined: { from: '2022-01-01' },
  consentGranted: ['EMAIL'],
};

const log = (message: string) => process.stderr.write(`[bench search] ${message}\n`);

/** Membership's own SQL builders, from its build: the direct figures run exactly the same statements. */
interface MembershipSql {
  searchSql(selectList: string): string;
  parseSearchQuery(query: string): Array<{ text: string; kind: string; prefix: boolean }>;
  compileSegmentFilter(
    filter: unknown,
    shapes: Map<string, unknown>,
    params: { values: unknown[] },
  ): string[];
  listConditions(options: { excludeDoNotContact: boolean }): string[];
  SqlParameters: new (initial: unknown[]) => { values: unknown[] };
}

function membershipSql(): MembershipSql {
  const dist = resolve(__dirname, '..', '..', 'apps', 'membership', 'dist');
  /* eslint-disable @typescript-eslint/no-require-imports */
  return {
    ...(require(`${dist}/search/person-search.repository`) as Pick<MembershipSql, 'searchSql'>),
    ...(require(`${dist}/search/search-query`) as Pick<MembershipSql, 'parseSearchQuery'>),
    ...(require(`${dist}/segments/segment-filter.compiler`) as Pick<
      MembershipSql,
      'compileSegmentFilter' | 'listConditions'
    >),
    ...(require(`${dist}/segments/sql-parameters`) as Pick<MembershipSql, 'SqlParameters'>),
  };
  /* eslint-enable @typescript-eslint/no-require-imports */
}

export async function runSearchBench(options: {
  anonymous: GraphQLClient;
  ownerDatabaseUrl: string;
  appDatabaseUrl: string;
  settings: SearchBenchSettings;
}): Promise<SearchBenchResult> {
  const { settings } = options;
  const sql = membershipSql();
  const big = await retried(() => signUpCoalition(options.anonymous, 'search'));
  const gateway = options.anonymous.withToken(big.accessToken);
  const owner = new Pool({
    connectionString: options.ownerDatabaseUrl,
    max: 2,
    application_name: 'bench-search-seed',
  });
  let seedSeconds = 0;
  let termRows = 0;
  try {
    const started = performance.now();
    const others: string[] = [];
    for (let i = 0; i < settings.otherCoalitions; i += 1)
      others.push((await retried(() => signUpCoalition(options.anonymous, `other${i}`))).tenantId);
    log(
      `signed up ${others.length + 1} coalitions; seeding ${settings.people} people in one and ${settings.peoplePerOtherCoalition} in each other`,
    );
    await seed(owner, big.tenantId, settings.people);
    for (const tenantId of others) await seed(owner, tenantId, settings.peoplePerOtherCoalition);
    await owner.query(
      'ANALYZE membership.people, membership.person_search_terms, membership.person_consents, membership.person_levels',
    );
    await owner.query('VACUUM (ANALYZE) membership.person_search_terms');
    seedSeconds = (performance.now() - started) / 1000;
    termRows = Number(
      (
        await owner.query<{ n: string }>(
          `SELECT reltuples::bigint AS n FROM pg_class WHERE oid = 'membership.person_search_terms'::regclass`,
        )
      ).rows[0]?.n ?? 0,
    );
    log(`seeded in ${seedSeconds.toFixed(0)} s (${termRows} search terms)`);
  } finally {
    await owner.end();
  }

  const direct = new Client({
    connectionString: options.appDatabaseUrl,
    application_name: 'bench-search-direct',
  });
  await direct.connect();
  try {
    const inTenant = async <T>(run: () => Promise<T>): Promise<T> => {
      await direct.query('BEGIN');
      await direct.query(`select set_config('app.tenant_id', $1, true)`, [big.tenantId]);
      try {
        return await run();
      } finally {
        await direct.query('COMMIT');
      }
    };
    const searchStatement = sql.searchSql('p.*');
    const searchParams = (query: string) => {
      const tokens = sql.parseSearchQuery(query);
      return [
        big.tenantId,
        tokens.map((t) => t.text),
        tokens.map((t) => t.kind),
        tokens.map((t) => t.prefix),
        query,
        false,
        null,
        null,
        21,
      ];
    };
    const params = new sql.SqlParameters([big.tenantId]);
    const where = [
      'p.tenant_id = $1',
      ...sql.listConditions({ excludeDoNotContact: false }),
      ...sql.compileSegmentFilter(COUNT_FILTER, new Map(), params),
    ];
    const countStatement = `SELECT count(*)::int AS count FROM membership.people p WHERE ${where.join(' AND ')}`;

    const searchQuery =
      'query ($q: String!) { searchPeople(query: $q, first: 20) { totalCount edges { node { id firstName lastName email } } } }';
    const countQuery = 'query ($filter: SegmentFilterInput!) { segmentCount(filter: $filter) }';
    const figures: SearchBenchFigure[] = [];

    const searchViaGateway = async (i: number) =>
      (
        await gateway.request<{ searchPeople: { totalCount: number } }>(searchQuery, {
          q: SEARCHES[i % SEARCHES.length],
        })
      ).searchPeople.totalCount;
    const searchDirect = async (i: number) =>
      inTenant(async () => {
        const rows = (await direct.query(searchStatement, searchParams(SEARCHES[i % SEARCHES.length]!)))
          .rows as Array<{ search_total: number }>;
        return rows[0]?.search_total ?? 0;
      });
    figures.push(
      await measure(
        `searchPeople(first: 20), ${SEARCHES.length} queries in turn`,
        settings.requests,
        searchViaGateway,
        searchDirect,
      ),
    );

    const countViaGateway = async () =>
      (await gateway.request<{ segmentCount: number }>(countQuery, { filter: COUNT_FILTER })).segmentCount;
    const countDirect = async () =>
      inTenant(
        async () =>
          ((await direct.query(countStatement, params.values)).rows as Array<{ count: number }>)[0]?.count ??
          0,
      );
    figures.push(
      await measure(
        'segmentCount (tags, areas, joined, consent)',
        settings.requests,
        countViaGateway,
        countDirect,
      ),
    );
    return { settings, seedSeconds, termRows, figures };
  } finally {
    await direct.end();
  }
}

/** A kept-alive connection the gateway closed while idle answers "socket hang up" once: try again. */
async function retried<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof Error) || !/socket hang up|ECONNRESET/.test(error.message)) throw error;
    return run();
  }
}

/** Warm-up, then direct and gateway in alternating rounds of sequential requests. */
async function measure(
  label: string,
  requests: number,
  viaGateway: (i: number) => Promise<number>,
  viaDirect: (i: number) => Promise<number>,
): Promise<SearchBenchFigure> {
  const answers = { gateway: await viaGateway(0), direct: await viaDirect(0) };
  for (let i = 0; i < 10; i += 1) {
    await viaGateway(i);
    await viaDirect(i);
  }
  const gatewayTimes: number[] = [];
  const directTimes: number[] = [];
  const rounds = 4;
  for (let round = 0; round < rounds; round += 1) {
    for (const [run, times] of [
      [viaDirect, directTimes],
      [viaGateway, gatewayTimes],
    ] as const) {
      for (let i = 0; i < requests / rounds; i += 1) {
        const started = performance.now();
        await run(i);
        times.push(performance.now() - started);
      }
    }
  }
  const figure = { label, gateway: distribution(gatewayTimes), direct: distribution(directTimes), answers };
  log(
    `${label}: p95 gateway ${figure.gateway.p95.toFixed(1)} ms, direct ${figure.direct.p95.toFixed(1)} ms (answers ${answers.gateway}/${answers.direct})`,
  );
  return figure;
}

/** COPY generated rows into a staging table, then INSERT … SELECT under the coalition's policy, in chunks. */
async function seed(owner: Pool, tenantId: string, people: number): Promise<void> {
  const CHUNK = 100_000;
  const client = await owner.connect();
  try {
    await client.query('BEGIN');
    await client.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
    const levels = (
      await client.query(`SELECT id FROM membership.ladder_levels WHERE tenant_id = $1 ORDER BY position`, [
        tenantId,
      ])
    ).rows.map((row: { id: string }) => row.id);
    await client.query('COMMIT');
    for (let start = 0; start < people; start += CHUNK) {
      const size = Math.min(CHUNK, people - start);
      await client.query('BEGIN');
      await client.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
      await client.query(`CREATE TEMP TABLE bench_people (
          id uuid, first_name text, last_name text, email text, phone text, area text, tags text[], joined_on date, level int, consents boolean
        ) ON COMMIT DROP`);
      await pipeline(
        Readable.from(rows(start, size)),
        client.query(copyFrom('COPY bench_people FROM STDIN')),
      );
      await client.query(
        `INSERT INTO membership.people (tenant_id, id, first_name, last_name, email, phone, area, tags, joined_on, created_at, updated_at)
         SELECT $1, id, first_name, last_name, email, phone, area, tags, joined_on, now(), now() FROM bench_people`,
        [tenantId],
      );
      await client.query(
        `INSERT INTO membership.person_levels (tenant_id, person_id, level_id, since)
         SELECT $1, b.id, ($2::uuid[])[b.level], now() FROM bench_people b WHERE b.level IS NOT NULL`,
        [tenantId, levels],
      );
      await client.query(
        `INSERT INTO membership.consent_records (tenant_id, id, person_id, channel, status, source, wording, recorded_at)
         SELECT $1, gen_random_uuid(), id, 'EMAIL', 'GRANTED', 'bench', 'Yes', now() FROM bench_people WHERE consents`,
        [tenantId],
      );
      await client.query('COMMIT');
    }
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

function* rows(start: number, size: number): Generator<string> {
  let batch = '';
  for (let i = start; i < start + size; i += 1) {
    const first = FIRST[i % FIRST.length]!;
    const last = LAST[Math.floor(i / FIRST.length) % LAST.length]!;
    const area = AREAS[(i * 7) % AREAS.length]!;
    const tags = `{${TAGS.filter((_, t) => (i >> t) % 3 === 0).join(',')}}`;
    const joined = `20${String(15 + (Math.floor(i / 7) % 10)).padStart(2, '0')}-${String(1 + (i % 12)).padStart(2, '0')}-15`;
    const level = Math.floor(i / 3) % 5 === 0 ? String(1 + (i % 4)) : '\\N';
    const phone = `+1202${String(1_000_000 + (i % 9_000_000)).padStart(7, '0')}`;
    batch += `${randomUUID()}\t${first}\t${last}\t${first.toLowerCase()}.${last.toLowerCase()}.${i}@example.org\t${phone}\t${area}\t${tags}\t${joined}\t${level}\t${Math.floor(i / 11) % 3 === 0 ? 't' : 'f'}\n`;
    if (batch.length > 64_000) {
      yield batch;
      batch = '';
    }
  }
  if (batch) yield batch;
}
