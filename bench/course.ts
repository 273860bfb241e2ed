/**
 * `npm run bench:course [-- --quick] [-- --count N]`: issue 3's "Measured". With `count`
 * synthetic citizens and their histories loaded (default 10,000), the citizen page's API calls
 * and the by-name list (first page, sorted, and filtered) under concurrent load, next to
 * GET /api/health measured in the same run against the same server. Prints a table and writes
 * the same figures to bench/results/course-latest.json. Benchmarks print; they never fail on
 * a number. A route that answers 404 (not written yet) is skipped with a note.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { DatabaseTarget } from '../packages/server/src/config/database-url';
import { getRequest, measureEndpoints, signInDemo } from './lib/scenario';
import { caseworkerEmail, demoMunicipalityName, demoShelterName, prepareCourseData, type CourseData } from './lib/course-data';
import { commonOptions, commonSettings, commonUsage, exitWithUsage } from './lib/args';
import { runClosedLoop, send, warmUpServer, type LoadResult, type RequestSpec, type Target } from './lib/load';
import {
  describeEnvironment,
  fixed,
  loadRows,
  ms,
  table,
  withHealthRatios,
  type BenchEnvironment,
  type EndpointResult,
} from './lib/report';
import { onCleanup, repositoryRoot, startServer, runBench, type MemorySample } from './lib/server-process';
import { withPostgresDatabase } from './lib/postgres';

const shelterStaffEmail = 'herberg@demo.hjemvej.dk';

const usage = `Usage: npm run bench:course -- [options]

  --count <n>          synthetic citizens to generate (default 10000)
  --quick              concurrency 1 and 8, 1 s per row, shorter warm-ups (the data is the same)
${commonUsage}
  (default --out: bench/results/course-latest.json)
`;

const { values: args } = parseArgs({ options: { ...commonOptions, count: { type: 'string' } }, strict: true });
const common = commonSettings(args, usage);
const { quick, concurrency, durationSeconds } = common;
const count = args.count !== undefined ? Number(args.count) : 10_000;
if (!Number.isInteger(count) || count < 1) exitWithUsage(usage);
const settings = {
  count,
  seed: 1,
  concurrency,
  durationSeconds,
  warmupSeconds: common.warmupSeconds,
  postgres: common.postgres,
  serverWarmupRequests: 5_000,
  serverWarmupSeconds: quick ? 4 : 8,
  // Citizen ids for the citizen-page rows: this many pages of GET /api/citizens?pageSize=100.
  citizenPages: quick ? 3 : 20,
  out: path.resolve(common.out ?? path.join(repositoryRoot, 'bench/results/course-latest.json')),
};

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

// ---- requests ----------------------------------------------------------------------------

async function citizenIds(target: Target, cookie: string): Promise<string[]> {
  const ids: string[] = [];
  for (let page = 1; page <= settings.citizenPages; page++) {
    const response = await send(
      target,
      { method: 'GET', path: `/api/citizens?pageSize=100&page=${page}`, headers: { cookie } },
      false,
    );
    if (response.status !== 200)
      throw new Error(`GET /api/citizens page ${page} answered ${response.status}: ${response.body.slice(0, 300)}`);
    const body = JSON.parse(response.body) as { items: { id: string }[]; total: number };
    ids.push(...body.items.map((item) => item.id));
    if (body.items.length < 100) break;
  }
  if (ids.length === 0) throw new Error('GET /api/citizens returned no citizens');
  return ids;
}

interface Endpoint {
  readonly name: string;
  /** As printed: the route, with :id where a citizen id rotates. */
  readonly path: string;
  readonly request: (index: number) => RequestSpec;
}

/** The citizen page's calls, as the web app's citizen page sends them (see README). */
const citizenPageRoutes = ['', '/legal-checks', '/shelter-stays', '/housing-periods'] as const;

/** One "page view" = the page's calls for one citizen, sent in parallel as the browser does; it counts as its worst status. */
function runPageLoad(target: Target, level: number, pages: (index: number) => RequestSpec[]): Promise<LoadResult> {
  return runClosedLoop({
    concurrency: level,
    durationMs: settings.durationSeconds * 1000,
    warmupMs: settings.warmupSeconds * 1000,
    maxSockets: level * citizenPageRoutes.length,
    round: async (index, agent) => {
      const statuses = await Promise.all(pages(index).map(async (spec) => (await send(target, spec, agent, false)).status));
      // A page counts as its worst status: 200 only when every call was 2xx.
      return statuses.find((s) => s < 200 || s >= 300) ?? 200;
    },
  });
}

