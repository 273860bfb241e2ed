/**
 * SQL for course registrations (intake, status, exit). Every read is scoped through the
 * citizen (`whereCitizenInScope`); the versions are read and written by the shared
 * versioned-record helper.
 */
import { sql, type Insertable, type Transaction, type Updateable } from 'kysely';
import type { z } from 'zod';
import { courseRegistrationContentSchema, type CourseRegistration, type CourseRegistrationContent } from '@hjemvej/contract';
import type { CourseEndReason, IsoDate } from '@hjemvej/domain';
import type { Actor } from '../../access/actor';
import { whereCitizenInScope } from '../../access/citizen-scope';
import type { Database } from '../../database/schema';
import { insertRow, updateRowById } from '../../database/row-writes';
import { presentVersionedRecordStamps, versionedRecordStampColumns } from '../../database/record-stamps';
import { markTaskDoneByRecord } from '../tasks/task-queries';
import { findCollaborationSettings } from '../collaboration-settings/collaboration-settings-queries';
import { readStoredJson } from '../../database/stored-json';
import { citizenRecordReads } from '../../course/citizen-record-queries';

type Tx = Transaction<Database>;

/** What the `content` column holds besides the columns (kind, registeredOn). */
const storedBodySchema = courseRegistrationContentSchema.omit({ kind: true, registeredOn: true });
type StoredBody = z.infer<typeof storedBodySchema>;
/** A registration with no answers, besides its kind and date (also the demo's starting point). */
export const emptyRegistrationBody: StoredBody = {
  housingStatus: null,
  homelessCategory: null,
  referralSource: null,
  contactFrequency: null,
  supplementaryServices: [],
  lifeAreas: [],
  exitReason: null,
  exitReasonText: null,
  exitDestination: null,
  assessmentId: null,
  planId: null,
  decisionId: null,
  note: null,
};

function selectRegistrations(tx: Tx, actor: Actor) {
  return tx
    .selectFrom('course_registrations as r')
    .select([
      'r.id',
      'r.support_course_id as supportCourseId',
      'r.citizen_id as citizenId',
      'r.kind',
      'r.registered_on as registeredOn',
      'r.content',
      'r.due_task_id as dueTaskId',
      ...versionedRecordStampColumns('r'),
    ])
    .where((eb) => whereCitizenInScope(eb, 'r.citizen_id', actor, 'support'));
}

export type RegistrationRow = Awaited<ReturnType<ReturnType<typeof selectRegistrations>['executeTakeFirstOrThrow']>>;

/** The stored content is JSON written by this module; read it defensively all the same. */
function readBody(value: unknown): StoredBody {
  return readStoredJson(storedBodySchema, value, emptyRegistrationBody);
}

export function registrationContentOf(row: RegistrationRow): CourseRegistrationContent {
  return { kind: row.kind, registeredOn: row.registeredOn, ...readBody(row.content) };
}

/** The `content` column: the registration without the fields kept in columns. */
export function storedBodyOf(content: CourseRegistrationContent): string {
  const { kind: _kind, registeredOn: _registeredOn, ...body } = content;
  return JSON.stringify(body);
}

export function presentRegistration(row: RegistrationRow): CourseRegistration {
  return {
    ...registrationContentOf(row),
    id: row.id,
    supportCourseId: row.supportCourseId,
    citizenId: row.citizenId,
    ...presentVersionedRecordStamps(row),
  };
}

const registrationReads = citizenRecordReads(selectRegistrations, 'r', ['r.registered_on', 'r.created_at']);
export const findRegistrationRowById = registrationReads.findById;

/** The course's registrations, newest first. */
export async function findRegistrationRowsOfCourse(tx: Tx, actor: Actor, courseId: string): Promise<RegistrationRow[]> {
  return selectRegistrations(tx, actor)
    .where('r.support_course_id', '=', courseId)
    .orderBy('r.registered_on', 'desc')
    .orderBy('r.created_at', 'desc')
    .execute();
}

/** A stored version's content, read defensively. */
export function readRegistrationVersionContent(value: unknown): CourseRegistrationContent | null {
  return readStoredJson(courseRegistrationContentSchema, value, null);
}

export function insertRegistration(tx: Tx, values: Insertable<Database['course_registrations']>): Promise<string> {
  return insertRow(tx, 'course_registrations', values);
}

