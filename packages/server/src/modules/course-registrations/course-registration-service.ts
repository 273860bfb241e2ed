/**
 * Course documentation (individforløb): the intake, the status registrations at the
 * organisation's interval and the exit of a support course, each rating the eight life areas
 * by the worker and by the citizen. Every saved version is kept (course_registration_versions,
 * through the shared versioned-record helper); a change carries the version the user saw.
 * An exit ends the support course in the same transaction. Pre-filling reads what Hjemvej
 * already knows (domain `prefillRegistration`); the worker confirms it by saving.
 *
 * The registration that comes due is a task in the support team's inbox. It is created when a
 * registration is saved, for the next due date, and kept on that registration (`due_task_id`):
 * the write is the one moment the next due date changes, so no job has to scan every course and
 * no read has to write, and keying the task on the registration makes it idempotent (saving or
 * correcting the registration again moves the same task's date instead of adding another). The
 * next registration marks it done; an exit closes it. The intake's own due date (the course
 * start) gets no task: the course is created then, by the same team, and the list shows it due.
 */
import {
  courseRegistrationSchema,
  type CourseRegistration,
  type CourseRegistrationContent,
  type CourseRegistrationList,
  type CourseRegistrationPrefill,
  type CreateCourseRegistrationBody,
  type UpdateCourseRegistrationBody,
} from '@hjemvej/contract';
import {
  courseEndReasonOfExit,
  lifeAreas,
  maxIsoDate,
  nextRegistrationDue,
  prefillRegistration,
  refuseRegistration,
  registrationDueState,
  type RegisteredOn,
  type RegistrationKind,
} from '@hjemvej/domain';
import { UnprocessableError, requireFound } from '../../http/errors';
import type { DataContext } from '../../http/secured-route';
import { requireRowOfPerson } from '../../course/person-reads';
import { describeCitizenRecord } from '../../course/citizen-audit';
import type { Person } from '../../course/person-queries';
import { formatDate, todayInDenmark } from '../../calendar/danish-time';
import { authorize } from '../../access/policy';
import { citizenPolicy } from '../../access/citizen-policy';
import { keepFirstVersion, saveNewVersion, versionedChange, versionedRecordRef } from '../versioning/versioned-record';
import { findCourseRowById, findPhaseRows, type CourseRow } from '../support-courses/support-course-queries';
import { findAllocationRowsOfPerson } from '../housing-allocations/housing-allocation-queries';
import { findAssessmentRowsOfPerson, presentAssessment } from '../assessments/assessment-queries';
import { findPlanRowsOfPerson, planContentOf } from '../plans/plan-queries';
import { findHousingPeriodsOfPerson } from '../housing-periods/housing-period-queries';
import { asOwnAuditEvent, assertNotFuture } from '../../course/course-writes';
import type { CourseChangeListener } from '../../course/course-changes';
import { createTask } from '../tasks/task-service';
import { insertTaskEvent } from '../tasks/task-queries';
import {
  endSupportCourseRow,
  findDueTasksOfEndedCourses,
  findOpenDueTasks,
  findRegistrationIntervalMonths,
  findRegistrationRowById,
  findRegistrationRowsOfCourse,
  insertRegistration,
  markDueTaskDone,
  presentRegistration,
  registrationContentOf,
  setDueTaskDate,
  setRegistrationDueTask,
  storedBodyOf,
  unsafeHadStayOn,
  updateRegistrationRow,
  type RegistrationRow,
} from './course-registration-queries';
import { madeBy } from '../../database/record-stamps';

/** Free text and lists are named in the audit event, never copied into it (see auditChangesOf). */
const namedOnlyFields = ['lifeAreas', 'supplementaryServices', 'exitReasonText', 'note'];

const dueTaskTitle = {
  da: { intake: 'Indskrivning i bostøtteforløb', status: 'Statusregistrering i bostøtteforløb' },
  en: { intake: 'Support course intake', status: 'Support course status registration' },
} as const;

