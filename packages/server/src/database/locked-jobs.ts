/**
 * The background jobs' common frame: a round runs in one transaction under a transaction-level
 * advisory lock that only one instance gets (the others skip the round), and the job runs on a
 * timer that never keeps the process alive and logs errors instead of throwing them.
 */
import { sql, type Transaction } from 'kysely';
import type { Db } from './connection';
import type { Database } from './schema';

type Tx = Transaction<Database>;

/** Takes the advisory lock `lockKey` for the transaction if it is free; false when another holds it. */
export async function tryAdvisoryXactLock(tx: Tx, lockKey: number): Promise<boolean> {
  const lock = await sql<{ locked: boolean }>`SELECT pg_try_advisory_xact_lock(${lockKey}) AS locked`.execute(tx);
  return lock.rows[0]?.locked === true;
}

/** One round of a job: `work` in one transaction holding the lock `lockKey`, or `skipped` when another instance has it. */
export async function runLockedRound<T>(db: Db, lockKey: number, skipped: T, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction().execute(async (tx) => ((await tryAdvisoryXactLock(tx, lockKey)) ? work(tx) : skipped));
}

/**
 * Runs `round` now (or after `firstAfterMinutes`) and then every `intervalMinutes`; errors go to
 * `onError`, never thrown. Returns the function that stops it.
 */
export function startRepeatingJob(
  round: () => Promise<unknown>,
  onError: (error: unknown) => void,
  { intervalMinutes, firstAfterMinutes }: { intervalMinutes: number; firstAfterMinutes?: number },
): () => void {
  const run = () => {
    round().catch(onError);
  };
  let first: ReturnType<typeof setTimeout> | undefined;
  if (firstAfterMinutes === undefined) run();
  else {
    first = setTimeout(run, firstAfterMinutes * 60_000);
    first.unref();
  }
  const timer = setInterval(run, intervalMinutes * 60_000);
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
