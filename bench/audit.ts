/**
 * `npm run bench:audit [-- --postgres] [-- --quick]`: issue 9 point 3. Audited reads must not
 * queue behind one lock: throughput of audited reads at concurrency 1, 2, 4 and 8, next to
 * GET /api/health measured in the same run against the same server, on the embedded PGlite and
 * (with --postgres) on a fresh PostgreSQL database. Each audited read writes one audit event in
 * its own transaction. Prints a table (req/s, p50, p99, and req/s at c ÷ req/s at c=1) and writes
 * bench/results/audit-latest.json. Benchmarks print; they never fail on a number.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { runLoad, send, type RequestSpec, type Target } from './lib/load';
import { commonOptions, commonSettings, commonUsage } from './lib/args';
import { withPostgresDatabase } from './lib/postgres';
import { getRequest, measureEndpoints, signInDemo, type MeasuredEndpoint } from './lib/scenario';
import { onCleanup, repositoryRoot, runBench, startServer } from './lib/server-process';
import type { EndpointResult } from './lib/report';

const usage = `npm run bench:audit [-- options]
  Audited reads (one audit event each) at concurrency 1,2,4,8 next to GET /api/health.
  --quick              2 s per row
${commonUsage}
`;
const { values } = parseArgs({ options: commonOptions, strict: true });
const common = commonSettings(values, usage);
const settings = {
  ...common,
  concurrency: values.concurrency === undefined ? [1, 2, 4, 8] : common.concurrency,
  durationSeconds: values.duration === undefined ? (common.quick ? 2 : 5) : common.durationSeconds,
  out: path.resolve(common.out ?? path.join(repositoryRoot, 'bench/results/audit-latest.json')),
};

const log = (line: string) => process.stderr.write(`${line}\n`);

type Row = Omit<EndpointResult, 'vsHealth'>;

async function idsFrom(target: Target, cookie: string, listPath: string): Promise<string[]> {
  const response = await send(target, { method: 'GET', path: listPath, headers: { cookie } }, false);
  if (response.status !== 200) throw new Error(`${listPath} answered ${response.status}: ${response.body.slice(0, 200)}`);
  const items = (JSON.parse(response.body) as { items: { id: string }[] }).items;
  if (items.length === 0) throw new Error(`${listPath} listed nothing`);
  return items.map((item) => item.id);
}

/** One database: a server with the demo data, then each row at each concurrency. */
async function measure(label: string, databaseUrl: string, env: Record<string, string>): Promise<Row[]> {
  log(`${label}: starting the server …`);
  const server = await startServer({ databaseUrl, env: { SEED_DEMO: 'true', ...env }, timeoutMs: 600_000 });
  try {
    const target = server.target;
    const admin = await signInDemo(target, 'admin@demo.hjemvej.dk');
    const caseworker = await signInDemo(target, 'sagsbehandler@demo.hjemvej.dk');
    const userIds = await idsFrom(target, admin.cookie, '/api/users?pageSize=50');
    const citizenIds = await idsFrom(target, caseworker.cookie, '/api/citizens?pageSize=50');
    const rotate =
      (ids: readonly string[], prefix: string, cookie: string) =>
      (i: number): RequestSpec =>
        getRequest(`${prefix}${ids[i % ids.length] ?? ''}`, cookie)();
    const endpoints: MeasuredEndpoint[] = [
      { name: 'GET /api/health', path: '/api/health', request: getRequest('/api/health') },
      {
        name: 'GET /api/users/:id (audited read)',
        path: '/api/users/:id',
        request: rotate(userIds, '/api/users/', admin.cookie),
      },
      {
        name: 'GET /api/citizens/:id (audited read)',
        path: '/api/citizens/:id',
        request: rotate(citizenIds, '/api/citizens/', caseworker.cookie),
      },
    ];
    log(`${label}: warming up …`);
    await runLoad({
      target,
      concurrency: 8,
      durationMs: common.quick ? 2_000 : 5_000,
      warmupMs: 0,
      maxRequests: 4_000,
      request: (i): RequestSpec => (endpoints[i % endpoints.length] ?? endpoints[0]!).request(i),
    });
    return await measureEndpoints(target, endpoints, {
      levels: settings.concurrency,
      durationSeconds: settings.durationSeconds,
      warmupSeconds: settings.warmupSeconds,
      log: (line) => log(`${label}: ${line}`),
    });
  } finally {
    await server.stop();
  }
}

function table(label: string, rows: readonly Row[]): string[] {
  const header = `  ${'endpoint'.padEnd(38)} ${'conc'.padStart(4)} ${'req/s'.padStart(7)} ${'÷ c=1'.padStart(6)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'failed'.padStart(6)} ${'÷ health req/s'.padStart(14)}`;
  return [
    label,
    header,
    ...rows.map((row) => {
      const first = rows.find((r) => r.name === row.name && r.concurrency === settings.concurrency[0]);
      const health = rows.find((r) => r.path === '/api/health' && r.concurrency === row.concurrency);
      const growth = first ? row.throughput / first.throughput : Number.NaN;
      const vsHealth = health ? row.throughput / health.throughput : Number.NaN;
      return `  ${row.name.padEnd(38)} ${String(row.concurrency).padStart(4)} ${row.throughput.toFixed(0).padStart(7)} ${growth.toFixed(2).padStart(5)}× ${row.latencyMs.p50.toFixed(2).padStart(8)} ${row.latencyMs.p99.toFixed(2).padStart(8)} ${String(row.non2xx + row.errors).padStart(6)} ${vsHealth.toFixed(2).padStart(13)}×`;
    }),
    // A failed row says how it failed (statuses, or the first error without a response), so a
    // failure seen once can be told from load (one run showed PGlite failing every citizen read at c ≥ 2).
    ...rows
      .filter((row) => row.non2xx + row.errors > 0)
      .map(
        (row) =>
          `  ! ${row.name} c=${row.concurrency}: statuses ${JSON.stringify(row.statusCounts)}${row.firstError ? `, first error without a response: ${row.firstError}` : ''}`,
      ),
    '',
  ];
}

async function main(): Promise<void> {
  const began = performance.now();
  const loadAtStart = os.loadavg();
  const results: Record<string, Row[]> = {};
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hjemvej-bench-audit-'));
  onCleanup(async () => fs.rmSync(dataDir, { recursive: true, force: true }));
  results.pglite = await measure('PGlite', `pglite://${dataDir}`, {});
  if (settings.postgres) {
    results.postgres = await withPostgresDatabase((url) =>
      measure('PostgreSQL', url, { AUDIT_DIR: path.join(dataDir, 'postgres-audit') }),
    );
  }
  const lines = [
    `Hjemvej audited-read bench (issue 9 point 3)  ${new Date().toISOString()}`,
    `  node ${process.version} · ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? '?'} · load average ${loadAtStart
      .map((v) => v.toFixed(2))
      .join(' ')} at start, ${os
      .loadavg()
      .map((v) => v.toFixed(2))
      .join(' ')} at end · ${settings.durationSeconds} s per row`,
    '',
    ...table('PGlite (one connection: requests queue by design)', results.pglite),
    ...(results.postgres ? table('PostgreSQL (pool of 10 per process)', results.postgres) : []),
    `Total bench time ${((performance.now() - began) / 1000).toFixed(0)} s. Figures are for this machine and this run only.`,
  ];
  fs.mkdirSync(path.dirname(settings.out), { recursive: true });
  fs.writeFileSync(settings.out, `${JSON.stringify({ settings, results }, null, 2)}\n`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

await runBench(main);