async function requireCourse(
  ctx: DataContext,
  courseId: string,
  forUpdate = false,
): Promise<{ course: CourseRow; person: Person }> {
  const { row: course, person } = await requireRowOfPerson(ctx, await findCourseRowById(ctx.tx, ctx.actor, courseId), {
    forUpdate,
    category: 'support',
  });
  return { course, person };
}

async function requireRegistration(
  ctx: DataContext,
  registrationId: string,
  forUpdate = false,
): Promise<{ row: RegistrationRow; course: CourseRow; person: Person }> {
  const row = requireFound(await findRegistrationRowById(ctx.tx, ctx.actor, registrationId));
  return { row, ...(await requireCourse(ctx, row.supportCourseId, forUpdate)) };
}

const datesOf = (rows: readonly RegistrationRow[]): RegisteredOn[] =>
  rows.map((r) => ({ kind: r.kind, registeredOn: r.registeredOn }));

/** The life areas as sent, completed to all eight in the fixed order (an exit keeps none). */
function lifeAreasOf(
  kind: RegistrationKind,
  input: CreateCourseRegistrationBody['lifeAreas'],
): CourseRegistrationContent['lifeAreas'] {
  if (kind === 'exit') return [];
  return lifeAreas.map((lifeArea) => {
    const given = input?.find((l) => l.lifeArea === lifeArea);
    return {
      lifeArea,
      workerRating: given?.workerRating ?? null,
      citizenRating: given?.citizenRating ?? null,
      citizenWords: given?.citizenWords ?? null,
    };
  });
}

/** The rules that need the course and the other registrations, each naming its field. */
async function assertRegistration(
  ctx: DataContext,
  course: CourseRow,
  others: readonly RegistrationRow[],
  content: CourseRegistrationContent,
  mode: 'new' | 'change',
): Promise<void> {
  assertNotFuture(content.registeredOn, 'registeredOn');
  const refusal = refuseRegistration(
    { startedOn: course.startedOn, endedOn: course.endedOn },
    datesOf(others),
    { kind: content.kind, registeredOn: content.registeredOn },
    mode,
  );
  if (refusal) {
    const { code, field, ...dates } = refusal;
    const params = Object.fromEntries(Object.entries(dates).map(([key, value]) => [key, formatDate(ctx.locale, value)]));
    throw new UnprocessableError(code, field, params);
  }
  if (content.kind === 'exit') {
    if (content.exitReason === null) throw new UnprocessableError('registration_exit_reason_required', 'exitReason');
    if (content.exitReason === 'other' && (content.exitReasonText ?? '').trim() === '')
      throw new UnprocessableError('registration_exit_reason_text_required', 'exitReasonText');
    const phaseStarts = (await findPhaseRows(ctx.tx, ctx.actor, [course.id])).flatMap((p) =>
      p.startedOn === null ? [] : [p.startedOn],
    );
    const lastPhase = phaseStarts.sort().at(-1);
    if (lastPhase !== undefined && content.registeredOn < lastPhase)
      throw new UnprocessableError('registration_phase_after_exit', 'registeredOn', {
        startedOn: formatDate(ctx.locale, lastPhase),
      });
  } else if (content.exitReason !== null || content.exitDestination !== null) {
    throw new UnprocessableError('registration_exit_fields_only', content.exitReason !== null ? 'exitReason' : 'exitDestination');
  }
  if (content.homelessCategory !== null && content.housingStatus !== 'not_housed')
    throw new UnprocessableError('registration_category_when_housed', 'homelessCategory');
}

/**
 * Keeps the course's due task true to its registrations (see the module comment): superseded
 * open tasks are marked done, the latest registration's task follows the next due date, and
 * one is created when the latest registration has none yet.
 */
