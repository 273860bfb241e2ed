/**
 * `npm run bench:national`: issue 9's national scale. Builds the national synthetic data set
 * once (lib/national-data.ts: 98 municipalities, 200,000 citizens with ten years of history) into
 * a dedicated PostgreSQL database (`hjemvej_national`, reused by later runs), or at a smaller
 * `--scale` into a PGlite folder with `--pglite`. Then starts the server on it (the time to the
 * first healthy answer is printed: no heavy work before listening) and measures, for Demo
 * Kommune and the largest municipality, citizen search, citizen list, by-name list, inbox, the
 * citizen page (one request, rotating over fifty citizens; PostgreSQL only) and the time report
 * over a year, at concurrency 1 and 8, next to GET /api/health and next to the
 * floor: the simplest hand-written SQL returning the same rows (bench/floors/*.sql, rerunnable
 * with psql), run in the same process on a pool. Prints one table; writes
 * bench/results/national-latest.json. Benchmarks print; they never fail on a number.
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { addDays } from '../packages/domain/src/index';
import { todayInDenmark } from '../packages/server/src/calendar/danish-time';
import { exitOnHelp, outAndHelpOptions } from './lib/args';
import { runLoad, send, type LoadResult, type Target } from './lib/load';
import { ensureNationalPostgres, type NationalDatabase } from './lib/national-database';
import { buildNationalData, largestMunicipalityName } from './lib/national-data';
import { dataBenchHead, ms, totalTimeLine } from './lib/report';
import { getRequest, signInDemo } from './lib/scenario';
import { onCleanup, repositoryRoot, runBench, startServer } from './lib/server-process';
import { loadFloor, measureFloor, type PoolLike } from './lib/floors';
import type { LatencySummary } from './lib/stats';

const usage = `npm run bench:national [-- options]
  --build-only         build (or find) the data set and stop
  --rebuild            drop and rebuild the PostgreSQL data set
  --scale <f>          fraction of the 200,000 citizens (default 1)
  --database <name>    PostgreSQL database (default hjemvej_national; must start with hjemvej_national)
  --pglite <folder>    build into / measure a PGlite folder instead (use a small --scale, e.g. 0.05)
  --quick              1 s per row (default 3 s)
  --duration <s>       seconds per row
  --concurrency <list> default 1,8
  --only <demo|storby> measure one municipality only
  --out <file>         JSON output (default bench/results/national-latest.json)
  -h, --help
`;

const { values: args } = parseArgs({
  options: {
    'build-only': { type: 'boolean', default: false },
    rebuild: { type: 'boolean', default: false },
    scale: { type: 'string' },
    database: { type: 'string' },
    pglite: { type: 'string' },
    postgres: { type: 'boolean', default: true },
    quick: { type: 'boolean', default: false },
    duration: { type: 'string' },
    concurrency: { type: 'string' },
    only: { type: 'string' },
    ...outAndHelpOptions,
  },
  strict: true,
});
exitOnHelp(args.help, usage);
const scale = Number(args.scale ?? 1);
const durationSeconds = Number(args.duration ?? (args.quick ? 1 : 3));
const levels = (args.concurrency ?? '1,8').split(',').map(Number);
if (!(scale > 0) || !(durationSeconds > 0) || levels.some((l) => !Number.isInteger(l) || l < 1)) {
  process.stderr.write(usage);
  process.exit(2);
}
const out = path.resolve(args.out ?? path.join(repositoryRoot, 'bench/results/national-latest.json'));
const log = (line: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`);

interface Municipality {
  readonly key: 'demo' | 'storby';
  readonly name: string;
  readonly id: string;
}

interface Row {
  readonly route: string;
  readonly municipality: string;
  readonly concurrency: number;
  readonly route_ms: LatencySummary;
  readonly routeThroughput: number;
  readonly failed: number;
  readonly floor_ms: LatencySummary | null;
}

async function prepareDatabase(): Promise<{ databaseUrl: string; summary: unknown }> {
  if (args.pglite !== undefined) {
    const dataDir = path.resolve(args.pglite);
    const marker = path.join(dataDir, 'hjemvej-national.json');
    if (fs.existsSync(marker) && !args.rebuild) {
      log(`national: reusing pglite://${dataDir}`);
      return { databaseUrl: `pglite://${dataDir}`, summary: JSON.parse(fs.readFileSync(marker, 'utf8')) as unknown };
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.mkdirSync(dataDir, { recursive: true });
    const summary = await buildNationalData({ target: { kind: 'pglite', dataDir }, scale, log });
    fs.writeFileSync(marker, `${JSON.stringify(summary)}\n`);
    return { databaseUrl: `pglite://${dataDir}`, summary };
  }
  const built: NationalDatabase = await ensureNationalPostgres({
    name: args.database ?? 'hjemvej_national',
    scale,
    rebuild: args.rebuild,
    log,
  });
  return { databaseUrl: built.databaseUrl, summary: built.summary };
}

async function main(): Promise<void> {
  const began = performance.now();
  const { databaseUrl, summary } = await prepareDatabase();
  if (args['build-only']) {
    process.stdout.write(`${JSON.stringify(summary)}\n`);
    return;
  }
  const server = await startServer({ databaseUrl, env: { SEED_DEMO: 'false' }, timeoutMs: 120_000 });
  log(`server healthy ${server.readySeconds.toFixed(2)} s after spawn (server says ${server.serverReportedSeconds ?? '?'} s)`);
  const target: Target = server.target;

  const isPostgres = databaseUrl.startsWith('postgres');
  const { default: pg } = await import('pg');
  const pool: PoolLike | null = isPostgres ? new pg.Pool({ connectionString: databaseUrl, max: Math.max(...levels) }) : null;
  if (pool) onCleanup(async () => (pool as unknown as { end(): Promise<void> }).end());
  const idOf = async (name: string): Promise<string> => {
    if (!pool) return '';
    const client = await pool.connect();
    try {
      const result = (await client.query('SELECT id FROM organisations WHERE name = $1', [name])) as {
        rows: { id: string }[];
      };
      return result.rows[0]?.id ?? '';
    } finally {
      client.release();
    }
  };
  /** Fifty surviving records of the municipality, spread over its history (a stable order). */
  const citizensOf = async (organisationId: string): Promise<string[]> => {
    if (!pool) return [];
    const client = await pool.connect();
    try {
      const result = (await client.query(
        'SELECT id FROM citizens WHERE handlekommune_id = $1 AND merged_into_id IS NULL ORDER BY md5(id::text) LIMIT 50',
        [organisationId],
      )) as { rows: { id: string }[] };
      return result.rows.map((row) => row.id);
    } finally {
      client.release();
    }
  };
  const municipalities: Municipality[] = [
    { key: 'demo', name: 'Demo Kommune', id: await idOf('Demo Kommune') },
    { key: 'storby', name: largestMunicipalityName, id: await idOf(largestMunicipalityName) },
  ];
  const today = todayInDenmark();
  const from = addDays(today, -365);
  const rows: Row[] = [];

  const health = async (concurrency: number) =>
    runLoad({ target, concurrency, durationMs: durationSeconds * 1000, warmupMs: 300, request: getRequest('/api/health') });
  const healthRows: LoadResult[] = [];
  for (const level of levels) healthRows.push(await health(level));

  for (const municipality of municipalities.filter((m) => args.only === undefined || m.key === args.only)) {
    const caseworker = (await signInDemo(target, `sagsbehandler@${municipality.key}.hjemvej.dk`)).cookie;
    const leader = (await signInDemo(target, `leder@${municipality.key}.hjemvej.dk`)).cookie;
    const jobcentre = (await signInDemo(target, `jobcenter@${municipality.key}.hjemvej.dk`)).cookie;
    // The citizen page rotates over some of the municipality's citizens (surviving records), as its floor does.
    const pageCitizens = await citizensOf(municipality.id);
    const routes: {
      name: string;
      path: string | ((index: number) => string);
      cookie: string;
      floor: string;
      variables: Record<string, string> | ((index: number) => Record<string, string>);
    }[] = [
      {
        name: 'citizen search "Hansen"',
        path: '/api/citizens?search=Hansen&pageSize=25',
        cookie: caseworker,
        floor: 'citizen-search.sql',
        variables: { organisation_id: municipality.id, search: 'Hansen' },
      },
      {
        name: 'citizen list, page 1',
        path: '/api/citizens?pageSize=25',
        cookie: caseworker,
        floor: 'citizen-list.sql',
        variables: { organisation_id: municipality.id },
      },
      {
        name: 'by-name list, days homeless',
        path: '/api/by-name-list?sort=daysHomeless&dir=desc&pageSize=50',
        cookie: caseworker,
        floor: 'by-name-list.sql',
        variables: { organisation_id: municipality.id },
      },
      {
        name: 'unit inbox, page 1',
        path: '/api/inbox?pageSize=50',
        cookie: jobcentre,
        floor: 'inbox.sql',
        variables: { email: `jobcenter@${municipality.key}.hjemvej.dk` },
      },
      {
        name: 'citizen page (one request)',
        path: (index) => `/api/citizens/${pageCitizens[index % pageCitizens.length] ?? ''}/page`,
        cookie: caseworker,
        floor: 'citizen-page.sql',
        variables: (index) => ({ organisation_id: municipality.id, citizen_id: pageCitizens[index % pageCitizens.length] ?? '' }),
      },
      {
        name: 'time report, a year',
        path: `/api/time-report?from=${from}&to=${today}`,
        cookie: leader,
        floor: 'time-report.sql',
        variables: { organisation_id: municipality.id, from, to: today },
      },
    ];
    for (const route of routes.filter((r) => r.floor !== 'citizen-page.sql' || pageCitizens.length > 0)) {
      const pathOf = typeof route.path === 'function' ? route.path : () => route.path as string;
      const variablesOf =
        typeof route.variables === 'function' ? route.variables : () => route.variables as Record<string, string>;
      // The first answer may refresh maintained rows (the by-name list's course_status): not timed.
      const probeStart = performance.now();
      let probe: { status: number } = { status: 0 };
      // The server keeps working on a request the load generator gave up on (30 s): ask again.
      for (let attempt = 0; attempt < 10 && probe.status === 0; attempt += 1) {
        probe = await send(target, { method: 'GET', path: pathOf(0), headers: { cookie: route.cookie } }, false).catch(() => ({
          status: 0,
        }));
      }
      log(
        `${municipality.name}: ${route.name} answers ${probe.status} (first call ${((performance.now() - probeStart) / 1000).toFixed(1)} s)`,
      );
      for (const level of levels) {
        log(`load: ${municipality.name} ${route.name} @${level} …`);
        const result = await runLoad({
          target,
          concurrency: level,
          durationMs: durationSeconds * 1000,
          warmupMs: 300,
          request: (index) => getRequest(pathOf(index), route.cookie)(),
        });
        const floor = pool
          ? await measureFloor(pool, (round) => loadFloor(route.floor, variablesOf(round)), level, durationSeconds)
          : null;
        log(
          `  ${route.name} c=${level}: p50 ${ms(result.latencyMs.p50)} p99 ${ms(result.latencyMs.p99)} ms; floor p50 ${ms(floor?.p50)} p99 ${ms(floor?.p99)} ms`,
        );
        rows.push({
          route: route.name,
          municipality: municipality.name,
          concurrency: level,
          route_ms: result.latencyMs,
          routeThroughput: result.throughput,
          failed: result.non2xx + result.errors,
          floor_ms: floor,
        });
      }
    }
  }
  await server.stop();

  const header = `  ${'route'.padEnd(30)} ${'municipality'.padEnd(15)} ${'c'.padStart(2)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'req/s'.padStart(7)} ${'floor p50'.padStart(9)} ${'floor p99'.padStart(9)} ${'p99÷floor'.padStart(9)} ${'failed'.padStart(6)}`;
  const lines = [
    ...dataBenchHead(
      'Hjemvej national bench (issue 9)',
      summary,
      `  database: ${databaseUrl.replace(/\/\/[^@]*@/, '//')}; server healthy ${server.readySeconds.toFixed(2)} s after spawn; ${durationSeconds} s per row`,
      healthRows,
    ),
    header,
    ...rows.map(
      (r) =>
        `  ${r.route.padEnd(30)} ${r.municipality.padEnd(15)} ${String(r.concurrency).padStart(2)} ${ms(r.route_ms.p50).padStart(8)} ${ms(r.route_ms.p99).padStart(8)} ${r.routeThroughput.toFixed(0).padStart(7)} ${ms(r.floor_ms?.p50).padStart(9)} ${ms(r.floor_ms?.p99).padStart(9)} ${(r.floor_ms ? `${(r.route_ms.p99 / r.floor_ms.p99).toFixed(1)}×` : '–').padStart(9)} ${String(r.failed).padStart(6)}`,
    ),
    '',
    `Targets: interactive p99 ≤ 50 ms at c=1 and ≤ 2× floor; time report ≤ 500 ms and ≤ 1.5× floor; c=8 p99 ≤ 250 ms.`,
    totalTimeLine(began),
  ];
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(
    out,
    `${JSON.stringify({ generatedAt: new Date().toISOString(), summary, readySeconds: server.readySeconds, health: healthRows, rows }, null, 2)}\n`,
  );
  process.stdout.write(`\n${lines.join('\n')}\nJSON: ${path.relative(process.cwd(), out)}\n`);
}

await runBench(main);
