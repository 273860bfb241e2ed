/**
 * The reference implementation of the key figures: pure functions from citizen timelines to
 * *member rows*, one per person, stay, move-in, course or registration in a measure's cohort
 * for a window. The server computes the same rows in SQL (`key-figures-queries.ts`); an
 * integration test runs both on generated data and demands the same rows. Figures are then
 * counts and percentiles over the rows (`summarise.ts`), the same code for both.
 *
 * Conventions shared with the SQL (change both, and the test tells):
 * - the support course "at" a day D is the one started on or before D and not ended before D,
 *   the latest started (ties: the greatest id); its method and team are the row's breakdown;
 * - a return to homelessness after a move-in on M is the first of: a § 110 admission after M,
 *   a homeless housing period starting after M, a follow-up that found the home lost
 *   (the day it was lost, else the day of the follow-up) after M;
 * - a stay's nights run from admission up to, not including, discharge (an open stay counts
 *   the night of the day it is read on), as `course/stay-counting.ts`.
 */
import { addDays, addMonths, daysBetween, type IsoDate, maxIsoDate, minIsoDate } from '../calendar/iso-date';
import { addWorkingDays } from '../calendar/working-days';
import { isHomeless } from '../citizen/housing-situation';
import { nextRegistrationDue } from '../course/course-registrations';
import { type CourseSnapshot, type SupportMethod } from '../course/snapshot';
import { evaluateDischargeConditions } from '../law/evaluate-course';
import { reimbursementAccount } from '../course/stay-counting';
import { defaultRuleParameters, type RuleParameters } from '../law/rules';
import { type MeasureId } from './definitions';
import { missingRequiredFields } from './required-fields';
import { type CitizenTimeline, type TimelineCourse, type TimelineStay } from './timeline';

