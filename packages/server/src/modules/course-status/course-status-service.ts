/**
 * Keeps the `course_status` rows of a population fresh: finds the stale ones (a record changed,
 * or the day is past the row's validity), recomputes them with the list facts' SQL and the
 * domain's `evaluateCourse` (the function the badges use), and writes them back.
 *
 * Called by the by-name list inside its own transaction before it reads, so what it filters
 * and sorts on is always what the badges on the same page say.
 */
import { addDays, type IsoDate } from '@hjemvej/domain';
import type { Transaction } from 'kysely';
import type { Database } from '../../database/schema';
import { toCourseSnapshot } from '../course-rules/course-snapshot';
import {
  lockPopulation,
  systemFindCourseFacts,
  systemFindSnapshotRows,
  systemFindStalePersons,
  systemWriteStatuses,
  type ComputedStatus,
  type StalePerson,
  type StatusPopulation,
} from './course-status-queries';
import { shelterViewOf, summariseCourse } from './course-status-summary';

/**
 * At most this many days are checked ahead; a row that would hold longer is recomputed then
 * anyway (a bound on the work of one recomputation, not a correctness limit).
 */
export const statusHorizonDays = 14;
const batchSize = 500;

export async function refreshCourseStatuses(tx: Transaction<Database>, population: StatusPopulation, today: IsoDate): Promise<number> {
  if ((await systemFindStalePersons(tx, population, today)).length === 0) return 0;
  await lockPopulation(tx, population);
  // Again under the lock: a request that waited for it finds the work done.
  const stale = await systemFindStalePersons(tx, population, today);
  for (let start = 0; start < stale.length; start += batchSize) {
    await refreshBatch(tx, stale.slice(start, start + batchSize), today);
  }
  return stale.length;
}

async function refreshBatch(tx: Transaction<Database>, batch: readonly StalePerson[], today: IsoDate): Promise<void> {
  const facts = await systemFindCourseFacts(
    tx,
    batch.map((p) => p.personId),
    today,
  );
  const personOf = new Map<string, string>();
  for (const f of facts) for (const recordId of f.recordIds) personOf.set(recordId, f.personId);
  const rows = await systemFindSnapshotRows(tx, [...personOf.keys()]);
  const seqOf = new Map(batch.map((p) => [p.personId, p.seq]));
  const horizon = addDays(today, statusHorizonDays + 1);

  const statuses: ComputedStatus[] = facts.map((f) => {
    const mine = <T extends { citizenId: string }>(list: readonly T[]) => list.filter((row) => personOf.get(row.citizenId) === f.personId);
    const stays = mine(rows.stays);
    const snapshot = toCourseSnapshot(f.personId, {
      stays,
      plans: mine(rows.plans),
      decisions: mine(rows.decisions),
      allocations: mine(rows.allocations),
      courses: mine(rows.courses),
      phases: mine(rows.phases),
    });
    const until = f.nextChange !== null && f.nextChange < horizon ? f.nextChange : horizon;
    const full = summariseCourse(snapshot, today, until);
    const atShelter =
      f.stayShelterId === null
        ? { count: 0, rank: 0, validUntil: until }
        : summariseCourse(
            shelterViewOf(snapshot, new Set(stays.filter((s) => s.shelterId === f.stayShelterId).map((s) => s.id))),
            today,
            until,
          );
    return {
      personId: f.personId,
      seq: seqOf.get(f.personId) ?? 0,
      asOf: today,
      validUntil: full.validUntil < atShelter.validUntil ? full.validUntil : atShelter.validUntil,
      facts: f,
      warningCount: full.count,
      warningRank: full.rank,
      shelterWarningCount: atShelter.count,
      shelterWarningRank: atShelter.rank,
    };
  });
  await systemWriteStatuses(tx, statuses);
}
