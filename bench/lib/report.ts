/** The bench's result shape, the table printed on stdout, and the JSON file. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LoadResult } from './load';
import { repositoryRoot, type MemorySample } from './server-process';
import { ratio } from './stats';

export interface StartRun {
  readonly label: string;
  readonly readySeconds: number;
  readonly serverReportedSeconds: number | null;
  readonly memoryAtReady: MemorySample;
  readonly peakTreeRssMiBDuringStart: number | null;
}

export interface StartupReport {
  readonly database: string;
  readonly note: string;
  readonly cold: readonly StartRun[];
  readonly coldMedian: { readonly readySeconds: number | null; readonly peakRssMiB: number | null };
  readonly warm: StartRun | null;
}

export interface EndpointResult extends LoadResult {
  readonly name: string;
  readonly method: string;
  readonly path: string;
  /** This row against GET /api/health at the same concurrency in the same run. */
  readonly vsHealth: { readonly p50: number | null; readonly throughput: number | null };
}

export interface LoadReport {
  readonly database: 'pglite' | 'postgres';
  readonly databaseUrl: string;
  readonly serverEnv: Readonly<Record<string, string>>;
  readonly start: StartRun;
  /** Unrecorded traffic before the first row (health, session, home at concurrency 8). */
  readonly serverWarmup: { readonly requests: number; readonly seconds: number };
  readonly signInNote: string;
  readonly results: readonly EndpointResult[];
  /** GET /api/health measured again at the end: how much the machine drifted during the run. */
  readonly healthAgain: EndpointResult | null;
  readonly memoryAfterLoad: MemorySample;
}

/** Where a bench ran: other work on the machine (the load average) skews every figure. */
export interface BenchEnvironment {
  readonly node: string;
  readonly platform: string;
  readonly cpus: number;
  readonly cpuModel: string;
  readonly totalMemoryMiB: number;
  readonly commit: string | null;
  readonly workingTreeDirty: boolean | null;
  /** os.loadavg() (1, 5, 15 min). */
  readonly loadAverageAtStart: readonly number[];
  readonly loadAverageAtEnd: readonly number[];
}

