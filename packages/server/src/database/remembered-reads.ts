/**
 * Reads that one read-only answer, made of many services' reads, may share (the citizen page:
 * its legal checks, tasks, support courses and follow-ups each read the person's allocations,
 * stays and decisions again). In a transaction marked with `rememberReadsIn`, a statement sent
 * again with the same parameters is not sent: its first answer is reused. The statement and
 * its parameters are the key, so two callers share rows only when they asked for the very same
 * rows. Only for transactions that change nothing; elsewhere these functions simply execute.
 */
import type { Transaction } from 'kysely';
import type { Database } from './schema';

type Tx = Transaction<Database>;

/** A query builder that compiles to one statement and returns rows (select, or … returning). */
interface RowQuery<R> {
  compile(): { readonly sql: string; readonly parameters: readonly unknown[] };
  execute(): Promise<R[]>;
}

const memos = new WeakMap<Tx, Map<string, Promise<readonly unknown[]>>>();

/** From now on in `tx`, statements sent through `executeRemembered` are sent once. Only for transactions that change nothing. */
export function rememberReadsIn(tx: Tx): void {
  memos.set(tx, new Map());
}

/** `query.execute()`, or the rows the same statement with the same parameters gave earlier in a remembering transaction. */
export async function executeRemembered<R>(tx: Tx, query: RowQuery<R>): Promise<R[]> {
  const memo = memos.get(tx);
  if (!memo) return query.execute();
  const { sql, parameters } = query.compile();
  const key = `${sql}\u0000${JSON.stringify(parameters)}`;
  let rows = memo.get(key);
  if (!rows) {
    rows = query.execute();
    memo.set(key, rows);
  }
  // A new array each time: one caller's sort or filter in place must not reach another's rows.
  return [...((await rows) as readonly R[])];
}

/** The first row of `executeRemembered`, or null. */
export async function executeRememberedFirst<R>(tx: Tx, query: RowQuery<R>): Promise<R | null> {
  return (await executeRemembered(tx, query))[0] ?? null;
}
