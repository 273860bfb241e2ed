/**
 * Starts the product the way an operator does (`node packages/server/bin/start.mjs`) as a
 * child process, times it until the first 200 from /api/health, samples its memory from
 * /proc, and makes sure no child outlives the bench (normal end, error or ctrl-C).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { send, type Target } from './load';

export const repositoryRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const startScript = path.join(repositoryRoot, 'packages/server/bin/start.mjs');

const pollIntervalMs = 50;
const outputKeptChars = 8_000;

export interface MemorySample {
  /** VmHWM of the node process: the highest resident set it has had so far. */
  readonly peakRssMiB: number | null;
  /** VmRSS of the node process now. */
  readonly rssMiB: number | null;
  /** VmRSS of the node process and its descendants (tsx's esbuild service) now. */
  readonly treeRssMiB: number | null;
}

export interface ServerHandle {
  readonly pid: number;
  readonly target: Target;
  readonly databaseUrl: string;
  /** From spawn to the first 200 from /api/health. */
  readonly readySeconds: number;
  /** What the server printed itself ("klar efter X s"), measured from inside main.ts. */
  readonly serverReportedSeconds: number | null;
  /** Memory when it became ready, and the highest node+children RSS seen while polling. */
  readonly memoryAtReady: MemorySample;
  readonly peakTreeRssMiBDuringStart: number | null;
  /** CPU time (user + system) the node process had used when it became ready: less disturbed by a busy machine than the wall clock. */
  readonly cpuSecondsAtReady: number | null;
  memory(): MemorySample;
  output(): string;
  stop(): Promise<void>;
}

export interface StartOptions {
  readonly databaseUrl: string;
  /** Extra environment, e.g. TRUST_PROXY or SEED_DEMO. */
  readonly env?: Readonly<Record<string, string>>;
  readonly timeoutMs?: number;
}

// ---- clean-up of everything we started -------------------------------------------------

const liveChildren = new Set<ChildProcess>();
const cleanups: (() => Promise<void>)[] = [];
let handlersInstalled = false;

/** Runs on normal end, on error and on ctrl-C (e.g. dropping a benchmark database). */
export function onCleanup(task: () => Promise<void>): void {
  cleanups.push(task);
}

export async function cleanUp(): Promise<void> {
  await Promise.all([...liveChildren].map((child) => stopChild(child)));
  while (cleanups.length > 0) {
    const task = cleanups.pop();
    if (task) await task().catch((error: unknown) => process.stderr.write(`clean-up failed: ${String(error)}\n`));
  }
}

/** Runs a bench's `main`: a failure is printed and exits 1; started servers and temp folders are always removed. */
export async function runBench(main: () => Promise<void>): Promise<void> {
  installSignalHandlers();
  try {
    await main();
  } catch (error) {
    process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  } finally {
    await cleanUp();
  }
}

export function installSignalHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  let interrupted = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (interrupted) return;
      interrupted = true;
      process.stderr.write(`\n${signal}: stopping the bench servers…\n`);
      void cleanUp().finally(() => process.exit(130));
    });
  }
  // Last resort when the process ends any other way: synchronous kill of what is left.
  process.on('exit', () => {
    for (const child of liveChildren) {
      if (child.pid !== undefined) for (const pid of [...descendantsOf(child.pid), child.pid]) killQuietly(pid, 'SIGKILL');
    }
  });
}

function killQuietly(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // already gone
  }
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) {
    liveChildren.delete(child);
    return;
  }
  const pid = child.pid;
  const descendants = descendantsOf(pid);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timedOut = await Promise.race([exited.then(() => false), sleep(5_000).then(() => true)]);
  if (timedOut) {
    child.kill('SIGKILL');
    await exited;
  }
  // tsx's esbuild service normally ends with its parent; make sure it did.
  for (const descendant of descendants) killQuietly(descendant, 'SIGKILL');
  liveChildren.delete(child);
}

// ---- /proc --------------------------------------------------------------------------------

function readStatusKiB(pid: number, field: 'VmHWM' | 'VmRSS'): number | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
    return match?.[1] ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

function readOr<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

