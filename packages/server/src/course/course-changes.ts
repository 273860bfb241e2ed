/**
 * "A person's course changed": noticed by the database, announced by the secured route
 * pipeline, so no write path has to remember to say so.
 *
 * The course_status triggers (migrations 0005 and 0011) see every write to a person's records
 * in the writing transaction and, while the pipeline has switched the notice on, note the
 * changed citizen records in the transaction-local setting `hjemvej.course_changes`. Before
 * commit the pipeline reads it and runs each listener once per changed person, in the same
 * transaction: a listener's failure rolls the write back. Modules that follow the course (tasks:
 * flowcard steps the course shows as done) register a listener in the composition root; the
 * modules that write the course know nothing of them.
 *
 * Listeners must not themselves change course records: what they write is not announced again.
 */
import { sql, type Transaction } from 'kysely';
import type { Database } from '../database/schema';
import { systemFindPersonIds } from './person-queries';

type Tx = Transaction<Database>;

/** Called with the surviving record's id of each person whose course the transaction changed. */
export type CourseChangeListener = (tx: Tx, personId: string) => Promise<unknown>;

const listeners = new Set<CourseChangeListener>();

/** Registers a listener (once: registering the same function again does nothing). */
export function onCourseChanged(listener: CourseChangeListener): void {
  listeners.add(listener);
}

/** Switches the notice on for this transaction (the pipeline does, at its start). */
export async function startNoticingCourseChanges(tx: Tx): Promise<void> {
  await sql`SELECT set_config('hjemvej.course_changes', '|', true)`.execute(tx);
}

/** Runs the listeners for every person whose course changed since the notice was switched on. */
export async function announceCourseChanges(tx: Tx): Promise<void> {
  const { rows } = await sql<{
    noticed: string | null;
  }>`SELECT current_setting('hjemvej.course_changes', true) AS noticed`.execute(tx);
  const recordIds = [...new Set((rows[0]?.noticed ?? '').split('|').filter((id) => id !== ''))];
  if (recordIds.length === 0 || listeners.size === 0) return;
  await startNoticingCourseChanges(tx);
  for (const personId of await systemFindPersonIds(tx, recordIds)) {
    for (const listener of listeners) await listener(tx, personId);
  }
}