/** Sets the registration's columns (the versioned-record helper bumps the version). */
export function updateRegistrationRow(
  tx: Tx,
  registrationId: string,
  values: Updateable<Database['course_registrations']>,
): Promise<void> {
  return updateRowById(tx, 'course_registrations', registrationId, values);
}

/** The organisation's status interval in months (collaboration settings; the default without a row). */
export async function findRegistrationIntervalMonths(tx: Tx, organisationId: string): Promise<number> {
  return (await findCollaborationSettings(tx, organisationId)).registrationIntervalMonths;
}

/**
 * Ends the support course as the exit registration says, in the registration's transaction.
 * The course's version is bumped like any change of it, so a course form open elsewhere
 * answers 409 rather than overwrite the end.
 */
export async function endSupportCourseRow(
  tx: Tx,
  courseId: string,
  values: { endedOn: IsoDate; endReason: CourseEndReason; endNote: string | null; userId: string },
): Promise<void> {
  await tx
    .updateTable('support_courses')
    .set((eb) => ({
      ended_on: values.endedOn,
      end_reason: values.endReason,
      end_note: values.endNote,
      updated_by_user_id: values.userId,
      updated_at: new Date(),
      version: eb('version', '+', 1),
    }))
    .where('id', '=', courseId)
    .execute();
}

/** The due tasks of the course's registrations that are still to be worked. */
export async function findOpenDueTasks(
  tx: Tx,
  courseId: string,
): Promise<{ taskId: string; registrationId: string; dueOn: IsoDate | null }[]> {
  return tx
    .selectFrom('course_registrations as r')
    .innerJoin('tasks as t', 't.id', 'r.due_task_id')
    .select(['t.id as taskId', 'r.id as registrationId', 't.due_on as dueOn'])
    .where('r.support_course_id', '=', courseId)
    .where('t.status', 'not in', ['done', 'cancelled'])
    .execute();
}

/**
 * Marks a due task done by the registration that was made (as course signals do); it links
 * the support course, whose page shows the registrations (the task's link types are the course records').
 */
export async function markDueTaskDone(tx: Tx, taskId: string, courseId: string): Promise<void> {
  await markTaskDoneByRecord(tx, taskId, { type: 'support_course', id: courseId }, new Date());
}

export async function setDueTaskDate(tx: Tx, taskId: string, dueOn: IsoDate): Promise<void> {
  await tx
    .updateTable('tasks')
    .set((eb) => ({ due_on: dueOn, normal_due_on: dueOn, updated_at: new Date(), version: eb('version', '+', 1) }))
    .where('id', '=', taskId)
    .execute();
}

export async function setRegistrationDueTask(tx: Tx, registrationId: string, taskId: string): Promise<void> {
  await tx.updateTable('course_registrations').set({ due_task_id: taskId }).where('id', '=', registrationId).execute();
}

/** Whether the course's citizen had a § 110 stay open on its start day (only the yes/no leaves this function). */
export async function unsafeHadStayOn(tx: Tx, recordIds: readonly string[], day: IsoDate): Promise<boolean> {
  if (recordIds.length === 0) return false;
  const row = await tx
    .selectFrom('shelter_stays')
    .select(sql<number>`1`.as('one'))
    .where('citizen_id', 'in', [...recordIds])
    .where('admitted_on', '<=', day)
    .where((eb) => eb.or([eb('discharged_on', 'is', null), eb('discharged_on', '>=', day)]))
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * The open due tasks of the person's support courses that have ended (however they ended: an
 * exit registration, or "Afslut forløb" on the course itself): nothing more is due on them.
 */
export async function findDueTasksOfEndedCourses(tx: Tx, personId: string): Promise<{ taskId: string; courseId: string }[]> {
  return tx
    .selectFrom('course_registrations as r')
    .innerJoin('support_courses as sc', 'sc.id', 'r.support_course_id')
    .innerJoin('citizens as c', 'c.id', 'sc.citizen_id')
    .innerJoin('tasks as t', 't.id', 'r.due_task_id')
    .select(['t.id as taskId', 'sc.id as courseId'])
    .where(sql<string>`coalesce(c.merged_into_id, c.id)`, '=', personId)
    .where('sc.ended_on', 'is not', null)
    .where('t.status', 'not in', ['done', 'cancelled'])
    .execute();
}