// ---- report -------------------------------------------------------------------------------

type Mode = 'pglite' | 'postgres';

/** One database's run: its data, its server, its rows (health first). */
interface RunReport {
  readonly mode: Mode;
  readonly data: CourseData & { readonly citizenIdsRotated: number; readonly database: string };
  readonly server: {
    readonly readySeconds: number;
    readonly memoryAtReady: MemorySample;
    readonly memoryAfterLoad: MemorySample;
  };
  readonly serverWarmup: { readonly requests: number; readonly seconds: number };
  readonly skipped: readonly string[];
  readonly results: readonly EndpointResult[];
  readonly healthAgain: EndpointResult | null;
}

interface CourseReport {
  readonly schemaVersion: 2;
  readonly generatedAt: string;
  readonly environment: BenchEnvironment;
  readonly options: typeof settings & { readonly mode: 'quick' | 'full' };
  readonly runs: readonly RunReport[];
  readonly totalSeconds: number;
}

function formatRun(run: RunReport, options: CourseReport['options']): string[] {
  const out = [
    '',
    `── ${run.mode === 'pglite' ? 'embedded PGlite' : 'PostgreSQL'} (${run.data.database})`,
    `  data: ${run.data.citizensGenerated} generated citizens (seed ${options.seed}, ${run.data.rowsWritten} rows) + the demo data, in ${demoMunicipalityName} / ${demoShelterName}; generated in ${run.data.generateSeconds.toFixed(1)} s (migrations + demo ${run.data.demoSeconds.toFixed(1)} s)`,
    `  server ready in ${run.server.readySeconds.toFixed(2)} s; peak RSS ${fixed(run.server.memoryAfterLoad.peakRssMiB, 0)} MiB after the load; warmed up with ${run.serverWarmup.requests} unrecorded requests in ${run.serverWarmup.seconds.toFixed(1)} s`,
    `  citizen rows rotate over ${run.data.citizenIdsRotated} citizen ids (GET /api/citizens?pageSize=100, ${options.citizenPages} pages); caseworker ${caseworkerEmail}, shelter rows as ${shelterStaffEmail}`,
    '',
    table(
      ['endpoint', 'conc', 'requests', 'req/s', 'p50 ms', 'p99 ms', 'max ms', 'failed', 'p50 ÷ health', 'req/s ÷ health'],
      loadRows(
        run.results,
        (row) => row.name,
        (row) => row.name.endsWith('/api/health'),
      ),
    ),
  ];
  if (run.healthAgain) {
    const again = run.healthAgain;
    const first = run.results.find((r) => r.path === '/api/health' && r.concurrency === again.concurrency);
    out.push(
      `  drift: GET /api/health at concurrency ${again.concurrency} again at the end: ${fixed(again.throughput, 0)} req/s, p50 ${ms(again.latencyMs.p50)} ms` +
        (first ? ` (was ${fixed(first.throughput, 0)} req/s, p50 ${ms(first.latencyMs.p50)} ms)` : ''),
    );
  }
  for (const note of run.skipped) out.push(`  skipped: ${note}`);
  for (const row of run.results.filter((r) => r.non2xx + r.errors > 0)) {
    out.push(
      `  ! ${row.name} @${row.concurrency}: statuses ${JSON.stringify(row.statusCounts)}${row.errors ? `, ${row.errors} without response (${row.firstError ?? ''})` : ''}`,
    );
  }
  return out;
}