async function syncDueTask(ctx: DataContext, course: CourseRow, person: Person): Promise<void> {
  const rows = await findRegistrationRowsOfCourse(ctx.tx, ctx.actor, course.id);
  const interval = await findRegistrationIntervalMonths(ctx.tx, ctx.actor.organisationId);
  const ended = course.endedOn !== null || rows.some((r) => r.kind === 'exit');
  const next = ended ? null : nextRegistrationDue({ startedOn: course.startedOn, endedOn: null }, datesOf(rows), interval);
  const latest = rows.find((r) => r.kind !== 'exit');
  const open = await findOpenDueTasks(ctx.tx, course.id);
  const today = todayInDenmark();
  for (const task of open) {
    if (next !== null && latest && task.registrationId === latest.id) {
      // A task's due date is never in the past (tasks refuse it); the registration shows how late it is.
      const dueOn = maxIsoDate(next.dueOn, today);
      if (task.dueOn !== dueOn) await setDueTaskDate(ctx.tx, task.taskId, dueOn);
      continue;
    }
    await markDueTaskDone(ctx.tx, task.taskId, course.id);
    await insertTaskEvent(
      ctx.tx,
      task.taskId,
      'done',
      { userId: ctx.actor.userId, name: ctx.actor.displayName },
      'course:registration',
    );
  }
  if (next === null || !latest || latest.dueTaskId !== null) return;
  const task = await createTask(asOwnAuditEvent(ctx, 'task.create'), person.root.id, {
    title: dueTaskTitle[ctx.locale][next.kind],
    description: `${course.method.toUpperCase().replace('_', '-')} · ${formatDate(ctx.locale, next.dueOn)}`,
    unitId: course.teamId,
    dueOn: maxIsoDate(next.dueOn, today),
  });
  await setRegistrationDueTask(ctx.tx, latest.id, task.id);
}

/** What the list answers besides the registrations: the interval and the registration due next. */
async function nextOf(ctx: DataContext, course: CourseRow, rows: readonly RegistrationRow[]) {
  const intervalMonths = await findRegistrationIntervalMonths(ctx.tx, ctx.actor.organisationId);
  const next = nextRegistrationDue({ startedOn: course.startedOn, endedOn: course.endedOn }, datesOf(rows), intervalMonths);
  return {
    intervalMonths,
    next: next === null ? null : { ...next, state: registrationDueState(next.dueOn, todayInDenmark()) },
  };
}

export async function listRegistrations(ctx: DataContext, courseId: string): Promise<CourseRegistrationList> {
  const { course, person } = await requireCourse(ctx, courseId);
  const rows = await findRegistrationRowsOfCourse(ctx.tx, ctx.actor, course.id);
  describeCitizenRecord(ctx, person, 'support_course', course.id, { count: rows.length });
  return { supportCourseId: course.id, ...(await nextOf(ctx, course, rows)), items: rows.map(presentRegistration) };
}

