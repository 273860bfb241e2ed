/**
 * `npm run bench:dashboard`: issue 11's dashboards on the national synthetic data set (the one
 * `bench:national` builds into `hjemvej_national`: 98 municipalities, 200,000 citizens, ten
 * years; built here first when missing). Measures, in one run and on one server:
 *   - the municipal dashboard (GET /api/key-figures, the year to today, eight trend quarters,
 *     breakdown by method) as the leader of Demo Kommune and of the largest municipality;
 *   - the drill-down list (GET /api/key-figures/citizens: the people retained 12 months);
 *   - the national view (GET /api/national-figures) as the national consultant;
 * at concurrency 1 and 8, each next to GET /api/health and next to its floor: the same rows the
 * route reads, read in SQL on a `pg` pool in the same process (the municipal dashboard: its stored
 * summaries, `key_figure_summaries`, migration 0036; the national view: the figures aggregated from
 * the roll-up's member rows, `key_figure_member_rows`, migration 0034; the drill-down: its rows
 * with the names). Each route
 * is called once first (the first call of the day builds the roll-up, and the national view's
 * daily answer): that time is printed apart, and so is the member-rows statement itself
 * (compiled from key-figures-queries.ts, copy in key-figures.sql), the time every view took
 * before the roll-up. Prints one table and writes bench/results/dashboard-latest.json.
 * Benchmarks print; they never fail on a number.
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { defaultKeyFigurePeriod } from '../packages/contract/src/key-figures';
import {
  holidaysAround,
  type KeyFigureWindow,
  measureDefinitions,
  type MeasureId,
  measureIds,
  periodWindowKey,
  trendQuarters,
} from '../packages/domain/src/index';
import { todayInDenmark } from '../packages/server/src/calendar/danish-time';
import { compileStatement } from '../packages/server/src/database/reviewable-sql';
import {
  type KeyFigurePopulation,
  memberRowsQuery,
  personFactsQuery,
} from '../packages/server/src/modules/key-figures/key-figures-queries';
import { exitOnHelp, outAndHelpOptions } from './lib/args';
import { measureFloor, type FloorStatement, type PoolLike } from './lib/floors';
import { runLoad, send, type LoadResult, type Target } from './lib/load';
import { ensureNationalPostgres } from './lib/national-database';
import { largestMunicipalityName } from './lib/national-data';
import { dataBenchHead, ms, totalTimeLine } from './lib/report';
import { getRequest, signInDemo } from './lib/scenario';
import { onCleanup, repositoryRoot, runBench, startServer } from './lib/server-process';
import { summarise, type LatencySummary } from './lib/stats';

const usage = `npm run bench:dashboard [-- options]
  --database <name>    PostgreSQL database (default hjemvej_national; built when missing)
  --quick              1 s per row (default 3 s)
  --duration <s>       seconds per row
  --concurrency <list> default 1,8
  --out <file>         JSON output (default bench/results/dashboard-latest.json)
  -h, --help
`;

const { values: args } = parseArgs({
  options: {
    database: { type: 'string' },
    quick: { type: 'boolean', default: false },
    duration: { type: 'string' },
    concurrency: { type: 'string' },
    ...outAndHelpOptions,
  },
  strict: true,
});
exitOnHelp(args.help, usage);
const durationSeconds = Number(args.duration ?? (args.quick ? 1 : 3));
const levels = (args.concurrency ?? '1,8').split(',').map(Number);
if (!(durationSeconds > 0) || levels.some((l) => !Number.isInteger(l) || l < 1)) {
  process.stderr.write(usage);
  process.exit(2);
}
const out = path.resolve(args.out ?? path.join(repositoryRoot, 'bench/results/dashboard-latest.json'));
const log = (line: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`);

interface Row {
  readonly route: string;
  readonly who: string;
  readonly concurrency: number;
  readonly route_ms: LatencySummary;
  readonly routeThroughput: number;
  readonly failed: number;
  readonly floor_ms: LatencySummary;
  readonly firstCall_ms: number | null;
  readonly statement_ms: number | null;
}

/** The member-rows statement with the figures aggregated in the database: what every view cost before the roll-up. */
function statementFloor(population: KeyFigurePopulation, windows: readonly KeyFigureWindow[], asOf: string): FloorStatement[] {
  const members = compileStatement(memberRowsQuery(population, { windows, asOf, holidays: holidaysAround(windows, asOf) }));
  const group = population.kind === 'every_municipality' ? 'c.handlekommune_id::text' : 'm.method';
  const join = population.kind === 'every_municipality' ? 'JOIN citizens c ON c.id = m."personId"' : '';
  return [
    {
      text: `SELECT m."window", m.measure, ${group} AS group_key,
       count(DISTINCT m."personId") AS members,
       count(*) FILTER (WHERE m.outcome = 'numerator') AS numerator,
       count(*) FILTER (WHERE m.outcome IN ('numerator', 'denominator')) AS denominator,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY m.value) AS median
FROM (${members.sql}) m ${join}
GROUP BY GROUPING SETS ((m."window", m.measure, ${group}), (m."window", m.measure))`,
      values: members.parameters,
    },
  ];
}