function formatCourseReport(report: CourseReport): string {
  const env = report.environment;
  const loadAverage = { start: env.loadAverageAtStart, end: env.loadAverageAtEnd };
  const busy = Math.max(loadAverage.start[0] ?? 0, loadAverage.end[0] ?? 0) > env.cpus;
  const out = [
    `Hjemvej course bench (issue 3)  ${report.generatedAt}`,
    `  node ${env.node} · ${env.cpus} × ${env.cpuModel} · commit ${env.commit ?? '?'}${env.workingTreeDirty ? ' (uncommitted changes)' : ''}`,
    `  load average (1/5/15 min) ${loadAverage.start.map((v) => v.toFixed(2)).join(' ')} at start, ${loadAverage.end.map((v) => v.toFixed(2)).join(' ')} at end${busy ? '  ← busy machine: expect noisy figures' : ''}`,
    `  mode ${report.options.mode}: ${report.options.durationSeconds} s per row after ${report.options.warmupSeconds} s warm-up, concurrency ${report.options.concurrency.join('/')}`,
    ...report.runs.flatMap((run) => formatRun(run, report.options)),
    '',
    'page = the citizen page’s calls for one citizen sent in parallel; its latency runs until the last answer.',
    'How to read: p50 ÷ health > 1 means slower than the bare health check at the same concurrency, in the same run;',
    'req/s ÷ health < 1 means fewer requests (pages) per second. Figures are for this machine and this run only.',
    `Total bench time ${report.totalSeconds.toFixed(0)} s.`,
  ];
  return out.join('\n');
}

// ---- main --------------------------------------------------------------------------------

/**
 * One run on one database: generate the data into it (in this process), start the server on
 * it, probe, warm up, measure health and every row, stop the server.
 */
async function runOn(mode: Mode, databaseUrl: string, databaseTarget: DatabaseTarget, database: string): Promise<RunReport> {
  log(`[${mode}] data: ${database} (migrations + demo data) …`);
  const data = await prepareCourseData({ target: databaseTarget, count: settings.count, seed: settings.seed, log });
  log(`  ${data.citizensGenerated} citizens, ${data.rowsWritten} rows in ${data.generateSeconds.toFixed(1)} s`);

  log(`[${mode}] server: starting on that database …`);
  const server = await startServer({ databaseUrl });
  log(`  ready after ${server.readySeconds.toFixed(2)} s`);
  const target = server.target;
  const { cookie: caseworker } = await signInDemo(target, caseworkerEmail);
  const { cookie: shelterStaff } = await signInDemo(target, shelterStaffEmail);
  const ids = await citizenIds(target, caseworker);
  log(`  ${ids.length} citizen ids to rotate over`);

  const get = getRequest;
  const citizenGet =
    (suffix: string): ((index: number) => RequestSpec) =>
    (index) => ({
      method: 'GET',
      path: `/api/citizens/${ids[index % ids.length] ?? ''}${suffix}`,
      headers: { cookie: caseworker },
    });
  const byNameList = '/api/by-name-list?sort=daysHomeless&dir=desc&pageSize=50';
  const candidates: Endpoint[] = [
    ...citizenPageRoutes.map((suffix) => ({
      name: `GET /api/citizens/:id${suffix}`,
      path: `/api/citizens/:id${suffix}`,
      request: citizenGet(suffix),
    })),
    { name: `GET ${byNameList}`, path: byNameList, request: get(byNameList, caseworker) },
    {
      name: `GET ${byNameList}&warning=any`,
      path: `${byNameList}&warning=any`,
      request: get(`${byNameList}&warning=any`, caseworker),
    },
    {
      name: 'GET /api/by-name-list?sort=name&dir=asc&category=rough_sleeping&pageSize=50',
      path: '/api/by-name-list?sort=name&dir=asc&category=rough_sleeping&pageSize=50',
      request: get('/api/by-name-list?sort=name&dir=asc&category=rough_sleeping&pageSize=50', caseworker),
    },
    {
      name: 'GET /api/by-name-list?sort=daysAtShelter&dir=desc&pageSize=50 (shelter)',
      path: '/api/by-name-list?sort=daysAtShelter&dir=desc&pageSize=50',
      request: get('/api/by-name-list?sort=daysAtShelter&dir=desc&pageSize=50', shelterStaff),
    },
  ];

  // One request each first: a route that is not there yet (404) is skipped with a note, and any
  // other non-200 is shown before the timings.
  const skipped: string[] = [];
  const endpoints: Endpoint[] = [];
  for (const endpoint of candidates) {
    const probeStart = performance.now();
    const response = await send(target, endpoint.request(0), false).catch((error: unknown) => {
      const note = `${endpoint.name}: ${error instanceof Error ? error.message : String(error)}: not measured`;
      skipped.push(note);
      log(`  skipped: ${note}`);
      return null;
    });
    if (response === null) continue;
    log(`  probe ${endpoint.name}: ${response.status} in ${(performance.now() - probeStart).toFixed(0)} ms`);
    if (response.status === 404) {
      const note = `${endpoint.name} answered 404 (${response.body.slice(0, 120)}): not measured`;
      skipped.push(note);
      log(`  skipped: ${note}`);
      continue;
    }
    if (response.status !== 200) log(`  ! ${endpoint.name} answered ${response.status}: ${response.body.slice(0, 200)}`);
    endpoints.push(endpoint);
  }
  const pageSuffixes = citizenPageRoutes.filter((suffix) => endpoints.some((e) => e.path === `/api/citizens/:id${suffix}`));
  const page = (index: number): RequestSpec[] => pageSuffixes.map((suffix) => citizenGet(suffix)(index));

  const health: Endpoint = { name: 'GET /api/health', path: '/api/health', request: get('/api/health') };
  const warmupMix = [health, ...endpoints];
  const warmup = await warmUpServer(
    target,
    settings,
    (index) => (warmupMix[index % warmupMix.length] ?? health).request(Math.floor(index / warmupMix.length)),
    log,
  );

  const measure = (measured: readonly Endpoint[], levels: readonly number[]) =>
    measureEndpoints(target, measured, {
      levels,
      durationSeconds: settings.durationSeconds,
      warmupSeconds: settings.warmupSeconds,
      log,
    });
  const rows = await measure([health, ...endpoints], settings.concurrency);
  if (pageSuffixes.length > 0) {
    const name = `page: ${pageSuffixes.map((s) => `:id${s}`).join(' + ')}`;
    for (const level of settings.concurrency) {
      log(`load: ${name} @${level} …`);
      rows.push({ name, method: 'GET', path: 'citizen page', ...(await runPageLoad(target, level, page)) });
    }
  }
  const healthRows = rows.filter((row) => row.path === '/api/health');
  const results = withHealthRatios(rows, healthRows);
  let healthAgain: EndpointResult | null = null;
  if (!quick) {
    const level = settings.concurrency[Math.floor(settings.concurrency.length / 2)] ?? 1;
    const again = await measure([health], [level]);
    healthAgain =
      withHealthRatios(
        again.map((row) => ({ ...row, name: 'health-again' })),
        healthRows,
      )[0] ?? null;
  }
  const memoryAfterLoad = server.memory();
  await server.stop();
  return {
    mode,
    data: { ...data, citizenIdsRotated: ids.length, database },
    server: { readySeconds: server.readySeconds, memoryAtReady: server.memoryAtReady, memoryAfterLoad },
    serverWarmup: { requests: warmup.completed, seconds: warmup.elapsedSeconds },
    skipped,
    results,
    healthAgain,
  };
}

