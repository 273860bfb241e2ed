/**
 * Support courses under § 85 a (CTI, ICM, ACT, M-ACT): team, named worker, start and end with
 * its reason, a log of contacts and visits, and for CTI the contact-building period and the
 * three 3-month phases with due dates (domain `evaluateCtiCourse`) and a checklist per phase.
 * The handlekommune's users write; a shelter reads for its residents.
 */
import { contactAttentionDays } from '@hjemvej/contract';
import type {
  Caseload,
  CaseloadItem,
  CreateSupportContactBody,
  CreateSupportCourseBody,
  CtiChecklistItem,
  EndSupportCourseBody,
  SupportContact,
  SupportCourse,
  UpdateCtiPhaseBody,
  UpdateSupportCourseBody,
} from '@hjemvej/contract';
import {
  addDays,
  addMonths,
  daysBetween,
  defaultRuleParameters,
  evaluateCtiCourse,
  type HousingAllocation as DomainAllocation,
  type IsoDate,
  type SupportCourse as DomainCourse,
  type SupportMethod,
} from '@hjemvej/domain';
import { diffChanges } from '../../audit/audit-event';
import { NotFoundError, UnprocessableError, requireFound } from '../../http/errors';
import type { DataContext } from '../../http/secured-route';
import { readRowsOfPerson, requirePerson, requireRowOfPerson } from '../../course/person-reads';
import { describeCitizenRecord } from '../../course/citizen-audit';
import type { Person } from '../../course/person-queries';
import { formatDate, todayInDenmark } from '../../calendar/danish-time';
import { writeOptimisticChange, type OptimisticValues } from '../versioning/optimistic-update';
import { findDecisionRowById } from '../decisions/decision-queries';
import { findAllocationRowsOfPerson } from '../housing-allocations/housing-allocation-queries';
import { assertNotFuture } from '../../course/course-writes';
import { authorize } from '../../access/policy';
import { citizenPolicy } from '../../access/citizen-policy';
import { ctiPhaseNames, defaultCtiChecklists } from './cti-checklists';
import {
  findCaseloadRows,
  findContacts,
  findCourseRowById,
  findCourseRowsOfPerson,
  findOwnActiveUnit,
  findOwnActiveUser,
  findPhaseRows,
  insertContact,
  insertCourse,
  insertPhases,
  updatePhase,
  type CourseRow,
  type PhaseRow,
} from './support-course-queries';
import { madeBy } from '../../database/record-stamps';

const courseChangeActions = ['support_course.update', 'support_course.end', 'support_course.phase_update'] as const;
const phaseNumbers = [1, 2, 3] as const;

type AllocationDates = Pick<DomainAllocation, 'id' | 'allocatedOn' | 'leaseSignedOn' | 'moveInOn' | 'withdrawnOn'>;

/**
 * The CTI part of a course: each phase's due start (phase 1 at the move-in, as the domain rule
 * says; each next one 3 months after the previous one's actual, else due, start), its due end,
 * its checklist, and the phase-transition rule's verdict today.
 */
function presentCti(
  row: CourseRow,
  phases: readonly PhaseRow[],
  allocations: readonly AllocationDates[],
  today: IsoDate,
): SupportCourse['cti'] {
  if (row.method !== 'cti') return null;
  const months = defaultRuleParameters.ctiPhaseMonths;
  const started = phases.filter((p): p is PhaseRow & { startedOn: IsoDate } => p.startedOn !== null);
  const course: DomainCourse = {
    id: row.id,
    method: row.method,
    startedOn: row.startedOn,
    endedOn: row.endedOn,
    ctiPhases: started.map((p) => ({ phase: p.phase, startedOn: p.startedOn })),
  };
  const result = evaluateCtiCourse(course, allocations, today);
  const phaseOneDue = evaluateCtiCourse({ ...course, ctiPhases: [] }, allocations, today).details.dueOn;
  let previousStart: IsoDate | null = null;
  const presented = phaseNumbers.map((phase) => {
    const stored = phases.find((p) => p.phase === phase);
    const dueOn: IsoDate | null = phase === 1 ? phaseOneDue : previousStart === null ? null : addMonths(previousStart, months);
    const start = stored?.startedOn ?? dueOn;
    previousStart = start;
    return {
      phase,
      name: ctiPhaseNames[phase],
      startedOn: stored?.startedOn ?? null,
      dueOn,
      endsOn: start === null ? null : addMonths(start, months),
      checklist: stored?.checklist ?? [],
    };
  });
  const d = result.details;
  return {
    phases: presented,
    transition: {
      status: result.status,
      currentPhase: d.currentPhase,
      next: d.next,
      dueOn: d.dueOn,
      daysUntilDue: d.daysUntilDue,
      messageDa: result.messageDa,
      messageEn: result.messageEn ?? null,
    },
  };
}