function git(...gitArgs: string[]): string | null {
  try {
    return execFileSync('git', gitArgs, { cwd: repositoryRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

/** The machine and the commit, at the end of a run that began with `loadAverageAtStart`. */
export function describeEnvironment(loadAverageAtStart: readonly number[]): BenchEnvironment {
  const cpus = os.cpus();
  const status = git('status', '--porcelain');
  return {
    node: process.version,
    platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    totalMemoryMiB: os.totalmem() / 1024 / 1024,
    commit: git('rev-parse', '--short', 'HEAD'),
    workingTreeDirty: status === null ? null : status.length > 0,
    loadAverageAtStart,
    loadAverageAtEnd: os.loadavg(),
  };
}

export interface BenchReport {
  readonly schemaVersion: 1;
  readonly generatedAt: string;
  readonly environment: BenchEnvironment;
  readonly options: {
    readonly mode: 'quick' | 'full';
    readonly coldRuns: number;
    readonly concurrency: readonly number[];
    readonly signInConcurrency: readonly number[];
    readonly durationSeconds: number;
    readonly signInDurationSeconds: number;
    readonly signInMaxRequests: number;
    readonly warmupSeconds: number;
    readonly postgres: boolean;
  };
  readonly startup: StartupReport | null;
  readonly load: readonly LoadReport[];
  readonly totalSeconds: number;
}

/** Fills in each row's ratio to the health row with the same concurrency. */
export function withHealthRatios(
  rows: readonly Omit<EndpointResult, 'vsHealth'>[],
  health: readonly LoadResult[],
): EndpointResult[] {
  return rows.map((row) => {
    const baseline = health.find((h) => h.concurrency === row.concurrency);
    return {
      ...row,
      vsHealth: {
        p50: ratio(row.latencyMs.p50, baseline?.latencyMs.p50),
        throughput: ratio(row.throughput, baseline?.throughput),
      },
    };
  });
}

// ---- text -----------------------------------------------------------------------------------

const dash = '–';

export function fixed(value: number | null | undefined, digits: number): string {
  return value === null || value === undefined || !Number.isFinite(value) ? dash : value.toFixed(digits);
}

export function ms(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return dash;
  return value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0);
}

export function times(value: number | null): string {
  return value === null ? dash : `${value < 10 ? value.toFixed(2) : value.toFixed(1)}×`;
}

/** The line under a bench's title: node, the machine's CPUs and its load average now. */
export function machineLine(): string {
  const cpus = os.cpus();
  return `  node ${process.version} · ${cpus.length} × ${cpus[0]?.model.trim() ?? '?'} · load average ${os
    .loadavg()
    .map((v) => v.toFixed(2))
    .join(' ')}`;
}

/** A line per GET /api/health row: p50, p99 and requests per second at its concurrency. */
export function healthLines(health: readonly LoadResult[]): string[] {
  return health.map(
    (h) =>
      `  GET /api/health c=${h.concurrency}: p50 ${ms(h.latencyMs.p50)} ms, p99 ${ms(h.latencyMs.p99)} ms, ${h.throughput.toFixed(0)} req/s`,
  );
}

/**
 * The opening of a bench over a built data set: its title with the time, the machine, the data set's
 * summary, one line on how it was measured, and GET /api/health, each block followed by a blank line.
 */
export function dataBenchHead(title: string, data: unknown, measuredLine: string, health: readonly LoadResult[]): string[] {
  return [
    `${title}  ${new Date().toISOString()}`,
    machineLine(),
    `  data: ${JSON.stringify(data)}`,
    measuredLine,
    '',
    ...healthLines(health),
    '',
  ];
}

/** The last line of a bench's text: how long it ran (from `began`, a performance.now()). */
export function totalTimeLine(began: number): string {
  return `Total bench time ${((performance.now() - began) / 1000).toFixed(0)} s. Figures are for this machine and this run only.`;
}

/**
 * The table of a bench measured by `measureEndpoints`: a row per endpoint and concurrency with its
 * p50 and p99 against GET /api/health at the same concurrency; `width` is the endpoint column's.
 */
export function endpointTable(results: readonly EndpointResult[], health: readonly LoadResult[], width: number): string[] {
  return [
    `  ${'endpoint'.padEnd(width)} ${'conc'.padStart(4)} ${'req'.padStart(6)} ${'req/s'.padStart(7)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'failed'.padStart(6)} ${'p50÷health'.padStart(10)} ${'p99÷health'.padStart(10)}`,
    ...results.map((r) => {
      const baseline = health.find((h) => h.concurrency === r.concurrency);
      const p99ratio = baseline ? r.latencyMs.p99 / baseline.latencyMs.p99 : Number.NaN;
      return `  ${r.name.padEnd(width)} ${String(r.concurrency).padStart(4)} ${String(r.completed).padStart(6)} ${r.throughput.toFixed(0).padStart(7)} ${r.latencyMs.p50.toFixed(2).padStart(8)} ${r.latencyMs.p99.toFixed(2).padStart(8)} ${String(r.non2xx + r.errors).padStart(6)} ${(r.vsHealth.p50 ?? Number.NaN).toFixed(1).padStart(9)}× ${p99ratio.toFixed(1).padStart(9)}×`;
    }),
  ];
}

export function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  alignLeft: readonly number[] = [0],
): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    '  ' +
    cells
      .map((cell, column) => (alignLeft.includes(column) ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '─'.repeat(width))), ...rows.map(line)].join('\n');
}

function startRow(run: StartRun): string[] {
  return [
    run.label,
    run.readySeconds.toFixed(2),
    fixed(run.serverReportedSeconds, 1),
    fixed(run.memoryAtReady.peakRssMiB, 0),
    fixed(run.peakTreeRssMiBDuringStart, 0),
  ];
}

/** A table row per result: endpoint, concurrency, requests, req/s, p50, p99, max, failed, and the ratios to health. */
export function loadRows(
  results: readonly EndpointResult[],
  label: (row: EndpointResult) => string = (row) => `${row.method} ${row.path}`,
  isHealth: (row: EndpointResult) => boolean = (row) => row.name === 'health',
): string[][] {
  return results.map((row) => [
    label(row),
    String(row.concurrency),
    String(row.completed),
    fixed(row.throughput, 0),
    ms(row.latencyMs.p50),
    ms(row.latencyMs.p99),
    ms(row.latencyMs.max),
    row.non2xx + row.errors === 0 ? '0' : `${row.non2xx + row.errors}!`,
    isHealth(row) ? '1×' : times(row.vsHealth.p50),
    isHealth(row) ? '1×' : times(row.vsHealth.throughput),
  ]);
}