async function main(): Promise<void> {
  const began = performance.now();
  const loadAverageAtStart = os.loadavg();

  const runs: RunReport[] = [];
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hjemvej-bench-course-'));
  onCleanup(async () => fs.rmSync(dataDir, { recursive: true, force: true }));
  runs.push(await runOn('pglite', `pglite://${dataDir}`, { kind: 'pglite', dataDir }, `pglite://${dataDir}`));
  fs.rmSync(dataDir, { recursive: true, force: true });
  if (settings.postgres) {
    runs.push(
      await withPostgresDatabase((url) =>
        runOn('postgres', url, { kind: 'postgres', connectionString: url }, url.replace(/\/\/[^@/]*@/, '//…@')),
      ),
    );
  }

  const report: CourseReport = {
    schemaVersion: 2,
    generatedAt: new Date().toISOString(),
    environment: describeEnvironment(loadAverageAtStart),
    options: { ...settings, mode: quick ? 'quick' : 'full' },
    runs,
    totalSeconds: (performance.now() - began) / 1000,
  };
  fs.mkdirSync(path.dirname(settings.out), { recursive: true });
  fs.writeFileSync(
    settings.out,
    `${JSON.stringify(report, (_key, value: unknown) => (typeof value === 'number' && !Number.isFinite(value) ? null : value), 2)}\n`,
  );
  process.stdout.write(`\n${formatCourseReport(report)}\nJSON: ${path.relative(process.cwd(), settings.out) || settings.out}\n`);
}

await runBench(main);
