/**
 * What the by-name list filters and sorts on, from the same pure rules as the badges:
 * `needsAttention(evaluateCourse(snapshot, day))` summarised as a count and the worst status,
 * and until when that summary holds by the calendar alone.
 *
 * The rules compare the day with the course's own dates, and with dates they derive and
 * report in their results' details. The summary can only change on:
 * - a date of the person's records (admission, discharge, plan made/ended, decision and its
 *   period, allocation, lease, move-in, withdrawal, course start/end, CTI phase start);
 * - the day after a § 110 stk. 6 deadline (pending → missing);
 * - a CTI transition's warning day and the day after its due day;
 * - for reimbursement: a new running year, a new day limit, and — since at most one night is
 *   counted per day — not before the days needed to reach the warning share or the limit.
 * `validUntil` is the earliest of these (a lower bound: recomputing early is harmless), and
 * the unit test checks it day by day against evaluateCourse.
 */
import {
  addDays,
  defaultRuleParameters,
  evaluateCourse,
  needsAttention,
  type CourseSnapshot,
  type IsoDate,
  type RuleParameters,
  type RuleResult,
  type RuleStatus,
} from '@hjemvej/domain';

export interface AttentionSummary {
  readonly count: number;
  /** 4 overdue, 3 missing, 2 warning, 0 nothing needs attention (as `worstStatus` ranks them). */
  readonly rank: number;
}

const rankOf: Record<RuleStatus, number> = { overdue: 4, missing: 3, warning: 2, met: 0, not_applicable: 0 };

export function summariseAttention(results: readonly RuleResult[]): AttentionSummary {
  const attention = needsAttention(results);
  return { count: attention.length, rank: Math.max(0, ...attention.map((r) => rankOf[r.status])) };
}

/** Days after `today` on which a result may change status without any record changing. */
export function derivedChangeDays(
  results: readonly RuleResult[],
  today: IsoDate,
  parameters: RuleParameters = defaultRuleParameters,
): IsoDate[] {
  const days: IsoDate[] = parameters.reimbursementCaps.map((cap) => cap.from);
  for (const result of results) {
    switch (result.ruleId) {
      case 'handlekommune_notification_110_6':
        days.push(addDays(result.details.deadline, 1));
        break;
      case 'cti_phase_transition':
        if (result.details.dueOn !== null)
          days.push(addDays(result.details.dueOn, -parameters.ctiWarnDaysBefore), addDays(result.details.dueOn, 1));
        break;
      case 'reimbursement_days_110': {
        const { limit, reimbursedNights, periodEndExclusive } = result.details;
        if (periodEndExclusive !== null) days.push(periodEndExclusive);
        if (limit !== null) {
          const toWarning = Math.ceil(parameters.reimbursementWarnShare * limit) - reimbursedNights;
          const toLimit = limit - reimbursedNights;
          for (const needed of [toWarning, toLimit]) if (needed > 0) days.push(addDays(today, needed));
        }
        break;
      }
      case 'discharge_conditions_110_5':
      case 'shelter_plan_142':
      case 'provider_wish_reason_85a_2':
        break;
    }
  }
  return days.filter((day) => day > today);
}

/** Every date of the snapshot's records on which a comparison with the day flips. */
export function recordChangeDays(snapshot: CourseSnapshot): IsoDate[] {
  const days: (IsoDate | null)[] = [];
  for (const s of snapshot.stays) days.push(s.admittedOn, s.dischargedOn);
  for (const p of snapshot.plans) days.push(p.madeOn, p.endedOn);
  for (const d of snapshot.decisions) days.push(d.decidedOn, d.periodFrom, d.periodTo === null ? null : addDays(d.periodTo, 1));
  for (const a of snapshot.housingAllocations) days.push(a.allocatedOn, a.leaseSignedOn, a.moveInOn, a.withdrawnOn);
  for (const c of snapshot.supportCourses) days.push(c.startedOn, c.endedOn, ...c.ctiPhases.map((p) => p.startedOn));
  return days.filter((day): day is IsoDate => day !== null);
}

/** The summary on `today`, and the first day (at most `until`) on which it may be different. */
export function summariseCourse(
  snapshot: CourseSnapshot,
  today: IsoDate,
  until: IsoDate,
): AttentionSummary & { readonly validUntil: IsoDate } {
  const results = evaluateCourse(snapshot, today);
  const validUntil = [...derivedChangeDays(results, today), ...recordChangeDays(snapshot)]
    .filter((day) => day > today)
    .reduce((earliest, day) => (day < earliest ? day : earliest), until);
  return { ...summariseAttention(results), validUntil };
}

/** The snapshot as a shelter sees it: its own stays only (the other records are the same). */
export function shelterViewOf(snapshot: CourseSnapshot, stayIdsAtShelter: ReadonlySet<string>): CourseSnapshot {
  return { ...snapshot, stays: snapshot.stays.filter((stay) => stayIdsAtShelter.has(stay.id)) };
}