/** A draft of the next registration (or of the kind asked for) from what Hjemvej already knows. */
export async function prefillCourseRegistration(
  ctx: DataContext,
  courseId: string,
  kind: RegistrationKind | undefined,
): Promise<CourseRegistrationPrefill> {
  const { course, person } = await requireCourse(ctx, courseId);
  const rows = await findRegistrationRowsOfCourse(ctx.tx, ctx.actor, course.id);
  const today = todayInDenmark();
  const chosen: RegistrationKind = kind ?? (rows.some((r) => r.kind === 'intake') ? 'status' : 'intake');
  const periods = await findHousingPeriodsOfPerson(ctx.tx, ctx.actor, person.recordIds);
  const period =
    periods.find((p) => p.fromDate <= today && (p.toDate === null || p.toDate > today)) ??
    [...periods].sort((a, b) => a.fromDate.localeCompare(b.fromDate)).at(-1) ??
    null;
  const allocation =
    (await findAllocationRowsOfPerson(ctx.tx, ctx.actor, person.recordIds))
      .filter((a) => a.withdrawnOn === null)
      .sort((a, b) => a.allocatedOn.localeCompare(b.allocatedOn))
      .at(-1) ?? null;
  const assessmentRow = (await findAssessmentRowsOfPerson(ctx.tx, ctx.actor, person.recordIds))[0];
  const assessment = assessmentRow ? presentAssessment(assessmentRow) : null;
  const planRow = (await findPlanRowsOfPerson(ctx.tx, ctx.actor, person.recordIds)).find(
    (p) => p.endedOn === null || p.endedOn >= today,
  );
  const previousRow = rows.find((r) => r.kind !== 'exit');
  const previous = previousRow ? registrationContentOf(previousRow) : null;
  const prefill = prefillRegistration({
    today,
    housingCategory: period?.category ?? null,
    allocation: allocation ? { leaseSignedOn: allocation.leaseSignedOn, moveInOn: allocation.moveInOn } : null,
    assessment: assessment
      ? {
          id: assessment.id,
          assessedOn: assessment.assessedOn,
          areas: assessment.areas.map((a) => ({ area: a.area, supportNeed: a.supportNeed })),
        }
      : null,
    plan: planRow
      ? { id: planRow.id, madeOn: planRow.madeOn, lifeAreas: planContentOf(planRow).goals.map((g) => g.lifeArea) }
      : null,
    decision:
      course.decisionId !== null && course.decisionDecidedOn !== null
        ? { id: course.decisionId, decidedOn: course.decisionDecidedOn }
        : null,
    stayAtStart: await unsafeHadStayOn(ctx.tx, person.recordIds, course.startedOn),
    previous: previous
      ? {
          referralSource: previous.referralSource,
          contactFrequency: previous.contactFrequency,
          supplementaryServices: previous.supplementaryServices,
          lifeAreas: previous.lifeAreas,
        }
      : null,
  });
  describeCitizenRecord(ctx, person, 'support_course', course.id, { kind: chosen, sources: prefill.sources });
  return {
    kind: chosen,
    registeredOn: prefill.registeredOn,
    housingStatus: prefill.housingStatus,
    homelessCategory: prefill.homelessCategory,
    referralSource: chosen === 'exit' ? null : prefill.referralSource,
    contactFrequency: chosen === 'exit' ? null : prefill.contactFrequency,
    supplementaryServices: chosen === 'exit' ? [] : [...prefill.supplementaryServices],
    lifeAreas: chosen === 'exit' ? [] : [...prefill.lifeAreas],
    exitReason: null,
    exitReasonText: null,
    exitDestination: null,
    assessmentId: prefill.assessmentId,
    planId: prefill.planId,
    decisionId: prefill.decisionId,
    note: null,
    sources: [...prefill.sources],
  };
}

/** An exit ends the course with the reason it maps to; "other" keeps the worker's text as the course's end note. */
async function endCourseByExit(ctx: DataContext, course: CourseRow, content: CourseRegistrationContent): Promise<void> {
  if (content.kind !== 'exit' || content.exitReason === null) return;
  await endSupportCourseRow(ctx.tx, course.id, {
    endedOn: content.registeredOn,
    endReason: courseEndReasonOfExit[content.exitReason],
    endNote: content.exitReasonText,
    userId: ctx.actor.userId,
  });
}

export async function createRegistration(
  ctx: DataContext,
  courseId: string,
  body: CreateCourseRegistrationBody,
): Promise<CourseRegistration> {
  const { course, person } = await requireCourse(ctx, courseId, true);
  authorize(ctx, citizenPolicy.writeCourse, person.root);
  const others = await findRegistrationRowsOfCourse(ctx.tx, ctx.actor, course.id);
  const content: CourseRegistrationContent = {
    kind: body.kind,
    registeredOn: body.registeredOn,
    housingStatus: body.housingStatus ?? null,
    homelessCategory: body.homelessCategory ?? null,
    referralSource: body.referralSource ?? null,
    contactFrequency: body.contactFrequency ?? null,
    supplementaryServices: body.supplementaryServices ?? [],
    lifeAreas: lifeAreasOf(body.kind, body.lifeAreas),
    exitReason: body.exitReason ?? null,
    exitReasonText: body.exitReasonText ?? null,
    exitDestination: body.exitDestination ?? null,
    assessmentId: body.assessmentId ?? null,
    planId: body.planId ?? null,
    decisionId: body.decisionId ?? null,
    note: body.note ?? null,
  };
  await assertRegistration(ctx, course, others, content, 'new');
  const id = await insertRegistration(ctx.tx, {
    support_course_id: course.id,
    citizen_id: course.citizenId,
    kind: content.kind,
    registered_on: content.registeredOn,
    content: storedBodyOf(content),
    ...madeBy(ctx.actor.userId),
  });
  await keepFirstVersion(ctx, person, 'course_registration', id, content, {
    supportCourseId: course.id,
    kind: content.kind,
    registeredOn: content.registeredOn,
    exitReason: content.exitReason,
    lifeAreasRatedByCitizen: content.lifeAreas.filter((l) => l.citizenRating !== null).length,
  });
  await endCourseByExit(ctx, course, content);
  await syncDueTask(ctx, course, person);
  return presentRegistration(requireFound(await findRegistrationRowById(ctx.tx, ctx.actor, id)));
}

