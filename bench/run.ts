/**
 * `npm run bench [-- --quick] [-- --postgres]`: start-up time and memory on an empty data
 * folder, then latency and throughput of a few API routes against GET /api/health measured
 * in the same run. Prints a table and writes the same figures to bench/results/latest.json.
 * Benchmarks print; they never fail on a number.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { demoAccounts, demoPassword } from '../packages/server/src/demo/demo-accounts';
import { commonOptions, commonSettings, commonUsage } from './lib/args';
import { runLoad, send, warmUpServer, type LoadResult, type RequestSpec } from './lib/load';
import {
  describeEnvironment,
  formatReport,
  withHealthRatios,
  writeJson,
  type BenchReport,
  type EndpointResult,
  type LoadReport,
  type StartRun,
  type StartupReport,
} from './lib/report';
import { onCleanup, repositoryRoot, startServer, runBench, type ServerHandle } from './lib/server-process';
import { withPostgresDatabase } from './lib/postgres';
import { median } from './lib/stats';
import { signInDemo } from './lib/scenario';

const usage = `Usage: npm run bench -- [options]

  --quick              about 30 s: one cold start, concurrency 1 and 8, 1 s per row
${commonUsage}
  --skip-startup       no cold/warm start-up runs; only the load
  --no-trust-proxy     measure sign-in without TRUST_PROXY: sequentially, at most 25 requests (under the 30/min limit)
  (default --out: bench/results/latest.json)
`;

const { values: args } = parseArgs({
  options: {
    ...commonOptions,
    'skip-startup': { type: 'boolean', default: false },
    'no-trust-proxy': { type: 'boolean', default: false },
  },
  strict: true,
});
const common = commonSettings(args, usage);
const { quick, concurrency, durationSeconds } = common;
const trustProxy = !args['no-trust-proxy'];
const settings = {
  coldRuns: quick ? 1 : 3,
  concurrency,
  durationSeconds,
  warmupSeconds: common.warmupSeconds,
  // Server warm-up: until this many requests, or this many seconds, whichever comes first.
  serverWarmupRequests: 5_000,
  serverWarmupSeconds: quick ? 4 : 8,
  // argon2id costs tens of ms of CPU per sign-in: fewer requests, at most concurrency 8.
  signInConcurrency: trustProxy ? concurrency.filter((c) => c <= 8) : [1],
  signInDurationSeconds: durationSeconds,
  signInMaxRequests: trustProxy ? (quick ? 40 : 150) : 25,
  postgres: common.postgres,
  out: path.resolve(common.out ?? path.join(repositoryRoot, 'bench/results/latest.json')),
};

const adminEmail: string = demoAccounts.find((account) => account.role === 'municipal_admin')?.email ?? 'admin@demo.hjemvej.dk';
const activeDemoEmails = demoAccounts.map((account) => account.email);

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

// ---- start-up --------------------------------------------------------------------------

function freshDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hjemvej-bench-'));
  onCleanup(async () => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function startRun(label: string, server: ServerHandle): StartRun {
  return {
    label,
    readySeconds: server.readySeconds,
    serverReportedSeconds: server.serverReportedSeconds,
    memoryAtReady: server.memoryAtReady,
    peakTreeRssMiBDuringStart: server.peakTreeRssMiBDuringStart,
  };
}

/**
 * Cold starts on empty folders (migrations + demo data), then a warm start on the first
 * folder, which stays up and becomes the PGlite load server.
 */
async function measureStartup(loadEnv: Record<string, string>): Promise<{ report: StartupReport; server: ServerHandle }> {
  const cold: StartRun[] = [];
  const dirs: string[] = [];
  for (let run = 1; run <= settings.coldRuns; run++) {
    const dir = freshDataDir();
    dirs.push(dir);
    log(`start-up: cold ${run}/${settings.coldRuns} (pglite://${dir}) …`);
    const server = await startServer({ databaseUrl: `pglite://${dir}` });
    cold.push(startRun(`cold ${run}`, server));
    await server.stop();
    log(`  ready after ${server.readySeconds.toFixed(2)} s`);
  }
  const warmDir = dirs[0] ?? freshDataDir();
  log('start-up: warm (same folder as cold 1) …');
  const server = await startServer({ databaseUrl: `pglite://${warmDir}`, env: loadEnv });
  log(`  ready after ${server.readySeconds.toFixed(2)} s`);
  const peaks = cold.map((run) => run.memoryAtReady.peakRssMiB).filter((value): value is number => value !== null);
  return {
    server,
    report: {
      database: 'pglite (embedded, default)',
      note: "fresh empty data folder per cold run; API only (WEB_DIST_DIR=''); LOG_LEVEL=warn; ready = first 200 from GET /api/health, polled every 50 ms",
      cold,
      coldMedian: { readySeconds: median(cold.map((run) => run.readySeconds)), peakRssMiB: median(peaks) },
      warm: startRun('warm (cold 1 again)', server),
    },
  };
}