/** A window the figures are read for: cohorts anchored inside [from, to], points read on `to`. */
export interface KeyFigureWindow {
  readonly key: string;
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/**
 * numerator: in the cohort and counted (housed, retained, on time …); denominator: in the
 * cohort but not counted; unknown: in the cohort, outcome unknown (lost contact);
 * excluded: in the cohort but left out of the share and shown apart (died, moved away).
 */
export const memberOutcomes = ['numerator', 'denominator', 'unknown', 'excluded'] as const;
export type MemberOutcome = (typeof memberOutcomes)[number];

export interface MemberRow {
  readonly window: string;
  readonly measure: MeasureId;
  readonly personId: string;
  /** What the row counts: the person, stay, allocation or course id. */
  readonly subjectId: string;
  readonly anchorOn: IsoDate;
  readonly outcome: MemberOutcome;
  /** Days (lead time, nights, days to return …) or a count (stays); null when not applicable. */
  readonly value: number | null;
  readonly method: SupportMethod | null;
  /** The team (support course) or shelter the row belongs to. */
  readonly unitId: string | null;
}

export const housedHorizons = { k2_housed_60: 60, k2_housed_90: 90, k2_housed_180: 180 } as const;
export const retentionMonths = { k3_retained_3m: 3, k3_retained_6m: 6, k3_retained_12m: 12 } as const;
export const endedStayNights = { k5_ended_over_120: 120, k5_ended_over_90: 90 } as const;
export const openStayNights = 120;
export const returnHorizonDays = 730;
export const notificationWorkingDays = 3;
export const ctiOldEnoughMonths = 9;
export const registeredOnTimeDays = 3;
/** K9: the discharge reason whose stays § 110 stk. 5 is about; stays ended otherwise are shown apart. */
export const lawfulDischargeReason = 'planned';
export const waitingMonths = { k11_waiting_over_5m: 5, k11_waiting_over_12m: 12 } as const;
/** K16 counts reimbursement days by the legal checks' rules (the same parameters as the by-name list). */
export const reimbursementParameters: RuleParameters = defaultRuleParameters;
/** Course end reasons that take a move-in out of the retention cohort (shown apart). */
export const excludingEndReasons = ['died', 'moved_away'] as const;
/** Course end reasons read as "lost contact": the outcome is unknown, not retained. */
export const lostContactEndReasons = ['citizen_declined'] as const;

export function courseAt(courses: readonly TimelineCourse[], day: IsoDate): TimelineCourse | null {
  let best: TimelineCourse | null = null;
  for (const course of courses) {
    if (course.startedOn > day || (course.endedOn !== null && course.endedOn < day)) continue;
    if (best === null || course.startedOn > best.startedOn || (course.startedOn === best.startedOn && course.id > best.id))
      best = course;
  }
  return best;
}

export function firstReturnAfter(timeline: CitizenTimeline, moveInOn: IsoDate): IsoDate | null {
  const candidates = [
    ...timeline.stays.map((s) => s.admittedOn),
    ...timeline.housingPeriods.filter((p) => isHomeless(p.category)).map((p) => p.from),
    ...timeline.followUps.filter((f) => !f.keepsHome).map((f) => f.lostHomeOn ?? f.checkedOn),
  ].filter((d) => d > moveInOn);
  return candidates.length === 0 ? null : candidates.reduce((a, b) => minIsoDate(a, b));
}

const moveInsOf = (t: CitizenTimeline) =>
  t.allocations.filter((a): a is typeof a & { moveInOn: IsoDate } => a.withdrawnOn === null && a.moveInOn !== null);

const inWindow = (day: IsoDate, w: KeyFigureWindow) => day >= w.from && day <= w.to;

const isOpenOn = (stay: TimelineStay, day: IsoDate) =>
  stay.admittedOn <= day && (stay.dischargedOn === null || stay.dischargedOn > day);

interface RowBase {
  readonly window: string;
  readonly personId: string;
}

function withCourse(course: TimelineCourse | null): Pick<MemberRow, 'method' | 'unitId'> {
  return { method: course?.method ?? null, unitId: course?.teamUnitId ?? null };
}

function leadTimeRows(t: CitizenTimeline, w: KeyFigureWindow, base: RowBase): MemberRow[] {
  const moves = moveInsOf(t).filter((a) => inWindow(a.moveInOn, w));
  if (moves.length === 0) return [];
  const first = moves.map((a) => a.moveInOn).reduce((a, b) => minIsoDate(a, b));
  if (t.firstContactOn > first) return [];
  return [
    {
      ...base,
      measure: 'k1_lead_time',
      subjectId: t.personId,
      anchorOn: first,
      outcome: 'numerator',
      value: daysBetween(t.firstContactOn, first),
      ...withCourse(courseAt(t.courses, first)),
    },
  ];
}

/** K11: the first move-in of the window on or after the ready-to-move date, days from it. */
function waitingRows(t: CitizenTimeline, w: KeyFigureWindow, base: RowBase): MemberRow[] {
  const ready = t.readyToMoveOn;
  if (ready === null) return [];
  const moves = moveInsOf(t)
    .map((a) => a.moveInOn)
    .filter((d) => d >= ready && inWindow(d, w));
  if (moves.length === 0) return [];
  const first = moves.reduce((a, b) => minIsoDate(a, b));
  const row = {
    ...base,
    subjectId: t.personId,
    anchorOn: first,
    value: daysBetween(ready, first),
    ...withCourse(courseAt(t.courses, first)),
  };
  return [
    { ...row, measure: 'k11_waiting_days', outcome: 'numerator' },
    ...(Object.entries(waitingMonths) as [keyof typeof waitingMonths, number][]).map(([measure, months]) => ({
      ...row,
      measure,
      outcome: first > addMonths(ready, months) ? ('numerator' as const) : ('denominator' as const),
    })),
  ];
}

function housedRows(t: CitizenTimeline, w: KeyFigureWindow, asOf: IsoDate, base: RowBase): MemberRow[] {
  const start = t.firstContactOn;
  if (!inWindow(start, w)) return [];
  const later = moveInsOf(t)
    .map((a) => a.moveInOn)
    .filter((d) => d >= start && d <= asOf);
  const firstMove = later.length === 0 ? null : later.reduce((a, b) => minIsoDate(a, b));
  const rows: MemberRow[] = [];
  for (const [measure, days] of Object.entries(housedHorizons) as [keyof typeof housedHorizons, number][]) {
    if (addDays(start, days) > asOf) continue;
    rows.push({
      ...base,
      measure,
      subjectId: t.personId,
      anchorOn: start,
      outcome: firstMove !== null && firstMove <= addDays(start, days) ? 'numerator' : 'denominator',
      value: firstMove === null ? null : daysBetween(start, firstMove),
      ...withCourse(courseAt(t.courses, start)),
    });
  }
  return rows;
}

function endedWithin(t: CitizenTimeline, reasons: readonly string[], after: IsoDate, upTo: IsoDate): boolean {
  return t.courses.some(
    (c) => c.endedOn !== null && c.endReason !== null && reasons.includes(c.endReason) && c.endedOn > after && c.endedOn <= upTo,
  );
}

function moveInRows(t: CitizenTimeline, w: KeyFigureWindow, asOf: IsoDate, base: RowBase): MemberRow[] {
  const rows: MemberRow[] = [];
  for (const move of moveInsOf(t)) {
    const moveIn = move.moveInOn;
    if (!inWindow(moveIn, w)) continue;
    const returned = firstReturnAfter(t, moveIn);
    const breakdown = withCourse(courseAt(t.courses, moveIn));
    for (const [measure, months] of Object.entries(retentionMonths) as [keyof typeof retentionMonths, number][]) {
      const horizon = addMonths(moveIn, months);
      if (horizon > asOf) continue;
      const outcome =
        returned !== null && returned <= horizon
          ? 'denominator'
          : endedWithin(t, excludingEndReasons, moveIn, horizon)
            ? 'excluded'
            : endedWithin(t, lostContactEndReasons, moveIn, horizon)
              ? 'unknown'
              : 'numerator';
      rows.push({ ...base, measure, subjectId: move.id, anchorOn: moveIn, outcome, value: null, ...breakdown });
    }
    if (addDays(moveIn, returnHorizonDays) <= asOf) {
      const within = returned !== null && returned <= addDays(moveIn, returnHorizonDays);
      rows.push({
        ...base,
        measure: 'k4_returned_2y',
        subjectId: move.id,
        anchorOn: moveIn,
        outcome: within ? 'numerator' : 'denominator',
        value: within ? daysBetween(moveIn, returned) : null,
        ...breakdown,
      });
    }
  }
  return rows;
}

function stayRows(t: CitizenTimeline, w: KeyFigureWindow, asOf: IsoDate, base: RowBase): MemberRow[] {
  const rows: MemberRow[] = [];
  const stayRow = (stay: TimelineStay) => ({ ...base, subjectId: stay.id, method: null, unitId: stay.shelterId });
  for (const stay of t.stays) {
    if (stay.dischargedOn !== null && inWindow(stay.dischargedOn, w)) {
      const nights = daysBetween(stay.admittedOn, stay.dischargedOn);
      for (const [measure, limit] of Object.entries(endedStayNights) as [keyof typeof endedStayNights, number][])
        rows.push({
          ...stayRow(stay),
          measure,
          anchorOn: stay.dischargedOn,
          outcome: nights > limit ? 'numerator' : 'denominator',
          value: nights,
        });
    }
    if (isOpenOn(stay, w.to)) {
      const nights = daysBetween(stay.admittedOn, w.to) + 1;
      rows.push({
        ...stayRow(stay),
        measure: 'k5_open_over_120',
        anchorOn: w.to,
        outcome: nights > openStayNights ? 'numerator' : 'denominator',
        value: nights,
      });
      const planned = t.plans.filter((p) => p.madeOn >= stay.admittedOn && p.madeOn <= w.to).map((p) => p.madeOn);
      const hasPlan = t.plans.some((p) => p.madeOn <= w.to && (p.endedOn === null || p.endedOn > w.to));
      rows.push({
        ...stayRow(stay),
        measure: 'k7_plan_coverage',
        anchorOn: w.to,
        outcome: hasPlan ? 'numerator' : 'denominator',
        value:
          planned.length === 0
            ? null
            : daysBetween(
                stay.admittedOn,
                planned.reduce((a, b) => minIsoDate(a, b)),
              ),
      });
    }
    if (inWindow(stay.admittedOn, w)) {
      const deadline = addWorkingDays(stay.admittedOn, notificationWorkingDays);
      const notified = stay.notifiedOn !== null && stay.notifiedOn <= asOf ? stay.notifiedOn : null;
      if (notified !== null || deadline < asOf)
        rows.push({
          ...stayRow(stay),
          measure: 'k8_notified_on_time',
          anchorOn: stay.admittedOn,
          outcome: notified !== null && notified <= deadline ? 'numerator' : 'denominator',
          value: null,
        });
    }
  }
  return rows;
}

/** The citizen's course as the legal checks read it (support courses play no part in § 110 stk. 5). */
function dischargeSnapshotOf(t: CitizenTimeline): CourseSnapshot {
  return {
    citizenId: t.personId,
    stays: t.stays.map((s) => ({
      id: s.id,
      admittedOn: s.admittedOn,
      dischargedOn: s.dischargedOn,
      handlekommuneNotifiedOn: s.notifiedOn,
    })),
    plans: t.plans,
    decisions: t.decisions.map((d) => ({ ...d, providerWish: null })),
    housingAllocations: t.allocations,
    supportCourses: [],
  };
}

/** K9: stays ended in the window; a planned discharge is lawful when the legal check finds every condition met on that day. */
function dischargeRows(t: CitizenTimeline, w: KeyFigureWindow, base: RowBase): MemberRow[] {
  const ended = t.stays.filter(
    (s): s is TimelineStay & { dischargedOn: IsoDate } => s.dischargedOn !== null && inWindow(s.dischargedOn, w),
  );
  if (ended.length === 0) return [];
  const snapshot = dischargeSnapshotOf(t);
  return ended.map((stay) => {
    const row = {
      ...base,
      measure: 'k9_lawful_discharge' as const,
      subjectId: stay.id,
      anchorOn: stay.dischargedOn,
      method: null,
      unitId: stay.shelterId,
    };
    if (stay.dischargeReason !== lawfulDischargeReason) return { ...row, outcome: 'excluded' as const, value: null };
    const missing = evaluateDischargeConditions(snapshot, stay.dischargedOn, stay.id).details.missing.length;
    return { ...row, outcome: missing === 0 ? ('numerator' as const) : ('denominator' as const), value: missing };
  });
}

/** K6: stays with at least one night in the window, and those nights. */
function staysPerCitizenRows(t: CitizenTimeline, w: KeyFigureWindow, base: RowBase): MemberRow[] {
  let stays = 0;
  let nights = 0;
  let latest: TimelineStay | null = null;
  for (const stay of t.stays) {
    const first = maxIsoDate(stay.admittedOn, w.from);
    const last = stay.dischargedOn === null ? w.to : minIsoDate(addDays(stay.dischargedOn, -1), w.to);
    if (last < first) continue;
    stays += 1;
    nights += daysBetween(first, last) + 1;
    if (latest === null || stay.admittedOn > latest.admittedOn || (stay.admittedOn === latest.admittedOn && stay.id > latest.id))
      latest = stay;
  }
  if (latest === null) return [];
  const row = { ...base, subjectId: t.personId, anchorOn: w.to, method: null, unitId: latest.shelterId };
  return [
    { ...row, measure: 'k6_stays_per_citizen', outcome: stays >= 2 ? 'numerator' : 'denominator', value: stays },
    { ...row, measure: 'k6_nights_per_citizen', outcome: 'numerator', value: nights },
  ];
}

/**
 * K16: a person on a stay on the window's last day, with the nights of the running year up to
 * that day (the by-name list's and the legal checks' count, `reimbursementAccount`); counted
 * when some night of the running year was beyond the limit. Before the scheme started, none.
 */
function reimbursementRows(t: CitizenTimeline, w: KeyFigureWindow, base: RowBase): MemberRow[] {
  const schemeStart = reimbursementParameters.reimbursementCaps[0]?.from;
  if (schemeStart === undefined || w.to < schemeStart) return [];
  let latest: TimelineStay | null = null;
  for (const stay of t.stays)
    if (
      isOpenOn(stay, w.to) &&
      (latest === null || stay.admittedOn > latest.admittedOn || (stay.admittedOn === latest.admittedOn && stay.id > latest.id))
    )
      latest = stay;
  if (latest === null) return [];
  const year = reimbursementAccount(t.stays, w.to, reimbursementParameters).current;
  return [
    {
      ...base,
      measure: 'k16_over_reimbursement_limit',
      subjectId: t.personId,
      anchorOn: w.to,
      outcome: year !== null && year.unreimbursedNights > 0 ? 'numerator' : 'denominator',
      value: year?.nights ?? 0,
      method: null,
      unitId: latest.shelterId,
    },
  ];
}

function coverageRows(t: CitizenTimeline, w: KeyFigureWindow, base: RowBase): MemberRow[] {
  const day = w.to;
  const homeless =
    t.stays.some((s) => isOpenOn(s, day)) ||
    t.housingPeriods.some((p) => isHomeless(p.category) && p.from <= day && (p.to === null || day < p.to));
  if (!homeless) return [];
  const course = courseAt(t.courses, day);
  return [
    {
      ...base,
      measure: 'k12_housing_first_coverage',
      subjectId: t.personId,
      anchorOn: day,
      outcome: course === null ? 'denominator' : 'numerator',
      value: null,
      ...withCourse(course),
    },
  ];
}

function courseRows(t: CitizenTimeline, w: KeyFigureWindow, asOf: IsoDate, base: RowBase): MemberRow[] {
  const rows: MemberRow[] = [];
  for (const course of t.courses) {
    const row = { ...base, subjectId: course.id, ...withCourse(course) };
    if (course.startedOn <= w.to && (course.endedOn === null || course.endedOn >= w.to))
      rows.push({ ...row, measure: 'k13_caseload', anchorOn: w.to, outcome: 'numerator', value: null });
    if (course.method === 'cti' && inWindow(course.startedOn, w) && addMonths(course.startedOn, ctiOldEnoughMonths) <= asOf) {
      const ended = course.endedOn !== null && course.endedOn <= asOf ? course.endReason : null;
      const reachedPhase3 = course.ctiPhases.some((p) => p.phase === 3 && p.startedOn <= asOf);
      rows.push({
        ...row,
        measure: 'k10_cti_completed',
        anchorOn: course.startedOn,
        outcome:
          ended !== null && (excludingEndReasons as readonly string[]).includes(ended)
            ? 'excluded'
            : ended === 'completed' && reachedPhase3
              ? 'numerator'
              : 'denominator',
        value: null,
      });
    }
  }
  return rows;
}

/** K15 (b): courses running on the last day whose next registration fell due before it (`nextRegistrationDue`). */
function overdueRegistrationRows(t: CitizenTimeline, w: KeyFigureWindow, base: RowBase): MemberRow[] {
  const day = w.to;
  const rows: MemberRow[] = [];
  for (const course of t.courses) {
    if (course.startedOn > day || (course.endedOn !== null && course.endedOn <= day)) continue;
    const known = course.registrations.filter((r) => r.registeredOn <= day);
    const next = nextRegistrationDue({ startedOn: course.startedOn, endedOn: null }, known, t.registrationIntervalMonths);
    if (next === null) continue;
    const overdue = day > next.dueOn;
    rows.push({
      ...base,
      measure: 'k15_registration_overdue',
      subjectId: course.id,
      anchorOn: day,
      outcome: overdue ? 'numerator' : 'denominator',
      value: overdue ? daysBetween(next.dueOn, day) : null,
      ...withCourse(course),
    });
  }
  return rows;
}

/**
 * K15 (c): each course registration dated in the window, as it stands now; counted when every
 * required field is filled (`missingRequiredFields`). The value is the number of fields left empty.
 */
function requiredFieldRows(t: CitizenTimeline, w: KeyFigureWindow, base: RowBase): MemberRow[] {
  const rows: MemberRow[] = [];
  for (const course of t.courses)
    for (const registration of course.registrations) {
      if (!inWindow(registration.registeredOn, w)) continue;
      const missing = missingRequiredFields(registration).length;
      rows.push({
        ...base,
        measure: 'k15_required_fields',
        subjectId: registration.id,
        anchorOn: registration.registeredOn,
        outcome: missing === 0 ? 'numerator' : 'denominator',
        value: missing,
        ...withCourse(course),
      });
    }
  return rows;
}

function registrationRows(t: CitizenTimeline, w: KeyFigureWindow, base: RowBase): MemberRow[] {
  const events = [
    ...t.stays.map((s) => ({ id: s.id, on: s.admittedOn, registeredOn: s.registeredOn, method: null, unitId: s.shelterId })),
    ...t.allocations.map((a) => ({
      id: a.id,
      on: a.allocatedOn,
      registeredOn: a.registeredOn,
      ...withCourse(courseAt(t.courses, a.allocatedOn)),
    })),
    ...t.courses.map((c) => ({ id: c.id, on: c.startedOn, registeredOn: c.registeredOn, ...withCourse(c) })),
  ];
  return events
    .filter((e) => inWindow(e.on, w))
    .map((e) => {
      const days = Math.max(0, daysBetween(e.on, e.registeredOn));
      return {
        ...base,
        measure: 'k15_registered_on_time',
        subjectId: e.id,
        anchorOn: e.on,
        outcome: days <= registeredOnTimeDays ? 'numerator' : 'denominator',
        value: days,
        method: e.method,
        unitId: e.unitId,
      };
    });
}

/** Every member row of every measure, for each window, as known on `asOf` (windows end on or before it). */
export function computeMemberRows(
  timelines: readonly CitizenTimeline[],
  windows: readonly KeyFigureWindow[],
  asOf: IsoDate,
): MemberRow[] {
  const rows: MemberRow[] = [];
  for (const w of windows) {
    for (const t of timelines) {
      const base = { window: w.key, personId: t.personId };
      rows.push(
        ...leadTimeRows(t, w, base),
        ...housedRows(t, w, asOf, base),
        ...waitingRows(t, w, base),
        ...moveInRows(t, w, asOf, base),
        ...stayRows(t, w, asOf, base),
        ...dischargeRows(t, w, base),
        ...staysPerCitizenRows(t, w, base),
        ...coverageRows(t, w, base),
        ...reimbursementRows(t, w, base),
        ...courseRows(t, w, asOf, base),
        ...registrationRows(t, w, base),
        ...overdueRegistrationRows(t, w, base),
        ...requiredFieldRows(t, w, base),
      );
    }
  }
  return rows;
}
