/**
 * The key figures' daily job: when the Danish date has turned, it builds every municipality's
 * roll-up for the new day and the national view's answer (`systemDailyNationalAnswer`), so the
 * day's first dashboard does not wait for the rebuild; at every round it also recomputes the
 * persons written since and the summaries of the municipalities they changed
 * (`systemKeepSummariesCurrent`). Every 2 minutes: a dashboard serves today's stored summaries as
 * they stand and says that changes are pending, so the job is what brings a write into them. The
 * day's first dashboard before the job's round computes them itself. Safe with several instances: one transaction under an
 * advisory lock that only one instance gets (the others skip the round).
 */
import { todayInDenmark } from '../../calendar/danish-time';
import type { Db } from '../../database/connection';
import { runLockedRound, startRepeatingJob } from '../../database/locked-jobs';
import { latestVersion } from './key-figure-request';
import { systemKeepSummariesCurrent } from './key-figure-rollup';
import { systemDailyNationalAnswer } from './national-figures-service';

/** An arbitrary, fixed key for pg_try_advisory_xact_lock ("key figure roll-up"). */
const rollupJobLockKey = 7_301_034;

interface RollupRound {
  readonly ran: boolean;
  readonly summarised: readonly string[];
}

export async function runKeyFigureRollupJob(db: Db, now: Date = new Date()): Promise<RollupRound> {
  const today = todayInDenmark(now);
  return runLockedRound<RollupRound>(db, rollupJobLockKey, { ran: false, summarised: [] }, async (tx) => {
    await systemDailyNationalAnswer(tx, latestVersion, today);
    return { ran: true, summarised: await systemKeepSummariesCurrent(tx, today) };
  });
}

/** Runs the job after `firstAfterMinutes` and then every `intervalMinutes`; errors are logged, never thrown. */
export function startKeyFigureRollupJob(
  db: Db,
  onError: (error: unknown) => void,
  { firstAfterMinutes = 2, intervalMinutes = 2 } = {},
): () => void {
  return startRepeatingJob(() => runKeyFigureRollupJob(db), onError, { intervalMinutes, firstAfterMinutes });
}