/** Child processes (recursively), from /proc/<pid>/task/<tid>/children. Empty where /proc is missing. */
export function descendantsOf(pid: number): number[] {
  const found: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    const current = queue.shift();
    if (current === undefined) break;
    for (const task of readOr(() => fs.readdirSync(`/proc/${current}/task`), [])) {
      const children = readOr(() => fs.readFileSync(`/proc/${current}/task/${task}/children`, 'utf8'), '');
      for (const child of children.split(/\s+/).filter(Boolean).map(Number)) {
        if (!found.includes(child)) {
          found.push(child);
          queue.push(child);
        }
      }
    }
  }
  return found;
}

const toMiB = (kib: number | null): number | null => (kib === null ? null : kib / 1024);

export function sampleMemory(pid: number): MemorySample {
  const own = readStatusKiB(pid, 'VmRSS');
  let tree = own;
  if (own !== null) for (const child of descendantsOf(pid)) tree = (tree ?? 0) + (readStatusKiB(child, 'VmRSS') ?? 0);
  return { peakRssMiB: toMiB(readStatusKiB(pid, 'VmHWM')), rssMiB: toMiB(own), treeRssMiB: toMiB(tree) };
}

/** utime + stime of a process from /proc/<pid>/stat (in clock ticks of 1/100 s on Linux). */
export function cpuSecondsOf(pid: number): number | null {
  const stat = readOr(() => fs.readFileSync(`/proc/${pid}/stat`, 'utf8'), '');
  // Fields after the command name (which may hold spaces) start at ") "; utime and stime are fields 14 and 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const user = Number(fields[11]);
  const system = Number(fields[12]);
  return Number.isFinite(user) && Number.isFinite(system) && stat !== '' ? (user + system) / 100 : null;
}

// ---- start ----------------------------------------------------------------------------------

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

export async function startServer(options: StartOptions): Promise<ServerHandle> {
  installSignalHandlers();
  const port = await freePort();
  const target: Target = { host: '127.0.0.1', port };
  let output = '';
  const keep = (chunk: Buffer): void => {
    output = (output + chunk.toString('utf8')).slice(-outputKeptChars);
  };

  const spawnedAt = performance.now();
  const child = spawn(process.execPath, [startScript], {
    cwd: repositoryRoot,
    env: {
      ...process.env,
      DATABASE_URL: options.databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      WEB_DIST_DIR: '',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  liveChildren.add(child);
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exitedEarly: string | null = null;
  child.once('exit', (code, signal) => {
    exitedEarly = `exited with ${signal ?? `code ${code}`}`;
    liveChildren.delete(child);
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error('could not start the server process');

  const timeoutMs = options.timeoutMs ?? 180_000;
  let peakTree: number | null = null;
  let readySeconds: number | null = null;
  while (readySeconds === null) {
    const attemptAt = performance.now();
    const status = await send(target, { method: 'GET', path: '/api/health' }, false, false).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) {
      readySeconds = (performance.now() - spawnedAt) / 1000;
      break;
    }
    const tree = sampleMemory(pid).treeRssMiB;
    if (tree !== null) peakTree = Math.max(peakTree ?? 0, tree);
    if (exitedEarly !== null) throw new Error(`the server ${String(exitedEarly)} before it was ready:\n${output}`);
    if (performance.now() - spawnedAt > timeoutMs) {
      await stopChild(child);
      throw new Error(`the server was not ready within ${timeoutMs / 1000} s:\n${output}`);
    }
    await sleep(Math.max(0, pollIntervalMs - (performance.now() - attemptAt)));
  }

  const memoryAtReady = sampleMemory(pid);
  const cpuSecondsAtReady = cpuSecondsOf(pid);
  if (memoryAtReady.treeRssMiB !== null) peakTree = Math.max(peakTree ?? 0, memoryAtReady.treeRssMiB);
  // The line main.ts prints right after listen() can trail the first health answer by a moment.
  for (let i = 0; i < 20 && !/klar efter/.test(output); i++) await sleep(25);
  const reported = /klar efter ([\d.,]+) s/.exec(output)?.[1];

  return {
    pid,
    target,
    databaseUrl: options.databaseUrl,
    readySeconds,
    serverReportedSeconds: reported === undefined ? null : Number(reported.replace(',', '.')),
    memoryAtReady,
    peakTreeRssMiBDuringStart: peakTree,
    cpuSecondsAtReady,
    memory: () => sampleMemory(pid),
    output: () => output,
    stop: () => stopChild(child),
  };
}
