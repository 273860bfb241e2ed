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
import { toCourseSnapshot } from '../legal-checks/course-snapshot';
import {
  lockPopulation,
  systemFindCourseFacts,
  systemFindSnapshotRows,
  systemHasStalePersons,
  systemLockStalePersons,
  systemWriteStatuses,
  type ComputedStatus,
  type StatusPopulation,
} from './course-status-queries';
import { shelterViewOf, summariseCourse } from './course-status-summary';

/** A row that would hold longer is recomputed after this many days anyway (a safety net, not a rule). */
export const statusHorizonDays = 31;
const batchSize = 500;

export async function refreshCourseStatuses(
  tx: Transaction<Database>,
  population: StatusPopulation,
  today: IsoDate,
): Promise<number> {
  if (!(await systemHasStalePersons(tx, population, today))) return 0;
  await lockPopulation(tx, population);
  // Under the lock: a request that waited for it finds the work done.
  const stale = await systemLockStalePersons(tx, population, today);
  for (let start = 0; start < stale.length; start += batchSize) {
    await refreshBatch(tx, stale.slice(start, start + batchSize), today);
  }
  return stale.length;
}

async function refreshBatch(tx: Transaction<Database>, batch: readonly string[], today: IsoDate): Promise<void> {
  const facts = await systemFindCourseFacts(tx, batch, today);
  const personOf = new Map<string, string>();
  for (const f of facts) for (const recordId of f.recordIds) personOf.set(recordId, f.personId);
  const rows = await systemFindSnapshotRows(tx, [...personOf.keys()]);
  const horizon = addDays(today, statusHorizonDays + 1);

  const byPerson = <T extends { citizenId: string }>(list: readonly T[]): Map<string, T[]> => {
    const grouped = new Map<string, T[]>();
    for (const row of list) {
      const person = personOf.get(row.citizenId);
      if (person === undefined) continue;
      const rowsOfPerson = grouped.get(person);
      if (rowsOfPerson) rowsOfPerson.push(row);
      else grouped.set(person, [row]);
    }
    return grouped;
  };
  const grouped = {
    stays: byPerson(rows.stays),
    plans: byPerson(rows.plans),
    decisions: byPerson(rows.decisions),
    allocations: byPerson(rows.allocations),
    courses: byPerson(rows.courses),
    phases: byPerson(rows.phases),
  };

  const statuses: ComputedStatus[] = facts.map((f) => {
    const stays = grouped.stays.get(f.personId) ?? [];
    const snapshot = toCourseSnapshot(f.personId, {
      stays,
      plans: grouped.plans.get(f.personId) ?? [],
      decisions: grouped.decisions.get(f.personId) ?? [],
      allocations: grouped.allocations.get(f.personId) ?? [],
      courses: grouped.courses.get(f.personId) ?? [],
      phases: grouped.phases.get(f.personId) ?? [],
    });
    const until = f.nextChange !== null && f.nextChange < horizon ? f.nextChange : horizon;
    const full = summariseCourse(snapshot, today, until);
    const ownStays = stays.filter((s) => s.shelterId === f.stayShelterId);
    const atShelter =
      f.stayShelterId === null
        ? { count: 0, rank: 0, validUntil: until }
        : ownStays.length === stays.length
          ? full
          : summariseCourse(shelterViewOf(snapshot, new Set(ownStays.map((s) => s.id))), today, until);
    return {
      personId: f.personId,
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
