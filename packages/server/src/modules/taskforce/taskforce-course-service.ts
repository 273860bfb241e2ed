/**
 * Taskforce courses: an accepted application becomes a course with its four phases and the
 * activities seed 001 names, planned from the season's start. The taskforce moves the phases'
 * planned and actual dates (in order, or refused naming the first date out of order), plans
 * activities and writes the collaboration agreement with its data-collection clause; both sides
 * mark activities done and name the municipality's implementation team and steering group.
 */
import {
  currentTaskforcePhase,
  findPhaseOrderProblem,
  isActivityOverdue,
  planTaskforceActivities,
  planTaskforcePhases,
  seasonStartDate,
  taskforcePhases,
  type PhaseDates,
  type Season,
  type TaskforceCourseFacts,
} from '@hjemvej/domain';
import type {
  CreateTaskforceActivityBody,
  SetTaskforceAgreementBody,
  SetTaskforceMembersBody,
  SetTaskforcePhasesBody,
  TaskforceCourse,
  TaskforceCourseList,
  TaskforceCourseSummary,
  UpdateTaskforceActivityBody,
} from '@hjemvej/contract';
import { requireFound, UnprocessableError } from '../../http/errors';
import { abilitiesFor, authorize, type PolicyAction } from '../../access/policy';
import type { DataContext } from '../../http/secured-route';
import { formatDate, todayInDenmark } from '../../calendar/danish-time';
import { assertSeenVersion } from '../versioning/version-conflict';
import { taskforceCoursePolicy } from './taskforce-policy';
import {
  findCourseIdsByApplication,
  findTaskforceActivity,
  findTaskforceActivityRows,
  findTaskforceCourseRows,
  findTaskforceMemberRows,
  findTaskforcePhaseRows,
  insertTaskforceActivities,
  insertTaskforceCourse,
  replaceTaskforceMembers,
  replaceTaskforcePhases,
  updateTaskforceActivityRow,
  updateTaskforceCourseRow,
  type TaskforceActivityRow,
  type TaskforceCourseRow,
} from './taskforce-course-queries';
import { findTaskforceStaffRows, insertTaskforceStaff } from './taskforce-staff-queries';
import { describeTaskforceCourse, requireTaskforceCourse, requireTaskforceCourseFor } from './taskforce-course-access';

/** The course each application became (for applications the caller already reached). */
export function findCourseIdsOfApplications(ctx: DataContext, applicationIds: readonly string[]): Promise<Map<string, string>> {
  return findCourseIdsByApplication(ctx.tx, applicationIds);
}

/**
 * Called in the acceptance's transaction: the course, its phases and activities planned from the
 * season's start, and the accepting consultant on its staff.
 */
export async function createTaskforceCourseFor(
  ctx: DataContext,
  values: { readonly applicationId: string; readonly municipalityId: string; readonly season: Season },
): Promise<string> {
  const { id } = await insertTaskforceCourse(ctx.tx, {
    application_id: values.applicationId,
    municipality_id: values.municipalityId,
    season_year: values.season.year,
    season_term: values.season.term,
    updated_by_user_id: ctx.actor.userId,
  });
  const phases = planTaskforcePhases(seasonStartDate(values.season));
  await replaceTaskforcePhases(ctx.tx, id, phases);
  await insertTaskforceActivities(ctx.tx, id, planTaskforceActivities(phases));
  // The consultant who accepts runs the course: without it no national user would reach it.
  await insertTaskforceStaff(ctx.tx, id, ctx.actor.userId, ctx.actor.userId);
  return id;
}

function summaryOf(
  row: TaskforceCourseRow,
  phases: readonly PhaseDates[],
  activities: readonly TaskforceActivityRow[],
  today: string,
): TaskforceCourseSummary {
  return {
    id: row.id,
    municipalityId: row.municipalityId,
    municipalityName: row.municipalityName,
    season: { year: row.seasonYear, term: row.seasonTerm },
    currentPhase: currentTaskforcePhase(phases),
    overdueActivities: activities.filter((a) => isActivityOverdue(a, today)).length,
  };
}

