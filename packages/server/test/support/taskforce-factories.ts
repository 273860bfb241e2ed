/** Taskforce records for tests, written straight to the database. */
import { planTaskforcePhases } from '@hjemvej/domain';
import type { Db } from '../../src/database/connection';

export async function createTaskforceApplication(
  db: Db,
  values: {
    municipalityId: string;
    expectations?: string;
    status?: 'submitted' | 'accepted';
    season?: { year: number; term: 'spring' | 'autumn' };
  },
) {
  const application = await db
    .insertInto('taskforce_applications')
    .values({
      municipality_id: values.municipalityId,
      status: values.status ?? 'submitted',
      need_housing_supply: 'Ejerens behov for boliger',
      expectations: values.expectations ?? 'Ejerens forventninger til forløbet',
      season_year: values.season?.year ?? null,
      season_term: values.season?.term ?? null,
    })
    .returning(['id', 'expectations'])
    .executeTakeFirstOrThrow();
  await db
    .insertInto('taskforce_application_contacts')
    .values({ application_id: application.id, name: 'Ejerens kontaktperson', title: '', email: '', phone: '', position: 0 })
    .execute();
  return application;
}

/**
 * A course for an application, with its phases planned from 1 September 2025 and one activity;
 * `staff` are the national users on it (only they of the taskforce reach it).
 */
export async function createTaskforceCourse(
  db: Db,
  values: { applicationId: string; municipalityId: string; staff?: readonly string[] },
) {
  const course = await db
    .insertInto('taskforce_courses')
    .values({
      application_id: values.applicationId,
      municipality_id: values.municipalityId,
      season_year: 2025,
      season_term: 'autumn',
      data_scope: 'Ejerens dataaftale',
    })
    .returning(['id'])
    .executeTakeFirstOrThrow();
  await db
    .insertInto('taskforce_course_phases')
    .values(
      planTaskforcePhases('2025-09-01').map((p) => ({
        course_id: course.id,
        phase: p.phase,
        planned_start: p.plannedStart,
        planned_end: p.plannedEnd,
        actual_start: null,
        actual_end: null,
      })),
    )
    .execute();
  const activity = await db
    .insertInto('taskforce_course_activities')
    .values({
      course_id: course.id,
      phase: 'preparation',
      kind: 'start_up_meeting',
      title: 'Ejerens opstartsmøde',
      planned_on: '2025-09-08',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('taskforce_course_members')
    .values({ course_id: course.id, body: 'steering_group', name: 'Ejerens styregruppeformand', role: '', position: 0 })
    .execute();
  await addTaskforceStaff(db, course.id, values.staff ?? []);
  return { id: course.id, activityId: activity.id };
}

/** Puts national users on a course's staff. */
export async function addTaskforceStaff(db: Db, courseId: string, userIds: readonly string[]) {
  if (userIds.length === 0) return;
  await db
    .insertInto('taskforce_course_staff')
    .values(userIds.map((userId) => ({ course_id: courseId, user_id: userId })))
    .execute();
}

/** A frozen data package of the course, its content a placeholder (the API freezes real ones). */
export async function createTaskforceDataPackage(db: Db, values: { courseId: string; municipalityId: string; version?: number }) {
  return db
    .insertInto('taskforce_data_packages')
    .values({
      course_id: values.courseId,
      municipality_id: values.municipalityId,
      version: values.version ?? 1,
      period_from: '2025-01-01',
      period_to: '2025-06-30',
      reference_date: '2025-06-30',
      key_figure_version: 1,
      threshold: 5,
      content: JSON.stringify({}),
      frozen_by_user_id: null,
      frozen_by_name: 'Ejerens taskforcekonsulent',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** A development point of the course with one goal (its baseline from the package). */
export async function createTaskforcePlan(db: Db, values: { courseId: string; packageId: string; ownerUserId: string }) {
  const point = await db
    .insertInto('taskforce_development_points')
    .values({ course_id: values.courseId, theme: 'housing_supply', title: 'Ejerens udviklingspunkt', created_by_user_id: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  const goal = await db
    .insertInto('taskforce_goals')
    .values({
      point_id: point.id,
      measure: 'k1_lead_time',
      baseline_package_id: values.packageId,
      baseline: 80,
      target: 45,
      target_on: '2027-06-30',
      owner_user_id: values.ownerUserId,
      created_by_user_id: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const action = await db
    .insertInto('taskforce_actions')
    .values({ goal_id: goal.id, title: 'Ejerens handling', owner_user_id: null, due_on: null, created_by_user_id: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { pointId: point.id, goalId: goal.id, actionId: action.id };
}

/** A published analysis report on the package with one recommendation (evidence as a note), and a draft anchoring plan. */
export async function createTaskforceReport(db: Db, values: { courseId: string; packageId: string }) {
  const report = await db
    .insertInto('taskforce_reports')
    .values({
      course_id: values.courseId,
      status: 'published',
      data_package_id: values.packageId,
      analyses: JSON.stringify({ housing_supply: 'Ejerens analyse' }),
      published_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const recommendation = await db
    .insertInto('taskforce_recommendations')
    .values({ report_id: report.id, theme: 'organisation', title: 'Ejerens anbefaling', evidence_note: 'Ejerens belæg' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('taskforce_anchoring_plans').values({ course_id: values.courseId, status: 'draft' }).execute();
  return { reportId: report.id, recommendationId: recommendation.id };
}
