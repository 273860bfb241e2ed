/**
 * SQL for taskforce courses: the course (with its collaboration agreement), its phases,
 * activities, the municipality's two bodies and the taskforce's staff on it. Every read of a course
 * is filtered by the taskforce reach (`taskforce-reach.ts`); the parts are read by the ids of courses found so.
 */
import { sql, type Insertable, type Transaction, type Updateable } from 'kysely';
import type { PhaseDates, PlannedActivity } from '@hjemvej/domain';
import type { TaskforceMember } from '@hjemvej/contract';
import type { Actor } from '../../access/actor';
import type { Database, TaskforceCourseActivitiesTable, TaskforceCoursesTable } from '../../database/schema';
import { insertRow, insertRows, updateRowById } from '../../database/row-writes';
import { whereCourseInTaskforceReach } from './taskforce-reach';

type Tx = Transaction<Database>;

function selectCourses(tx: Tx) {
  return tx
    .selectFrom('taskforce_courses as c')
    .innerJoin('organisations as o', 'o.id', 'c.municipality_id')
    .select([
      'c.id',
      'c.application_id as applicationId',
      'c.municipality_id as municipalityId',
      'o.name as municipalityName',
      'c.season_year as seasonYear',
      'c.season_term as seasonTerm',
      'c.agreement_signed_on as agreementSignedOn',
      'c.agreement_document as agreementDocument',
      'c.data_scope as dataScope',
      'c.data_period_from as dataPeriodFrom',
      'c.data_period_to as dataPeriodTo',
      'c.data_access as dataAccess',
      'c.data_valid_until as dataValidUntil',
      'c.version',
      // The staff's user ids: the course's facts for the rules (`TaskforceCourseFacts.staffUserIds`).
      sql<
        string[]
      >`coalesce((SELECT array_agg(s.user_id::text ORDER BY s.added_at) FROM taskforce_course_staff s WHERE s.course_id = c.id), '{}'::text[])`.as(
        'staffUserIds',
      ),
    ]);
}

export type TaskforceCourseRow = Awaited<ReturnType<ReturnType<typeof selectCourses>['executeTakeFirstOrThrow']>>;

/** Courses in the actor's taskforce reach, the latest season first; one when `courseId` is given. */
export async function findTaskforceCourseRows(
  tx: Tx,
  actor: Actor,
  options: { readonly courseId?: string; readonly forUpdate?: boolean } = {},
): Promise<TaskforceCourseRow[]> {
  let query = selectCourses(tx).where(whereCourseInTaskforceReach('c', actor));
  if (options.courseId !== undefined) query = query.where('c.id', '=', options.courseId);
  if (options.forUpdate) query = query.forUpdate('c');
  return query.orderBy('c.season_year', 'desc').orderBy('c.season_term').orderBy('o.name').execute();
}

/** The course each application became, for applications already found in reach. */
export async function findCourseIdsByApplication(tx: Tx, applicationIds: readonly string[]): Promise<Map<string, string>> {
  if (applicationIds.length === 0) return new Map();
  const rows = await tx
    .selectFrom('taskforce_courses')
    .select(['id', 'application_id'])
    .where('application_id', 'in', [...applicationIds])
    .execute();
  return new Map(rows.map((r) => [r.application_id, r.id]));
}

export async function findTaskforcePhaseRows(tx: Tx, courseIds: readonly string[]) {
  if (courseIds.length === 0) return [];
  return tx
    .selectFrom('taskforce_course_phases')
    .select([
      'course_id as courseId',
      'phase',
      'planned_start as plannedStart',
      'planned_end as plannedEnd',
      'actual_start as actualStart',
      'actual_end as actualEnd',
    ])
    .where('course_id', 'in', [...courseIds])
    .orderBy('planned_start')
    .execute();
}

export async function findTaskforceActivityRows(tx: Tx, courseIds: readonly string[]) {
  if (courseIds.length === 0) return [];
  return tx
    .selectFrom('taskforce_course_activities')
    .select(['id', 'course_id as courseId', 'phase', 'kind', 'title', 'planned_on as plannedOn', 'done_on as doneOn', 'note'])
    .where('course_id', 'in', [...courseIds])
    .orderBy('planned_on')
    .orderBy('created_at')
    .execute();
}

export type TaskforceActivityRow = Awaited<ReturnType<typeof findTaskforceActivityRows>>[number];

export async function findTaskforceMemberRows(tx: Tx, courseId: string) {
  return tx
    .selectFrom('taskforce_course_members')
    .select(['body', 'name', 'role'])
    .where('course_id', '=', courseId)
    .orderBy('body')
    .orderBy('position')
    .execute();
}

export async function insertTaskforceCourse(tx: Tx, values: Insertable<TaskforceCoursesTable>): Promise<{ id: string }> {
  return { id: await insertRow(tx, 'taskforce_courses', values) };
}

export function updateTaskforceCourseRow(tx: Tx, courseId: string, values: Updateable<TaskforceCoursesTable>): Promise<void> {
  return updateRowById(tx, 'taskforce_courses', courseId, values);
}

export async function replaceTaskforcePhases(tx: Tx, courseId: string, phases: readonly PhaseDates[]): Promise<void> {
  await tx.deleteFrom('taskforce_course_phases').where('course_id', '=', courseId).execute();
  await insertTaskforcePhases(tx, courseId, phases);
}

/** The phases of a course that has none yet (a new course, or after replaceTaskforcePhases' delete). */
export async function insertTaskforcePhases(tx: Tx, courseId: string, phases: readonly PhaseDates[]): Promise<void> {
  await tx
    .insertInto('taskforce_course_phases')
    .values(
      phases.map((p) => ({
        course_id: courseId,
        phase: p.phase,
        planned_start: p.plannedStart,
        planned_end: p.plannedEnd,
        actual_start: p.actualStart,
        actual_end: p.actualEnd,
      })),
    )
    .execute();
}

export async function insertTaskforceActivities(
  tx: Tx,
  courseId: string,
  activities: readonly (PlannedActivity & {
    readonly title?: string;
    readonly doneOn?: string | null;
    readonly note?: string;
  })[],
): Promise<string[]> {
  if (activities.length === 0) return [];
  const rows = await tx
    .insertInto('taskforce_course_activities')
    .values(
      activities.map((a) => ({
        course_id: courseId,
        phase: a.phase,
        kind: a.kind,
        title: a.title ?? '',
        planned_on: a.plannedOn,
        done_on: a.doneOn ?? null,
        note: a.note ?? '',
      })),
    )
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}

export async function findTaskforceActivity(tx: Tx, courseId: string, activityId: string) {
  return tx
    .selectFrom('taskforce_course_activities')
    .select(['id', 'phase', 'kind', 'title', 'planned_on as plannedOn', 'done_on as doneOn', 'note'])
    .where('course_id', '=', courseId)
    .where('id', '=', activityId)
    .forUpdate()
    .executeTakeFirst();
}

export function updateTaskforceActivityRow(
  tx: Tx,
  activityId: string,
  values: Updateable<TaskforceCourseActivitiesTable>,
): Promise<void> {
  return updateRowById(tx, 'taskforce_course_activities', activityId, values);
}

export async function replaceTaskforceMembers(tx: Tx, courseId: string, members: readonly TaskforceMember[]): Promise<void> {
  await tx.deleteFrom('taskforce_course_members').where('course_id', '=', courseId).execute();
  await insertRows(
    tx,
    'taskforce_course_members',
    members.map((m, position) => ({ course_id: courseId, body: m.body, name: m.name, role: m.role, position })),
  );
}