/** The course as the caller sees it (404 when out of reach). */
export async function presentTaskforceCourse(ctx: DataContext, courseId: string): Promise<TaskforceCourse> {
  const row = await requireTaskforceCourse(ctx, courseId);
  const today = todayInDenmark();
  const phases = orderPhases(await findTaskforcePhaseRows(ctx.tx, [row.id]));
  const activities = await findTaskforceActivityRows(ctx.tx, [row.id]);
  const members = await findTaskforceMemberRows(ctx.tx, row.id);
  const staff = await findTaskforceStaffRows(ctx.tx, row.id);
  return {
    ...summaryOf(row, phases, activities, today),
    applicationId: row.applicationId,
    phases: phases.map(({ phase, plannedStart, plannedEnd, actualStart, actualEnd }) => ({
      phase,
      plannedStart,
      plannedEnd,
      actualStart,
      actualEnd,
    })),
    activities: activities.map((a) => ({
      id: a.id,
      phase: a.phase,
      kind: a.kind,
      title: a.title,
      plannedOn: a.plannedOn,
      doneOn: a.doneOn,
      note: a.note,
      isOverdue: isActivityOverdue(a, today),
    })),
    agreement: {
      signedOn: row.agreementSignedOn,
      document: row.agreementDocument,
      dataScope: row.dataScope,
      dataPeriodFrom: row.dataPeriodFrom,
      dataPeriodTo: row.dataPeriodTo,
      dataAccess: row.dataAccess,
      dataValidUntil: row.dataValidUntil,
    },
    members,
    staff,
    today,
    abilities: abilitiesFor(ctx, taskforceCoursePolicy, row),
    version: row.version,
  };
}

function orderPhases<P extends PhaseDates>(phases: readonly P[]): P[] {
  return [...phases].sort((a, b) => taskforcePhases.indexOf(a.phase) - taskforcePhases.indexOf(b.phase));
}

/** Every change that moves a course's version: a stale save's 409 lists the fields any of them changed. */
const courseVersionActions = [
  'taskforce_course.phases_update',
  'taskforce_course.agreement_update',
  'taskforce_course.members_update',
] as const;

/**
 * A change to the course's versioned settings (phases, agreement, members): the course locked,
 * the caller allowed `action`, the version they saw still the course's (409 with what changed),
 * the change made and the version moved on, described for the audit with the new version.
 */
async function changeVersionedCourse(
  ctx: DataContext,
  courseId: string,
  action: PolicyAction<TaskforceCourseFacts>,
  seenVersion: number,
  change: (row: TaskforceCourseRow) => Promise<Record<string, unknown>>,
): Promise<TaskforceCourse> {
  const row = await requireTaskforceCourseFor(ctx, courseId, action);
  await assertSeenVersion(ctx, row, seenVersion, courseVersionActions, () => presentTaskforceCourse(ctx, row.id));
  const changes = await change(row);
  await updateTaskforceCourseRow(ctx.tx, row.id, {
    updated_by_user_id: ctx.actor.userId,
    updated_at: new Date(),
    version: row.version + 1,
  });
  describeTaskforceCourse(ctx, row, { ...changes, version: row.version + 1 });
  return presentTaskforceCourse(ctx, row.id);
}

export async function listTaskforceCourses(ctx: DataContext): Promise<TaskforceCourseList> {
  const rows = await findTaskforceCourseRows(ctx.tx, ctx.actor);
  const ids = rows.map((r) => r.id);
  const phases = await findTaskforcePhaseRows(ctx.tx, ids);
  const activities = await findTaskforceActivityRows(ctx.tx, ids);
  const today = todayInDenmark();
  ctx.describe({
    subjectType: 'taskforce_course',
    dataOrganisationId: ctx.actor.organisationId,
    changes: { count: rows.length },
  });
  return {
    items: rows.map((row) =>
      summaryOf(
        row,
        phases.filter((p) => p.courseId === row.id),
        activities.filter((a) => a.courseId === row.id),
        today,
      ),
    ),
  };
}

export async function getTaskforceCourse(ctx: DataContext, courseId: string): Promise<TaskforceCourse> {
  const course = await presentTaskforceCourse(ctx, courseId);
  ctx.describe({ subjectType: 'taskforce_course', subjectId: courseId, dataOrganisationId: course.municipalityId });
  return course;
}