function presentCourse(
  row: CourseRow,
  phases: readonly PhaseRow[],
  contacts: readonly SupportContact[],
  allocations: readonly AllocationDates[],
  today: IsoDate,
): SupportCourse {
  return {
    id: row.id,
    citizenId: row.citizenId,
    method: row.method,
    decisionId: row.decisionId,
    decision:
      row.decisionId !== null && row.decisionKind !== null && row.decisionOutcome !== null && row.decisionDecidedOn !== null
        ? {
            id: row.decisionId,
            kind: row.decisionKind,
            method: row.decisionMethod,
            outcome: row.decisionOutcome,
            decidedOn: row.decisionDecidedOn,
            periodFrom: row.decisionPeriodFrom,
            periodTo: row.decisionPeriodTo,
          }
        : null,
    team: { id: row.teamId, name: row.teamName },
    worker: row.workerId !== null && row.workerName !== null ? { id: row.workerId, displayName: row.workerName } : null,
    startedOn: row.startedOn,
    endedOn: row.endedOn,
    endReason: row.endReason,
    endNote: row.endNote,
    note: row.note,
    cti: presentCti(
      row,
      phases.filter((p) => p.supportCourseId === row.id),
      allocations,
      today,
    ),
    contacts: contacts.filter((c) => c.supportCourseId === row.id),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The courses as answered, with their phases, contacts and the person's allocations (for CTI due dates). */
async function presentCourses(
  ctx: DataContext,
  rows: readonly CourseRow[],
  person: Pick<Person, 'recordIds'>,
): Promise<SupportCourse[]> {
  const ids = rows.map((r) => r.id);
  const phases = await findPhaseRows(ctx.tx, ctx.actor, ids);
  const contacts = await findContacts(ctx.tx, ctx.actor, ids);
  // Phase 1 is due at the move-in; until it has happened, at the planned move-in.
  const allocations = (await findAllocationRowsOfPerson(ctx.tx, ctx.actor, person.recordIds)).map((a) => ({
    id: a.id,
    allocatedOn: a.allocatedOn,
    leaseSignedOn: a.leaseSignedOn,
    moveInOn: a.moveInOn ?? a.plannedMoveInOn,
    withdrawnOn: a.withdrawnOn,
  }));
  const today = todayInDenmark();
  return rows.map((row) => presentCourse(row, phases, contacts, allocations, today));
}

async function presentOne(ctx: DataContext, row: CourseRow, person: Pick<Person, 'recordIds'>): Promise<SupportCourse> {
  const [course] = await presentCourses(ctx, [row], person);
  if (!course) throw new NotFoundError();
  return course;
}

async function loadCourse(
  ctx: DataContext,
  courseId: string,
  options: { forUpdate?: boolean } = {},
): Promise<{ row: CourseRow; person: Person }> {
  return requireRowOfPerson(ctx, await findCourseRowById(ctx.tx, ctx.actor, courseId), options);
}

async function assertTeam(ctx: DataContext, unitId: string): Promise<void> {
  if (!(await findOwnActiveUnit(ctx.tx, ctx.actor.organisationId, unitId)))
    throw new UnprocessableError('unit_not_found', 'teamUnitId');
}

const methodLabels: Record<SupportMethod, string> = { cti: 'CTI', icm: 'ICM', act: 'ACT', m_act: 'M-ACT' };

/**
 * The decision a course delivers must be the same person's, a § 85 a grant, and of the course's
 * method; each refusal names the field (decisionId) and says which of these it is not.
 */
async function assertCourseDecision(ctx: DataContext, person: Person, decisionId: string, method: SupportMethod): Promise<void> {
  const decision = await findDecisionRowById(ctx.tx, ctx.actor, decisionId);
  if (!decision || !person.recordIds.includes(decision.citizenId))
    throw new UnprocessableError('support_course_decision_not_found', 'decisionId');
  const decidedOn = formatDate(ctx.locale, decision.decidedOn);
  if (decision.kind !== '85a')
    throw new UnprocessableError('support_course_decision_not_85a', 'decisionId', { decidedOn, kind: `§ ${decision.kind}` });
  if (decision.outcome !== 'granted')
    throw new UnprocessableError('support_course_decision_refused', 'decisionId', { decidedOn });
  if (decision.method !== method) {
    throw new UnprocessableError('support_course_decision_method_mismatch', 'decisionId', {
      decidedOn,
      decisionMethod: decision.method === null ? '–' : methodLabels[decision.method],
      method: methodLabels[method],
    });
  }
}

async function assertWorker(ctx: DataContext, userId: string): Promise<void> {
  if (!(await findOwnActiveUser(ctx.tx, ctx.actor.organisationId, userId)))
    throw new UnprocessableError('worker_not_found', 'workerUserId');
}

/** The support worker's caseload: open courses they work, the longest without contact first. */
export async function getCaseload(ctx: DataContext, pageSize: number): Promise<Caseload> {
  const today = todayInDenmark();
  const rows = await findCaseloadRows(ctx.tx, ctx.actor, {
    limit: pageSize,
    today,
    unseenSince: addDays(today, -contactAttentionDays),
  });
  const items = rows.map((row): CaseloadItem => {
    const lastContactOn = row.lastContactOn ?? null;
    return {
      courseId: row.courseId,
      citizenId: row.citizenId,
      firstName: row.firstName,
      lastName: row.lastName,
      alias: row.alias,
      method: row.method,
      teamName: row.teamName,
      isMine: row.isMine === true,
      startedOn: row.startedOn,
      ctiPhase: row.method === 'cti' && row.ctiPhase !== null ? Number(row.ctiPhase) : null,
      lastContactOn,
      daysWithoutContact: Math.max(0, daysBetween(lastContactOn ?? row.startedOn, today)),
      nextRegistrationDueOn: row.nextRegistrationDueOn ?? null,
    };
  });
  ctx.describe({
    subjectType: 'support_course',
    changes: { count: items.length, citizenIds: items.map((item) => item.citizenId) },
  });
  return {
    asOf: today,
    items,
    total: Number(rows[0]?.total ?? 0),
    unseenCount: Number(rows[0]?.unseenCount ?? 0),
    registrationsDueCount: Number(rows[0]?.registrationsDueCount ?? 0),
  };
}

export async function listCourses(ctx: DataContext, citizenId: string): Promise<{ items: SupportCourse[] }> {
  const person = await requirePerson(ctx, citizenId, { category: 'support' });
  const rows = await readRowsOfPerson(ctx, person, findCourseRowsOfPerson);
  return { items: await presentCourses(ctx, rows, person) };
}

export async function getCourse(ctx: DataContext, courseId: string): Promise<SupportCourse> {
  const { row, person } = await loadCourse(ctx, courseId);
  describeCitizenRecord(ctx, person, 'support_course', row.id);
  return presentOne(ctx, row, person);
}

export async function createCourse(ctx: DataContext, citizenId: string, body: CreateSupportCourseBody): Promise<SupportCourse> {
  const person = await requirePerson(ctx, citizenId, { forUpdate: true, category: 'support' });
  authorize(ctx, citizenPolicy.writeCourse, person.root);
  assertNotFuture(body.startedOn, 'startedOn');
  await assertTeam(ctx, body.teamUnitId);
  await assertWorker(ctx, body.workerUserId);
  if (body.decisionId) await assertCourseDecision(ctx, person, body.decisionId, body.method);
  const id = await insertCourse(ctx.tx, {
    citizen_id: person.root.id,
    method: body.method,
    decision_id: body.decisionId ?? null,
    team_unit_id: body.teamUnitId,
    worker_user_id: body.workerUserId,
    started_on: body.startedOn,
    ended_on: null,
    end_reason: null,
    end_note: null,
    note: body.note ?? null,
    ...madeBy(ctx.actor.userId),
  });
  if (body.method === 'cti') {
    await insertPhases(
      ctx.tx,
      phaseNumbers.map((phase) => ({
        support_course_id: id,
        phase,
        started_on: null,
        checklist: JSON.stringify(defaultCtiChecklists[phase].map((label) => ({ label, done: false, doneOn: null }))),
      })),
    );
  }
  const row = requireFound(await findCourseRowById(ctx.tx, ctx.actor, id));
  describeCitizenRecord(ctx, person, 'support_course', id, {
    method: body.method,
    decisionId: body.decisionId ?? null,
    teamUnitId: body.teamUnitId,
    workerUserId: body.workerUserId,
    startedOn: body.startedOn,
  });
  return presentOne(ctx, row, person);
}

/** Bumps the course's version when it is still the one the user saw; else 409 with what changed. */
function writeCourseChange(
  ctx: DataContext,
  row: CourseRow,
  person: Person,
  expectedVersion: number,
  values: OptimisticValues<'support_courses'>,
): Promise<CourseRow> {
  return writeOptimisticChange(ctx, {
    table: 'support_courses',
    id: row.id,
    expectedVersion,
    values,
    actions: courseChangeActions,
    current: () => presentOne(ctx, row, person),
    reload: () => findCourseRowById(ctx.tx, ctx.actor, row.id),
  });
}

/** The earliest thing recorded inside the course (a phase start or a contact), which its start may not pass. */
async function firstRecordOn(ctx: DataContext, courseId: string): Promise<IsoDate | null> {
  const phases = (await findPhaseRows(ctx.tx, ctx.actor, [courseId])).flatMap((p) => (p.startedOn === null ? [] : [p.startedOn]));
  const contacts = (await findContacts(ctx.tx, ctx.actor, [courseId])).map((c) => c.contactOn);
  return [...phases, ...contacts].sort()[0] ?? null;
}

export async function updateCourse(ctx: DataContext, courseId: string, body: UpdateSupportCourseBody): Promise<SupportCourse> {
  const { row, person } = await loadCourse(ctx, courseId, { forUpdate: true });
  authorize(ctx, citizenPolicy.writeCourse, person.root);
  if (body.version === row.version) {
    if (body.startedOn !== undefined && body.startedOn !== row.startedOn) {
      assertNotFuture(body.startedOn, 'startedOn');
      if (row.endedOn !== null && body.startedOn > row.endedOn) {
        throw new UnprocessableError('course_end_before_start', 'startedOn', {
          startedOn: formatDate(ctx.locale, body.startedOn),
        });
      }
      const first = await firstRecordOn(ctx, row.id);
      if (first !== null && body.startedOn > first)
        throw new UnprocessableError('course_start_after_records', 'startedOn', { firstOn: formatDate(ctx.locale, first) });
    }
    if (body.teamUnitId !== undefined && body.teamUnitId !== row.teamId) await assertTeam(ctx, body.teamUnitId);
    if (body.workerUserId !== undefined && body.workerUserId !== row.workerId) await assertWorker(ctx, body.workerUserId);
    if (body.decisionId && body.decisionId !== row.decisionId)
      await assertCourseDecision(ctx, person, body.decisionId, row.method);
  }
  const after = await writeCourseChange(ctx, row, person, body.version, {
    ...(body.decisionId !== undefined ? { decision_id: body.decisionId } : {}),
    ...(body.teamUnitId !== undefined ? { team_unit_id: body.teamUnitId } : {}),
    ...(body.workerUserId !== undefined ? { worker_user_id: body.workerUserId } : {}),
    ...(body.startedOn !== undefined ? { started_on: body.startedOn } : {}),
    ...(body.note !== undefined ? { note: body.note } : {}),
  });
  const pick = (r: CourseRow) => ({
    decisionId: r.decisionId,
    teamUnitId: r.teamId,
    workerUserId: r.workerId,
    startedOn: r.startedOn,
    note: r.note,
    version: r.version,
  });
  describeCitizenRecord(ctx, person, 'support_course', row.id, diffChanges(pick(row), pick(after)));
  return presentOne(ctx, after, person);
}

export async function endCourse(ctx: DataContext, courseId: string, body: EndSupportCourseBody): Promise<SupportCourse> {
  const { row, person } = await loadCourse(ctx, courseId, { forUpdate: true });
  authorize(ctx, citizenPolicy.writeCourse, person.root);
  if (body.version === row.version) {
    if (row.endedOn !== null)
      throw new UnprocessableError('support_course_ended', 'endedOn', { endedOn: formatDate(ctx.locale, row.endedOn) });
    const phases = await findPhaseRows(ctx.tx, ctx.actor, [row.id]);
    const lastStart =
      [row.startedOn, ...phases.flatMap((p) => (p.startedOn === null ? [] : [p.startedOn]))].sort().at(-1) ?? row.startedOn;
    if (body.endedOn < lastStart)
      throw new UnprocessableError('course_end_before_start', 'endedOn', { startedOn: formatDate(ctx.locale, lastStart) });
    assertNotFuture(body.endedOn, 'endedOn');
  }
  const after = await writeCourseChange(ctx, row, person, body.version, {
    ended_on: body.endedOn,
    end_reason: body.endReason,
    end_note: body.endNote ?? null,
  });
  describeCitizenRecord(ctx, person, 'support_course', row.id, {
    endedOn: body.endedOn,
    endReason: body.endReason,
    version: { from: row.version, to: after.version },
  });
  return presentOne(ctx, after, person);
}

/** The checklist as the user sent it; an item keeps the day it was ticked off while it stays done. */
function nextChecklist(
  before: readonly CtiChecklistItem[],
  items: readonly { label: string; done: boolean }[],
  today: IsoDate,
): CtiChecklistItem[] {
  return items.map(({ label, done }) => {
    const previous = before.find((item) => item.label === label);
    return { label, done, doneOn: done ? (previous?.done ? previous.doneOn : today) : null };
  });
}

export async function updateCtiPhase(
  ctx: DataContext,
  courseId: string,
  phase: 1 | 2 | 3,
  body: UpdateCtiPhaseBody,
): Promise<SupportCourse> {
  const { row, person } = await loadCourse(ctx, courseId, { forUpdate: true });
  authorize(ctx, citizenPolicy.writeCourse, person.root);
  const phases = await findPhaseRows(ctx.tx, ctx.actor, [row.id]);
  const stored = phases.find((p) => p.phase === phase);
  if (row.method !== 'cti' || !stored) throw new UnprocessableError('cti_only', 'phase');
  const startedOn = body.startedOn !== undefined ? body.startedOn : stored.startedOn;
  if (body.version === row.version && startedOn !== stored.startedOn) {
    const date = (value: IsoDate) => formatDate(ctx.locale, value);
    const previous = phases.find((p) => p.phase === phase - 1);
    const next = phases.find((p) => p.phase === phase + 1);
    if (row.endedOn !== null) throw new UnprocessableError('support_course_ended', 'startedOn', { endedOn: date(row.endedOn) });
    if (startedOn === null) {
      if (next?.startedOn)
        throw new UnprocessableError('cti_next_phase_started', 'startedOn', { next: phase + 1, nextOn: date(next.startedOn) });
    } else {
      assertNotFuture(startedOn, 'startedOn');
      if (startedOn < row.startedOn)
        throw new UnprocessableError('cti_phase_before_course_start', 'startedOn', { startedOn: date(row.startedOn) });
      if (previous && previous.startedOn === null)
        throw new UnprocessableError('cti_previous_phase_not_started', 'startedOn', { previous: phase - 1 });
      if (previous?.startedOn && startedOn < previous.startedOn) {
        throw new UnprocessableError('cti_phase_before_previous', 'startedOn', {
          phase,
          previous: phase - 1,
          previousOn: date(previous.startedOn),
        });
      }
      if (next?.startedOn && startedOn > next.startedOn)
        throw new UnprocessableError('cti_next_phase_started', 'startedOn', { next: phase + 1, nextOn: date(next.startedOn) });
    }
  }
  const checklist =
    body.checklist !== undefined ? nextChecklist(stored.checklist, body.checklist, todayInDenmark()) : stored.checklist;
  const after = await writeCourseChange(ctx, row, person, body.version, {});
  await updatePhase(ctx.tx, row.id, phase, { started_on: startedOn, checklist: JSON.stringify(checklist) });
  const summary = (s: IsoDate | null, items: readonly CtiChecklistItem[]) => ({
    startedOn: s,
    done: items.filter((i) => i.done).map((i) => i.label),
    items: items.length,
  });
  const changes = diffChanges(
    { [`ctiPhase${phase}`]: summary(stored.startedOn, stored.checklist) },
    { [`ctiPhase${phase}`]: summary(startedOn, checklist) },
  );
  describeCitizenRecord(ctx, person, 'support_course', row.id, { ...changes, version: { from: row.version, to: after.version } });
  return presentOne(ctx, after, person);
}

export async function addContact(ctx: DataContext, courseId: string, body: CreateSupportContactBody): Promise<SupportContact> {
  const { row, person } = await loadCourse(ctx, courseId);
  authorize(ctx, citizenPolicy.writeCourse, person.root);
  if (body.contactOn < row.startedOn)
    throw new UnprocessableError('contact_before_course_start', 'contactOn', {
      startedOn: formatDate(ctx.locale, row.startedOn),
    });
  if (row.endedOn !== null && body.contactOn > row.endedOn)
    throw new UnprocessableError('contact_after_course_end', 'contactOn', { endedOn: formatDate(ctx.locale, row.endedOn) });
  assertNotFuture(body.contactOn, 'contactOn');
  const id = await insertContact(ctx.tx, {
    support_course_id: row.id,
    contact_on: body.contactOn,
    kind: body.kind,
    note: body.note ?? null,
    by_user_id: ctx.actor.userId,
  });
  const contact = (await findContacts(ctx.tx, ctx.actor, [row.id])).find((c) => c.id === id);
  if (!contact) throw new NotFoundError();
  describeCitizenRecord(ctx, person, 'support_contact', id, {
    supportCourseId: row.id,
    contactOn: body.contactOn,
    kind: body.kind,
  });
  return contact;
}