export async function updateRegistration(
  ctx: DataContext,
  registrationId: string,
  body: UpdateCourseRegistrationBody,
): Promise<CourseRegistration> {
  const { row, course, person } = await requireRegistration(ctx, registrationId, true);
  authorize(ctx, citizenPolicy.writeCourse, person.root);
  const before = registrationContentOf(row);
  const saved = await saveNewVersion(ctx, {
    ...versionedChange(
      'course_registration',
      row,
      body.version,
      () => courseRegistrationSchema.parse(presentRegistration(row)),
      before,
      namedOnlyFields,
    ),
    next: async () => {
      const pick = <K extends keyof CourseRegistrationContent>(key: K, value: CourseRegistrationContent[K] | undefined) =>
        value !== undefined ? value : before[key];
      const next: CourseRegistrationContent = {
        kind: before.kind,
        registeredOn: body.registeredOn ?? before.registeredOn,
        housingStatus: pick('housingStatus', body.housingStatus),
        homelessCategory: pick('homelessCategory', body.homelessCategory),
        referralSource: pick('referralSource', body.referralSource),
        contactFrequency: pick('contactFrequency', body.contactFrequency),
        supplementaryServices: body.supplementaryServices ?? before.supplementaryServices,
        lifeAreas: body.lifeAreas ? lifeAreasOf(before.kind, body.lifeAreas) : before.lifeAreas,
        exitReason: pick('exitReason', body.exitReason),
        exitReasonText: pick('exitReasonText', body.exitReasonText),
        exitDestination: pick('exitDestination', body.exitDestination),
        assessmentId: pick('assessmentId', body.assessmentId),
        planId: pick('planId', body.planId),
        decisionId: pick('decisionId', body.decisionId),
        note: pick('note', body.note),
      };
      const others = (await findRegistrationRowsOfCourse(ctx.tx, ctx.actor, course.id)).filter((r) => r.id !== row.id);
      await assertRegistration(ctx, course, others, next, 'change');
      return next;
    },
    write: async (next) => {
      await updateRegistrationRow(ctx.tx, row.id, { registered_on: next.registeredOn, content: storedBodyOf(next) });
    },
  });
  // A corrected exit corrects the course's end with it.
  if (saved.content.kind === 'exit') await endCourseByExit(ctx, course, saved.content);
  const afterCourse = await findCourseRowById(ctx.tx, ctx.actor, course.id);
  if (afterCourse) await syncDueTask(ctx, afterCourse, person);
  describeCitizenRecord(ctx, person, 'course_registration', row.id, saved.auditChanges);
  const afterRow = requireFound(await findRegistrationRowById(ctx.tx, ctx.actor, row.id));
  return presentRegistration(afterRow);
}

/** The registration in the actor's scope, for its version routes. */
export async function loadRegistrationRef(ctx: DataContext, registrationId: string) {
  return versionedRecordRef(ctx, await requireRegistration(ctx, registrationId));
}

/**
 * Course-change listener: a support course ended on the course itself ("Afslut forløb", not by
 * an exit registration) leaves no registration due, so its open due task is marked done, by
 * the system, with the course as the reason, like the course signals do for flowcard steps.
 */
export const closeDueTasksOfEndedCourses: CourseChangeListener = async (tx, personId) => {
  for (const task of await findDueTasksOfEndedCourses(tx, personId)) {
    await markDueTaskDone(tx, task.taskId, task.courseId);
    await insertTaskEvent(tx, task.taskId, 'done', { userId: null, name: null }, 'course:ended');
  }
};