// ---- load --------------------------------------------------------------------------------

interface Endpoint {
  readonly name: string;
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly levels: readonly number[];
  readonly maxRequests?: number;
  readonly durationSeconds: number;
  readonly warmupSeconds: number;
  readonly request: (index: number) => RequestSpec;
}

/** 198.18.0.0/15 is reserved for benchmarks (RFC 2544): one address per sign-in. */
function benchmarkAddress(index: number): string {
  return `198.18.${(index >> 8) & 255}.${index & 255}`;
}

async function measureLoad(
  server: ServerHandle,
  database: LoadReport['database'],
  serverEnv: Record<string, string>,
): Promise<LoadReport> {
  const target = server.target;
  const session = await signInDemo(target, adminEmail);
  const signedIn = { cookie: session.cookie };
  const get =
    (path: string, headers: Record<string, string> = {}) =>
    (): RequestSpec => ({ method: 'GET', path, headers });
  const common = {
    durationSeconds: settings.durationSeconds,
    warmupSeconds: settings.warmupSeconds,
    levels: settings.concurrency,
  };

  // Order matters: /api/users writes an audit event per call and sign-in writes one too, and
  // /api/home counts today's audit events, so home runs before them.
  const endpoints: Endpoint[] = [
    { name: 'health', method: 'GET', path: '/api/health', ...common, request: get('/api/health') },
    { name: 'session', method: 'GET', path: '/api/auth/session', ...common, request: get('/api/auth/session', signedIn) },
    { name: 'home', method: 'GET', path: '/api/home', ...common, request: get('/api/home', signedIn) },
    { name: 'users', method: 'GET', path: '/api/users', ...common, request: get('/api/users', signedIn) },
    {
      name: 'sign-in',
      method: 'POST',
      path: '/api/auth/sign-in',
      levels: settings.signInConcurrency,
      durationSeconds: settings.signInDurationSeconds,
      // Without TRUST_PROXY every request counts against the same 30/min: no warm-up then.
      warmupSeconds: trustProxy ? settings.warmupSeconds : 0,
      maxRequests: settings.signInMaxRequests,
      request: (index) => ({
        method: 'POST',
        path: '/api/auth/sign-in',
        headers: {
          'content-type': 'application/json',
          ...(trustProxy ? { 'x-forwarded-for': benchmarkAddress(index) } : {}),
        },
        body: JSON.stringify({ email: activeDemoEmails[index % activeDemoEmails.length], password: demoPassword }),
      }),
    },
  ];

  // One request each first, so a broken route shows up before the timings.
  for (const endpoint of endpoints.filter((e) => e.name !== 'sign-in')) {
    const response = await send(target, endpoint.request(0), false);
    if (response.status !== 200)
      log(`  ! ${endpoint.method} ${endpoint.path} answered ${response.status}: ${response.body.slice(0, 200)}`);
  }

  // A freshly started server is several times slower for its first seconds under load (V8
  // optimising the JS and, on PGlite, its WebAssembly), so an unrecorded round over the
  // read-only routes comes first. /api/users is left out: it writes audit events, which
  // /api/home counts.
  const warmupRequests = [get('/api/health'), get('/api/auth/session', signedIn), get('/api/home', signedIn)];
  const warmup = await warmUpServer(
    target,
    settings,
    (index) => warmupRequests[index % warmupRequests.length]?.() ?? { method: 'GET', path: '/api/health' },
    log,
    `load (${database})`,
  );

  const rows: Omit<EndpointResult, 'vsHealth'>[] = [];
  const measure = async (endpoint: Endpoint, level: number): Promise<LoadResult> => {
    log(`load (${database}): ${endpoint.method} ${endpoint.path} @${level} …`);
    return runLoad({
      target,
      concurrency: level,
      durationMs: endpoint.durationSeconds * 1000,
      warmupMs: endpoint.warmupSeconds * 1000,
      request: endpoint.request,
      ...(endpoint.maxRequests === undefined ? {} : { maxRequests: endpoint.maxRequests }),
    });
  };
  for (const endpoint of endpoints) {
    for (const level of endpoint.levels) {
      const result = await measure(endpoint, level);
      rows.push({ name: endpoint.name, method: endpoint.method, path: endpoint.path, ...result });
    }
  }

  const health = rows.filter((row) => row.name === 'health');
  const results = withHealthRatios(rows, health);
  let healthAgain: EndpointResult | null = null;
  const healthEndpoint = endpoints[0];
  if (!quick && healthEndpoint) {
    const level = settings.concurrency[Math.floor(settings.concurrency.length / 2)] ?? 1;
    const again = await measure(healthEndpoint, level);
    healthAgain = withHealthRatios([{ name: 'health-again', method: 'GET', path: '/api/health', ...again }], health)[0] ?? null;
  }

  return {
    database,
    databaseUrl: server.databaseUrl.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@'),
    serverEnv,
    start: startRun(database, server),
    serverWarmup: { requests: warmup.completed, seconds: warmup.elapsedSeconds },
    signInNote: trustProxy
      ? 'server started with TRUST_PROXY=true; every sign-in sends its own X-Forwarded-For (198.18.0.0/15), so the 30/min per-IP limit is never reached; sign-ins rotate over the demo accounts'
      : 'no TRUST_PROXY: sequential sign-ins from one address, at most 25 (the route allows 30/min per IP)',
    results,
    healthAgain,
    memoryAfterLoad: server.memory(),
  };
}

