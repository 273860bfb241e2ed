/**
 * A small closed-loop load generator on node:http with a keep-alive agent.
 *
 * `concurrency` workers each send one request, wait for the whole response body, and send
 * the next; every request's latency is taken with performance.now() around that round trip.
 * A short warm-up at the same concurrency (not recorded) opens the sockets and lets both
 * sides' JIT settle before the measured window starts.
 */
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { summarise, type LatencySummary } from './stats';

export interface RequestSpec {
  readonly method: 'GET' | 'POST';
  readonly path: string;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: string;
}

export interface Target {
  readonly host: string;
  readonly port: number;
}

export interface LoadOptions {
  readonly target: Target;
  readonly concurrency: number;
  /** Length of the measured window. */
  readonly durationMs: number;
  /** Unrecorded run before the window. */
  readonly warmupMs: number;
  /** Stop earlier once this many measured requests have been sent. */
  readonly maxRequests?: number;
  /** The request to send; `index` counts every request sent (warm-up included). */
  readonly request: (index: number) => RequestSpec;
}

export interface LoadResult {
  readonly concurrency: number;
  /** Measured window, from the first request sent to the last response received. */
  readonly elapsedSeconds: number;
  /** Requests that got a response (any status). */
  readonly completed: number;
  /** Requests that got no response (socket error, timeout). */
  readonly errors: number;
  readonly firstError: string | null;
  readonly statusCounts: Readonly<Record<string, number>>;
  /** Responses outside 2xx. */
  readonly non2xx: number;
  /** Completed responses per second over the measured window. */
  readonly throughput: number;
  /** Latency of every completed request, in milliseconds. */
  readonly latencyMs: LatencySummary;
}

// BENCH_REQUEST_TIMEOUT_MS raises it for a route known to be slow (the national view at national scale).
const requestTimeoutMs = Number(process.env.BENCH_REQUEST_TIMEOUT_MS ?? 30_000);

export interface Response {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: string;
}

/** One request; the body is read in full (and kept only when `keepBody`). */
export function send(target: Target, spec: RequestSpec, agent: http.Agent | false, keepBody = true): Promise<Response> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { ...spec.headers };
    if (spec.body !== undefined) headers['content-length'] = String(Buffer.byteLength(spec.body));
    const request = http.request(
      { host: target.host, port: target.port, method: spec.method, path: spec.path, headers, agent },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => {
          if (keepBody) chunks.push(chunk);
        });
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: keepBody ? Buffer.concat(chunks).toString('utf8') : '',
          }),
        );
        response.on('error', reject);
      },
    );
    request.setTimeout(requestTimeoutMs, () => request.destroy(new Error(`no response within ${requestTimeoutMs} ms`)));
    request.on('error', reject);
    request.end(spec.body);
  });
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const { target } = options;
  return runClosedLoop({
    ...options,
    maxSockets: options.concurrency,
    round: async (index, agent) => (await send(target, options.request(index), agent, false)).status,
  });
}

export interface ClosedLoopOptions {
  readonly concurrency: number;
  readonly durationMs: number;
  readonly warmupMs: number;
  readonly maxRequests?: number;
  /** Sockets the workers share. */
  readonly maxSockets: number;
  /** One round trip (a request, or a page's requests at once); answers the status it counts as. */
  readonly round: (index: number, agent: http.Agent) => Promise<number>;
}

/**
 * The closed loop itself: `concurrency` workers each run a round, wait for it, and run the next;
 * a round's latency runs until it has finished. `index` counts every round (warm-up included).
 */
export async function runClosedLoop(options: ClosedLoopOptions): Promise<LoadResult> {
  const { concurrency } = options;
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.maxSockets, maxFreeSockets: options.maxSockets });
  let index = 0;

  try {
    if (options.warmupMs > 0) {
      const warmupEnd = performance.now() + options.warmupMs;
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (performance.now() < warmupEnd) {
            await options.round(index++, agent).catch(() => undefined);
          }
        }),
      );
    }

    const latencies: number[] = [];
    const statusCounts: Record<string, number> = {};
    let errors = 0;
    let firstError: string | null = null;
    let sent = 0;
    const limit = options.maxRequests ?? Number.POSITIVE_INFINITY;
    const startedAt = performance.now();
    const deadline = startedAt + options.durationMs;
    let finishedAt = startedAt;

    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (performance.now() < deadline && sent < limit) {
          sent++;
          const before = performance.now();
          try {
            const status = await options.round(index++, agent);
            const after = performance.now();
            latencies.push(after - before);
            statusCounts[status] = (statusCounts[status] ?? 0) + 1;
            finishedAt = Math.max(finishedAt, after);
          } catch (error) {
            errors++;
            firstError ??= error instanceof Error ? error.message : String(error);
            finishedAt = Math.max(finishedAt, performance.now());
          }
        }
      }),
    );

    const elapsedSeconds = Math.max(finishedAt - startedAt, 1) / 1000;
    const non2xx = Object.entries(statusCounts)
      .filter(([status]) => !status.startsWith('2'))
      .reduce((total, [, count]) => total + count, 0);
    return {
      concurrency,
      elapsedSeconds,
      completed: latencies.length,
      errors,
      firstError,
      statusCounts,
      non2xx,
      throughput: latencies.length / elapsedSeconds,
      latencyMs: summarise(latencies),
    };
  } finally {
    agent.destroy();
  }
}

/**
 * The server's warm-up: an unrecorded round at concurrency 8 until `serverWarmupRequests`
 * requests or `serverWarmupSeconds`, whichever comes first, logged under `label`.
 */
export async function warmUpServer(
  target: Target,
  settings: { readonly serverWarmupSeconds: number; readonly serverWarmupRequests: number },
  request: (index: number) => RequestSpec,
  log: (line: string) => void,
  label = 'load',
): Promise<LoadResult> {
  log(`${label}: server warm-up, ${settings.serverWarmupRequests} requests or ${settings.serverWarmupSeconds} s …`);
  const warmup = await runLoad({
    target,
    concurrency: 8,
    durationMs: settings.serverWarmupSeconds * 1000,
    maxRequests: settings.serverWarmupRequests,
    warmupMs: 0,
    request,
  });
  log(`  ${warmup.completed} requests in ${warmup.elapsedSeconds.toFixed(1)} s`);
  return warmup;
}