const statementOf = (query: Parameters<typeof compileStatement>[0]): FloorStatement => {
  const compiled = compileStatement(query);
  return { text: compiled.sql, values: compiled.parameters };
};

/**
 * The figures aggregated in the database from the roll-up's rows (per window, measure and method;
 * per municipality for the national view), and the person facts a breakdown needs: the floor of a
 * route that reads the roll-up.
 */
function rollupFloor(organisationId: string | null): FloorStatement[] {
  const group = organisationId === null ? 'r.organisation_id::text' : 'r.method';
  const where = organisationId === null ? '' : 'WHERE r.organisation_id = $1';
  const facts = `SELECT c.id, c.birth_date, c.cpr FROM citizens c WHERE c.merged_into_id IS NULL AND ${
    organisationId === null
      ? "c.handlekommune_id IN (SELECT id FROM organisations WHERE kind = 'municipality')"
      : 'c.handlekommune_id = $1'
  }`;
  const values = organisationId === null ? [] : [organisationId];
  return [
    {
      text: `SELECT r.win, r.measure, ${group} AS group_key,
       count(DISTINCT r.person_id) AS members,
       count(*) FILTER (WHERE r.outcome = 'numerator') AS numerator,
       count(*) FILTER (WHERE r.outcome IN ('numerator', 'denominator')) AS denominator,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY r.value) AS median
FROM key_figure_member_rows r ${where}
GROUP BY GROUPING SETS ((r.win, r.measure, ${group}), (r.win, r.measure))`,
      values,
    },
    { text: facts, values },
  ];
}

/**
 * The municipal dashboard's floor since migration 0036: the stored summaries of today's windows
 * (the wholes, the method breakdown's groups, the bands) and the period's K3 rows (whose people
 * are checked for eviction warnings), the same rows the route reads.
 */
function summariesFloor(
  organisationId: string,
  windowKeys: readonly string[],
  retentionMeasures: readonly MeasureId[],
): FloorStatement[] {
  return [
    {
      text: `SELECT win, measure, breakdown, group_key, members, numerator, denominator, unknown, excluded, median, p75, mean
FROM key_figure_summaries
WHERE organisation_id = $1 AND win = ANY ($2::text[]) AND breakdown IN ('all', 'bands', 'method')`,
      values: [organisationId, windowKeys],
    },
    {
      text: `SELECT person_id, measure, anchor_on FROM key_figure_member_rows
WHERE organisation_id = $1 AND win = $2 AND measure = ANY ($3::text[])`,
      values: [organisationId, periodWindowKey, retentionMeasures],
    },
  ];
}

/** The people behind one figure: the roll-up's rows of one window, measure and part, with their names. */
function drillDownFloor(organisationId: string, measure: MeasureId): FloorStatement[] {
  return [
    {
      text: `SELECT c.id, c.first_name, c.last_name, c.alias, count(*) AS rows, min(r.anchor_on) AS anchor_on
FROM key_figure_member_rows r JOIN citizens c ON c.id = r.person_id
WHERE r.organisation_id = $1 AND r.win = $2 AND r.measure = $3 AND r.outcome = 'numerator'
GROUP BY c.id ORDER BY c.last_name NULLS LAST, c.first_name NULLS LAST, c.id`,
      values: [organisationId, periodWindowKey, measure],
    },
  ];
}

const slowRouteMs = 5_000;

/** `count` calls one after another: their latencies, throughput and failures. */
async function sequentialCalls(target: Target, requestPath: string, cookie: string, count: number) {
  const samples: number[] = [];
  let failed = 0;
  const began = performance.now();
  for (let i = 0; i < count; i += 1) {
    const start = performance.now();
    const response = await send(target, { method: 'GET', path: requestPath, headers: { cookie } }, false, false);
    samples.push(performance.now() - start);
    if (response.status !== 200) failed += 1;
  }
  return { latencyMs: summarise(samples), throughput: count / ((performance.now() - began) / 1000), failed };
}

