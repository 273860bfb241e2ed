/**
 * What the by-name list filters and sorts on, from the same pure rules as the badges:
 * `needsAttention(evaluateCourse(snapshot, day))` summarised as a count and the worst status,
 * and how long that summary holds by the calendar alone.
 *
 * The rules compare the date with the course's dates (deadlines, due days, nights counted), so
 * the summary is a step function of the day. Rather than re-deriving every rule's breakpoints
 * here (a second copy of the law that could drift), the summary is evaluated day by day from
 * tomorrow up to `until`: the first day it differs is when the stored row stops being valid.
 */
import {
  addDays,
  evaluateCourse,
  needsAttention,
  type CourseSnapshot,
  type IsoDate,
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

/**
 * The summary on `today`, and the first day after it (at most `until`) on which the summary
 * is different; `until` itself when it holds for every day before.
 */
export function summariseCourse(
  snapshot: CourseSnapshot,
  today: IsoDate,
  until: IsoDate,
): AttentionSummary & { readonly validUntil: IsoDate } {
  const summary = summariseAttention(evaluateCourse(snapshot, today));
  for (let day = addDays(today, 1); day < until; day = addDays(day, 1)) {
    const next = summariseAttention(evaluateCourse(snapshot, day));
    if (next.count !== summary.count || next.rank !== summary.rank) return { ...summary, validUntil: day };
  }
  return { ...summary, validUntil: until };
}

/** The snapshot as a shelter sees it: its own stays only (the other records are the same). */
export function shelterViewOf(snapshot: CourseSnapshot, stayIdsAtShelter: ReadonlySet<string>): CourseSnapshot {
  return { ...snapshot, stays: snapshot.stays.filter((stay) => stayIdsAtShelter.has(stay.id)) };
}