export function setTaskforceCoursePhases(
  ctx: DataContext,
  courseId: string,
  body: SetTaskforcePhasesBody,
): Promise<TaskforceCourse> {
  return changeVersionedCourse(ctx, courseId, taskforceCoursePolicy.plan, body.version, async (row) => {
    const phases = taskforcePhases.map((phase) => body.phases.find((p) => p.phase === phase));
    if (phases.some((p) => p === undefined)) throw new UnprocessableError('taskforce_phase_missing', 'phases');
    const given = phases.filter((p): p is PhaseDates => p !== undefined);
    const problem = findPhaseOrderProblem(given);
    if (problem) {
      const index = body.phases.findIndex((p) => p.phase === problem.phase);
      throw new UnprocessableError('taskforce_phase_order', `phases.${index}.${problem.field}`, {
        date: formatDate(ctx.locale, problem.notBefore),
      });
    }
    await replaceTaskforcePhases(ctx.tx, row.id, given);
    return { phases: given.map((p) => `${p.phase}:${p.actualStart ?? '-'}–${p.actualEnd ?? '-'}`) };
  });
}

export async function createTaskforceActivity(
  ctx: DataContext,
  courseId: string,
  body: CreateTaskforceActivityBody,
): Promise<TaskforceCourse> {
  const row = await requireTaskforceCourseFor(ctx, courseId, taskforceCoursePolicy.plan);
  const [id] = await insertTaskforceActivities(ctx.tx, row.id, [body]);
  describeTaskforceCourse(ctx, row, { activityId: id ?? null, kind: body.kind, phase: body.phase, plannedOn: body.plannedOn });
  return presentTaskforceCourse(ctx, row.id);
}

export async function updateTaskforceActivity(
  ctx: DataContext,
  courseId: string,
  activityId: string,
  body: UpdateTaskforceActivityBody,
): Promise<TaskforceCourse> {
  const row = await requireTaskforceCourse(ctx, courseId, true);
  const activity = requireFound(await findTaskforceActivity(ctx.tx, row.id, activityId));
  // Marking done (and its note) is either side's; moving or renaming the activity is the taskforce's.
  if (body.doneOn !== undefined || body.note !== undefined) authorize(ctx, taskforceCoursePolicy.markDone, row);
  if (body.plannedOn !== undefined || body.title !== undefined) authorize(ctx, taskforceCoursePolicy.plan, row);
  await updateTaskforceActivityRow(ctx.tx, activity.id, {
    title: body.title ?? activity.title,
    planned_on: body.plannedOn ?? activity.plannedOn,
    done_on: body.doneOn === undefined ? activity.doneOn : body.doneOn,
    note: body.note ?? activity.note,
  });
  describeTaskforceCourse(ctx, row, {
    activityId: activity.id,
    ...(body.doneOn !== undefined ? { doneOn: { from: activity.doneOn, to: body.doneOn } } : {}),
    ...(body.plannedOn !== undefined ? { plannedOn: { from: activity.plannedOn, to: body.plannedOn } } : {}),
  });
  return presentTaskforceCourse(ctx, row.id);
}

export function setTaskforceCourseAgreement(
  ctx: DataContext,
  courseId: string,
  body: SetTaskforceAgreementBody,
): Promise<TaskforceCourse> {
  return changeVersionedCourse(ctx, courseId, taskforceCoursePolicy.plan, body.version, async (row) => {
    if (body.dataPeriodFrom && body.dataPeriodTo && body.dataPeriodTo < body.dataPeriodFrom)
      throw new UnprocessableError('taskforce_data_period_order', 'dataPeriodTo', {
        date: formatDate(ctx.locale, body.dataPeriodFrom),
      });
    await updateTaskforceCourseRow(ctx.tx, row.id, {
      agreement_signed_on: body.signedOn,
      agreement_document: body.document,
      data_scope: body.dataScope,
      data_period_from: body.dataPeriodFrom,
      data_period_to: body.dataPeriodTo,
      data_access: body.dataAccess,
      data_valid_until: body.dataValidUntil,
    });
    return {
      signedOn: body.signedOn,
      dataPeriod: `${body.dataPeriodFrom ?? ''}–${body.dataPeriodTo ?? ''}`,
      dataValidUntil: body.dataValidUntil,
    };
  });
}

export function setTaskforceCourseMembers(
  ctx: DataContext,
  courseId: string,
  body: SetTaskforceMembersBody,
): Promise<TaskforceCourse> {
  return changeVersionedCourse(ctx, courseId, taskforceCoursePolicy.editOrganisation, body.version, async (row) => {
    await replaceTaskforceMembers(ctx.tx, row.id, body.members);
    return { members: body.members.length };
  });
}