// ---- main --------------------------------------------------------------------------------

async function main(): Promise<void> {
  const began = performance.now();
  const loadAverageAtStart = os.loadavg();
  const loadEnv: Record<string, string> = trustProxy ? { TRUST_PROXY: 'true' } : {};
  const loads: LoadReport[] = [];
  let startup: StartupReport | null = null;

  let pgliteServer: ServerHandle;
  if (args['skip-startup']) {
    const dir = freshDataDir();
    log(`load server: pglite://${dir} …`);
    pgliteServer = await startServer({ databaseUrl: `pglite://${dir}`, env: loadEnv });
  } else {
    const measured = await measureStartup(loadEnv);
    startup = measured.report;
    pgliteServer = measured.server;
  }
  loads.push(await measureLoad(pgliteServer, 'pglite', loadEnv));
  await pgliteServer.stop();

  if (settings.postgres) {
    const env = { ...loadEnv, SEED_DEMO: 'true' };
    loads.push(
      await withPostgresDatabase(async (url) => {
        log('load server: PostgreSQL (fresh database, migrations + demo data) …');
        const server = await startServer({ databaseUrl: url, env });
        try {
          return await measureLoad(server, 'postgres', env);
        } finally {
          await server.stop();
        }
      }),
    );
  }

  const report: BenchReport = {
    schemaVersion: 1,
    generatedAt: new Date().toISOString(),
    environment: describeEnvironment(loadAverageAtStart),
    options: {
      mode: quick ? 'quick' : 'full',
      coldRuns: args['skip-startup'] ? 0 : settings.coldRuns,
      concurrency: settings.concurrency,
      signInConcurrency: settings.signInConcurrency,
      durationSeconds: settings.durationSeconds,
      signInDurationSeconds: settings.signInDurationSeconds,
      signInMaxRequests: settings.signInMaxRequests,
      warmupSeconds: settings.warmupSeconds,
      postgres: settings.postgres,
    },
    startup,
    load: loads,
    totalSeconds: (performance.now() - began) / 1000,
  };
  writeJson(report, settings.out);
  process.stdout.write(`\n${formatReport(report)}\nJSON: ${path.relative(process.cwd(), settings.out) || settings.out}\n`);
}

await runBench(main);