export function formatReport(report: BenchReport): string {
  const out: string[] = [];
  const env = report.environment;
  out.push(
    `Hjemvej bench  ${report.generatedAt}`,
    `  node ${env.node} · ${env.platform} · ${env.cpus} × ${env.cpuModel} · ${env.totalMemoryMiB.toFixed(0)} MiB RAM · commit ${env.commit ?? '?'}${env.workingTreeDirty ? ' (uncommitted changes)' : ''}`,
    `  load average (1/5/15 min) ${env.loadAverageAtStart.map((v) => v.toFixed(2)).join(' ')} at start, ${env.loadAverageAtEnd.map((v) => v.toFixed(2)).join(' ')} at end` +
      (Math.max(env.loadAverageAtStart[0] ?? 0, env.loadAverageAtEnd[0] ?? 0) > env.cpus
        ? '  ← busy machine: expect noisy figures'
        : ''),
    `  mode ${report.options.mode}: ${report.options.durationSeconds} s per row after ${report.options.warmupSeconds} s warm-up, concurrency ${report.options.concurrency.join('/')}; sign-in ${report.options.signInConcurrency.join('/')} (≤ ${report.options.signInMaxRequests} requests, ≤ ${report.options.signInDurationSeconds} s)`,
    '',
  );

  const startup = report.startup;
  if (startup) {
    out.push(`Start-up — ${startup.database}; ${startup.note}`);
    const rows = startup.cold.map(startRow);
    rows.push(['cold median', fixed(startup.coldMedian.readySeconds, 2), '', fixed(startup.coldMedian.peakRssMiB, 0), '']);
    if (startup.warm) rows.push(startRow(startup.warm));
    out.push(table(['run', 'ready s', 'server says s', 'peak RSS MiB', 'node+esbuild MiB'], rows), '');
  }

  for (const load of report.load) {
    out.push(
      `Load — ${load.database} (${load.databaseUrl}); ${Object.entries(load.serverEnv)
        .map(([k, v]) => `${k}=${v}`)
        .join(' ')}`,
    );
    out.push(
      `  server ready in ${load.start.readySeconds.toFixed(2)} s; peak RSS ${fixed(load.memoryAfterLoad.peakRssMiB, 0)} MiB after the load (${fixed(load.start.memoryAtReady.peakRssMiB, 0)} MiB at ready); warmed up with ${load.serverWarmup.requests} unrecorded requests in ${load.serverWarmup.seconds.toFixed(1)} s`,
    );
    out.push(
      table(
        ['endpoint', 'conc', 'requests', 'req/s', 'p50 ms', 'p99 ms', 'max ms', 'failed', 'p50 ÷ health', 'req/s ÷ health'],
        loadRows(load.results),
      ),
    );
    if (load.healthAgain) {
      const first = load.results.find((r) => r.name === 'health' && r.concurrency === load.healthAgain?.concurrency);
      out.push(
        `  drift: GET /api/health at concurrency ${load.healthAgain.concurrency} again at the end: ${fixed(load.healthAgain.throughput, 0)} req/s, p50 ${ms(load.healthAgain.latencyMs.p50)} ms` +
          (first ? ` (was ${fixed(first.throughput, 0)} req/s, p50 ${ms(first.latencyMs.p50)} ms)` : ''),
      );
    }
    out.push(`  sign-in: ${load.signInNote}`);
    const failures = load.results.filter((r) => r.non2xx + r.errors > 0);
    for (const row of failures) {
      out.push(
        `  ! ${row.method} ${row.path} @${row.concurrency}: statuses ${JSON.stringify(row.statusCounts)}${row.errors ? `, ${row.errors} without response (${row.firstError ?? ''})` : ''}`,
      );
    }
    out.push('');
  }

  out.push(
    'How to read: p50 ÷ health > 1 means slower than the bare health check at the same concurrency;',
    'req/s ÷ health < 1 means fewer requests per second. Figures are for this machine and this run only.',
    `Total bench time ${report.totalSeconds.toFixed(0)} s.`,
  );
  return out.join('\n');
}

export function writeJson(report: BenchReport, file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(
    file,
    `${JSON.stringify(report, (_key, value: unknown) => (typeof value === 'number' && !Number.isFinite(value) ? null : value), 2)}\n`,
  );
}
