/**
 * The command-line options both benches share (`--quick` (each bench says what it shortens), `--postgres`, `--duration`,
 * `--concurrency`, `--out`, `--help`), parsed and checked once; each bench adds its own.
 */
import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { repositoryRoot } from './server-process';

export const commonOptions = {
  quick: { type: 'boolean', default: false },
  postgres: { type: 'boolean', default: false },
  duration: { type: 'string' },
  concurrency: { type: 'string' },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

export const commonUsage = `  --postgres           also measure against PostgreSQL: a fresh database, created and dropped by the bench;
                       on by default when BENCH_DATABASE_URL is set
                       (BENCH_DATABASE_URL = maintenance database, default postgres://postgres@127.0.0.1:5432/postgres)
  --duration <s>       seconds per load row (default 5, quick 1)
  --concurrency <list> comma-separated, e.g. 1,8,32 (default; quick 1,8)
  --out <file>         JSON output
  -h, --help`;

export interface CommonSettings {
  readonly quick: boolean;
  readonly postgres: boolean;
  readonly concurrency: readonly number[];
  readonly durationSeconds: number;
  readonly warmupSeconds: number;
  readonly out: string | undefined;
}

export interface CommonValues {
  readonly quick?: boolean | undefined;
  readonly postgres?: boolean | undefined;
  readonly duration?: string | undefined;
  readonly concurrency?: string | undefined;
  readonly out?: string | undefined;
  readonly help?: boolean | undefined;
}

/**
 * The common settings from `parseArgs({ options: { ...commonOptions, ...own } })`'s values;
 * prints `usage` and exits on --help (0) or on a value that does not make sense (2).
 */
export function commonSettings(values: CommonValues, usage: string): CommonSettings {
  if (values.help === true) {
    process.stdout.write(usage);
    process.exit(0);
  }
  const quick = values.quick === true;
  const concurrency = (values.concurrency ?? (quick ? '1,8' : '1,8,32'))
    .split(',')
    .map((value) => Number(value.trim()))
    .filter((value) => Number.isInteger(value) && value > 0);
  const durationSeconds = values.duration !== undefined ? Number(values.duration) : quick ? 1 : 5;
  if (concurrency.length === 0 || !Number.isFinite(durationSeconds) || durationSeconds <= 0) exitWithUsage(usage);
  return {
    quick,
    postgres: values.postgres === true || Boolean(process.env.BENCH_DATABASE_URL),
    concurrency,
    durationSeconds,
    warmupSeconds: quick ? 0.2 : 0.5,
    out: values.out,
  };
}

/** `--out <file>` and `-h, --help`, for the benches that do not take the common load options. */
export const outAndHelpOptions = {
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

/** On --help: prints `usage` and exits 0. */
export function exitOnHelp(help: boolean | undefined, usage: string): void {
  if (help === true) {
    process.stdout.write(usage);
    process.exit(0);
  }
}

/** Prints usage and exits 2: for a bench's own option with a bad value. */
export function exitWithUsage(usage: string): never {
  process.stderr.write(usage);
  process.exit(2);
}

/**
 * The options of a bench on generated data (`--count` citizens, plus `own` options) parsed with the
 * common ones: concurrency 1 and 8 unless asked otherwise, `--out` defaulting to
 * bench/results/<name>-latest.json, PostgreSQL also when BENCH_DATABASE_URL is set.
 */
export function generatedDataBench(name: string, usage: string, own: NonNullable<ParseArgsConfig['options']> = {}) {
  const { values } = parseArgs({ options: { ...commonOptions, count: { type: 'string' }, ...own }, strict: true });
  const raw: Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>> = values;
  const text = (key: string) => {
    const value = raw[key];
    return typeof value === 'string' ? value : undefined;
  };
  const common = commonSettings(
    {
      quick: raw.quick === true,
      postgres: raw.postgres === true,
      help: raw.help === true,
      duration: text('duration'),
      concurrency: text('concurrency') ?? '1,8',
      out: text('out'),
    },
    usage,
  );
  const count = Number(text('count') ?? 10_000);
  if (!Number.isInteger(count) || count < 0) exitWithUsage(usage);
  const out = path.resolve(common.out ?? path.join(repositoryRoot, `bench/results/${name}-latest.json`));
  return { text, settings: { ...common, count, out } };
}