/** The floor's statements `count` times on one connection. */
async function sequentialFloor(pool: PoolLike, statements: readonly FloorStatement[], count: number): Promise<LatencySummary> {
  const client = await pool.connect();
  const samples: number[] = [];
  try {
    for (let i = 0; i < count; i += 1) {
      const start = performance.now();
      for (const statement of statements) await client.query(statement.text, statement.values);
      samples.push(performance.now() - start);
    }
  } finally {
    client.release();
  }
  return summarise(samples);
}

async function main(): Promise<void> {
  const began = performance.now();
  const built = await ensureNationalPostgres({ name: args.database ?? 'hjemvej_national', scale: 1, rebuild: false, log });
  const server = await startServer({ databaseUrl: built.databaseUrl, env: { SEED_DEMO: 'false' }, timeoutMs: 120_000 });
  log(`server healthy ${server.readySeconds.toFixed(2)} s after spawn`);
  const target: Target = server.target;
  const { default: pg } = await import('pg');
  // The floor gets the route's work_mem (key-figures-queries.ts allowKeyFigureMemory).
  const pgPool = new pg.Pool({ connectionString: built.databaseUrl, max: Math.max(...levels), options: '-c work_mem=64MB' });
  onCleanup(async () => pgPool.end());
  const pool = pgPool as unknown as PoolLike;
  const idOf = async (name: string) =>
    (await pgPool.query<{ id: string }>('SELECT id FROM organisations WHERE name = $1', [name])).rows[0]?.id ?? '';

  const today = todayInDenmark();
  // The dashboard's default period (the web opens on it, and the roll-up holds it).
  const { from } = defaultKeyFigurePeriod(today);
  const period: KeyFigureWindow = { key: periodWindowKey, from, to: today };
  const windows = [period, ...trendQuarters(today)];
  const query = `from=${from}&to=${today}&referenceDate=${today}`;
  // Retained 3 months: the last year's move-ins are old enough for it (12 months would be empty).
  const drillMeasure = 'k3_retained_3m';

  const municipalities = [
    { key: 'demo', name: 'Demo Kommune', id: await idOf('Demo Kommune') },
    { key: 'storby', name: largestMunicipalityName, id: await idOf(largestMunicipalityName) },
  ];
  const routes: {
    name: string;
    who: string;
    path: string;
    cookie: string;
    floor: FloorStatement[];
    statement: FloorStatement[] | null;
  }[] = [];
  for (const m of municipalities) {
    const leader = (await signInDemo(target, `leder@${m.key}.hjemvej.dk`)).cookie;
    const population: KeyFigurePopulation = { kind: 'municipality', organisationId: m.id };
    routes.push({
      name: 'municipal dashboard',
      who: m.name,
      path: `/api/key-figures?${query}&breakdown=method`,
      cookie: leader,
      floor: summariesFloor(
        m.id,
        windows.map((w) => w.key),
        measureIds.filter((id) => measureDefinitions[id].figure === 'K3'),
      ),
      statement: [...statementFloor(population, windows, today), statementOf(personFactsQuery(population))],
    });
    routes.push({
      name: 'drill-down: retained 3 m',
      who: m.name,
      path: `/api/key-figures/citizens?${query}&measure=${drillMeasure}&part=numerator`,
      cookie: leader,
      floor: drillDownFloor(m.id, drillMeasure),
      statement: null,
    });
  }
  const consultant = (await signInDemo(target, 'konsulent@demo.hjemvej.dk')).cookie;
  routes.push({
    name: 'national view',
    who: 'the country',
    path: `/api/national-figures?${query}`,
    cookie: consultant,
    floor: rollupFloor(null),
    statement: statementFloor({ kind: 'every_municipality' }, windows, today),
  });

  // The first call of the day builds the roll-up (and the national view's daily answer): timed
  // apart, national view first (it builds every municipality's roll-up in one statement).
  const firstCalls = new Map<string, number>();
  for (const route of [...routes].reverse()) {
    const start = performance.now();
    const first = await send(target, { method: 'GET', path: route.path, headers: { cookie: route.cookie } }, false);
    const ms = performance.now() - start;
    if (first.status !== 200)
      throw new Error(`${route.name} (${route.who}) answered ${first.status}: ${first.body.slice(0, 300)}`);
    firstCalls.set(`${route.name}|${route.who}`, ms);
    log(`${route.who}: ${route.name}, first call ${(ms / 1000).toFixed(2)} s`);
  }
  // The statement every view ran before the roll-up (and still runs for another date or period).
  const statementTimes = new Map<string, LatencySummary>();
  for (const route of routes)
    if (route.statement !== null) {
      const times = await sequentialFloor(pool, route.statement, 1);
      statementTimes.set(`${route.name}|${route.who}`, times);
      log(`${route.who}: ${route.name}, member-rows statement ${ms(times.p50)} ms`);
    }

  const healthRows: LoadResult[] = [];
  for (const level of levels)
    healthRows.push(
      await runLoad({
        target,
        concurrency: level,
        durationMs: durationSeconds * 1000,
        warmupMs: 300,
        request: getRequest('/api/health'),
      }),
    );

  const rows: Row[] = [];
  for (const route of routes) {
    const probeStart = performance.now();
    const probe = await send(target, { method: 'GET', path: route.path, headers: { cookie: route.cookie } }, false);
    const probeMs = performance.now() - probeStart;
    if (probe.status !== 200)
      throw new Error(`${route.name} (${route.who}) answered ${probe.status}: ${probe.body.slice(0, 300)}`);
    log(
      `${route.who}: ${route.name} answers ${probe.status}, ${probe.body.length} bytes (first call ${(probeMs / 1000).toFixed(2)} s)`,
    );
    // A route slower than a few seconds cannot fill a load window: it is called three times in a
    // row instead (c=1 only) and its floor run three times, and the table says so.
    const slow = probeMs > slowRouteMs;
    for (const level of slow ? [1] : levels) {
      const result = slow
        ? await sequentialCalls(target, route.path, route.cookie, 3)
        : await runLoad({
            target,
            concurrency: level,
            durationMs: durationSeconds * 1000,
            warmupMs: 300,
            request: getRequest(route.path, route.cookie),
          });
      const loaded = slow ? null : await measureFloor(pool, route.floor, level, durationSeconds);
      // A floor slower than the window records nothing: then three runs in a row.
      const floor = loaded !== null && loaded.count > 0 ? loaded : await sequentialFloor(pool, route.floor, 3);
      log(
        `  ${route.who} ${route.name} c=${level}: p50 ${ms(result.latencyMs.p50)} p99 ${ms(result.latencyMs.p99)} ms; floor p50 ${ms(floor.p50)} p99 ${ms(floor.p99)} ms`,
      );
      rows.push({
        route: slow ? `${route.name} (3 calls)` : route.name,
        who: route.who,
        concurrency: level,
        route_ms: result.latencyMs,
        routeThroughput: result.throughput,
        failed: 'failed' in result ? result.failed : result.non2xx + result.errors,
        floor_ms: floor,
        firstCall_ms: firstCalls.get(`${route.name}|${route.who}`) ?? null,
        statement_ms: statementTimes.get(`${route.name}|${route.who}`)?.p50 ?? null,
      });
    }
  }
  await server.stop();

  const header = `  ${'route'.padEnd(30)} ${'for'.padEnd(15)} ${'c'.padStart(2)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'req/s'.padStart(7)} ${'floor p50'.padStart(9)} ${'floor p99'.padStart(9)} ${'p50÷floor'.padStart(9)} ${'failed'.padStart(6)} ${'1st call'.padStart(9)} ${'statement'.padStart(9)}`;
  const lines = [
    ...dataBenchHead(
      'Hjemvej dashboard bench (issue 11)',
      built.summary,
      `  period ${from} – ${today}, reference date ${today}, 8 trend quarters; ${durationSeconds} s per row (a route slower than 5 s: 3 calls in a row, c=1)`,
      healthRows,
    ),
    header,
    ...rows.map(
      (r) =>
        `  ${r.route.padEnd(30)} ${r.who.padEnd(15)} ${String(r.concurrency).padStart(2)} ${ms(r.route_ms.p50).padStart(8)} ${ms(r.route_ms.p99).padStart(8)} ${r.routeThroughput.toFixed(1).padStart(7)} ${ms(r.floor_ms.p50).padStart(9)} ${ms(r.floor_ms.p99).padStart(9)} ${`${(r.route_ms.p50 / r.floor_ms.p50).toFixed(2)}×`.padStart(9)} ${String(r.failed).padStart(6)} ${ms(r.firstCall_ms).padStart(9)} ${ms(r.statement_ms).padStart(9)}`,
    ),
    '',
    "Floor: the same rows read in SQL (municipal dashboard: its stored summaries; national view: aggregated from the roll-up rows). 1st call: the day's first call (builds the roll-up). Statement: the live member-rows statement (all views before the roll-up), ms.",
    'Targets (issue 11): municipal dashboard ≤ 500 ms and ≤ 1.5× the floor; national view ≤ 2 s; drill-down ≤ 200 ms.',
    totalTimeLine(began),
  ];
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(
    out,
    `${JSON.stringify({ generatedAt: new Date().toISOString(), summary: built.summary, health: healthRows, rows }, null, 2)}\n`,
  );
  process.stdout.write(`\n${lines.join('\n')}\nJSON: ${path.relative(process.cwd(), out)}\n`);
}

await runBench(main);
