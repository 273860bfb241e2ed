/**
 * `npm run bench:start [-- --runs N]`: the embedded default's start-up (issue 9 point 6). Cold:
 * `node packages/server/bin/start.mjs` on a new empty PGlite folder (data directory, migrations,
 * demo data); warm: the same folder started again. Each run is timed from spawn to the first 200
 * from /api/health; memory is VmHWM (peak RSS) of the node process from /proc, read when ready
 * and again two seconds later (what start-up left running in the background counts too).
 * Like `npm start`, it first builds the server's bundle and the PGlite template when missing.
 * Prints a table and writes bench/results/start-latest.json; never fails on a number.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { exitOnHelp, outAndHelpOptions } from './lib/args';
import { median } from './lib/stats';
import { buildServerBundle, isServerBundleFresh } from '../packages/server/bin/server-bundle.mjs';
import { buildPgliteTemplate, pgliteTemplatePath } from '../packages/server/src/database/pglite-template';
import { onCleanup, repositoryRoot, runBench, startServer } from './lib/server-process';

const usage = `npm run bench:start [-- options]
  --runs <n>    cold starts (each on a new folder) and warm starts (on the first folder); default 3
  --out <file>  JSON output (default bench/results/start-latest.json)
`;

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string' },
    ...outAndHelpOptions,
  },
  strict: true,
});
exitOnHelp(args.help, usage);
const runs = Number(args.runs ?? 3);
const out = path.resolve(args.out ?? path.join(repositoryRoot, 'bench/results/start-latest.json'));
const settleMs = 2_000;
const log = (line: string) => process.stderr.write(`${line}\n`);

interface StartRun {
  readonly kind: 'cold' | 'warm';
  readonly readySeconds: number;
  readonly serverSaysSeconds: number | null;
  readonly cpuSeconds: number | null;
  readonly peakRssMiBAtReady: number | null;
  readonly peakRssMiBSettled: number | null;
  readonly rssMiBSettled: number | null;
}

async function startOnce(kind: StartRun['kind'], dataDir: string): Promise<StartRun> {
  const server = await startServer({ databaseUrl: `pglite://${dataDir}` });
  try {
    await sleep(settleMs);
    const settled = server.memory();
    return {
      kind,
      readySeconds: server.readySeconds,
      serverSaysSeconds: server.serverReportedSeconds,
      cpuSeconds: server.cpuSecondsAtReady,
      peakRssMiBAtReady: server.memoryAtReady.peakRssMiB,
      peakRssMiBSettled: settled.peakRssMiB,
      rssMiBSettled: settled.rssMiB,
    };
  } finally {
    await server.stop();
  }
}

const mib = (value: number | null) => (value === null ? '–' : value.toFixed(0));
const seconds = (value: number | null) => (value === null ? '–' : value.toFixed(2));

await runBench(async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'hjemvej-start-'));
  onCleanup(async () => fs.rmSync(root, { recursive: true, force: true }));
  // What `npm start` builds once before the first start: the server's bundle and the
  // pre-initialised data directory (once per PGlite version); a cold start is a new database.
  if (!isServerBundleFresh()) {
    log('building the server bundle (as npm start does when the sources changed) …');
    await buildServerBundle();
  }
  if (!fs.existsSync(pgliteTemplatePath())) {
    log('building the PGlite template (once per PGlite version) …');
    const startedAt = performance.now();
    await buildPgliteTemplate();
    log(`  built in ${((performance.now() - startedAt) / 1000).toFixed(1)} s`);
  }
  const results: StartRun[] = [];
  const folders: string[] = [];
  for (let run = 1; run <= runs; run++) {
    const folder = path.join(root, `cold-${run}`);
    folders.push(folder);
    log(`cold ${run}/${runs} …`);
    results.push(await startOnce('cold', folder));
  }
  for (let run = 1; run <= runs; run++) {
    log(`warm ${run}/${runs} …`);
    results.push(await startOnce('warm', folders[0] ?? path.join(root, 'cold-1')));
  }
  const summary = (kind: StartRun['kind']) => {
    const rows = results.filter((row) => row.kind === kind);
    const values = (pick: (row: StartRun) => number | null) => rows.map(pick).filter((value): value is number => value !== null);
    return {
      readySeconds: median(values((row) => row.readySeconds)),
      cpuSeconds: median(values((row) => row.cpuSeconds)),
      peakRssMiB: median(values((row) => row.peakRssMiBSettled)),
      rssMiB: median(values((row) => row.rssMiBSettled)),
    };
  };
  const cold = summary('cold');
  const warm = summary('warm');
  const lines = [
    `PGlite start-up, ${runs} cold + ${runs} warm (ready = first 200 from /api/health; memory of the node process, ${settleMs / 1000} s after ready)`,
    '',
    '| run | ready s | CPU s | server says s | peak RSS MiB at ready | peak RSS MiB settled | RSS MiB settled |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.map(
      (row) =>
        `| ${row.kind} | ${row.readySeconds.toFixed(2)} | ${seconds(row.cpuSeconds)} | ${row.serverSaysSeconds?.toFixed(1) ?? '–'} | ${mib(row.peakRssMiBAtReady)} | ${mib(row.peakRssMiBSettled)} | ${mib(row.rssMiBSettled)} |`,
    ),
    '',
    `load average at the end: ${os
      .loadavg()
      .map((value) => value.toFixed(1))
      .join(' ')} on ${os.cpus().length} CPUs (a busy machine stretches the wall clock, less so CPU s)`,
    `median cold: ${seconds(cold.readySeconds)} s (CPU ${seconds(cold.cpuSeconds)} s), peak RSS ${mib(cold.peakRssMiB)} MiB   (target ≤ 8 s, ≤ 500 MiB)`,
    `median warm: ${seconds(warm.readySeconds)} s (CPU ${seconds(warm.cpuSeconds)} s), peak RSS ${mib(warm.peakRssMiB)} MiB, RSS ${mib(warm.rssMiB)} MiB   (target ≤ 3 s, ≤ 350 MiB)`,
    '',
  ];
  process.stdout.write(lines.join('\n'));
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(
    out,
    `${JSON.stringify({ measuredAt: new Date().toISOString(), loadAverage: os.loadavg(), runs: results, cold, warm }, null, 2)}\n`,
  );
});
