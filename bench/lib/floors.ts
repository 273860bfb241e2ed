/**
 * The floors the national benches compare a route with: the simplest SQL returning the same
 * rows, run in the same process on a `pg` pool in a closed loop at the route's concurrency.
 * A floor is either a committed psql file in bench/floors (`:'name'` variables) or a statement
 * compiled from the module's own query (bench:dashboard), sent with its parameters.
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { repositoryRoot } from './server-process';
import { summarise, type LatencySummary } from './stats';

const floorsDir = path.join(repositoryRoot, 'bench/floors');

/** A floor file with psql's `:'name'` variables turned into $n parameters; statements split on `;` at line end. */
export function loadFloor(file: string, variables: Readonly<Record<string, string>>): FloorStatement[] {
  const source = fs
    .readFileSync(path.join(floorsDir, file), 'utf8')
    .split('\n')
    .filter((line) => !line.startsWith('--'))
    .join('\n');
  return source
    .split(/;\s*\n/)
    .map((statement) => statement.trim())
    .filter((statement) => statement !== '')
    .map((statement) => {
      const values: string[] = [];
      const text = statement.replace(/:'(\w+)'/g, (_, name: string) => {
        const value = variables[name];
        if (value === undefined) throw new Error(`${file}: no value for :'${name}'`);
        values.push(value);
        return `$${values.length}`;
      });
      return { text, values };
    });
}

/** One statement of a floor and its parameters. */
export interface FloorStatement {
  readonly text: string;
  readonly values: readonly unknown[];
}

export type PoolLike = {
  connect(): Promise<{ query(text: string, values?: readonly unknown[]): Promise<unknown>; release(): void }>;
};

/**
 * The floor's statements in a closed loop at `concurrency`, one pooled connection per worker;
 * a function gives each round its statements (`round` counts every round, warm-up included),
 * for a route that rotates over records.
 */
export async function measureFloor(
  pool: PoolLike,
  statements: readonly FloorStatement[] | ((round: number) => readonly FloorStatement[]),
  concurrency: number,
  seconds: number,
): Promise<LatencySummary> {
  const statementsOf = typeof statements === 'function' ? statements : () => statements;
  let round = 0;
  const samples: number[] = [];
  const warmupEnds = performance.now() + 300;
  const ends = warmupEnds + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      const client = await pool.connect();
      try {
        while (performance.now() < ends) {
          const start = performance.now();
          for (const statement of statementsOf(round++)) await client.query(statement.text, statement.values);
          if (start >= warmupEnds) samples.push(performance.now() - start);
        }
      } finally {
        client.release();
      }
    }),
  );
  return summarise(samples);
}
