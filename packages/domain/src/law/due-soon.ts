/**
 * What a course has overdue now and what falls due within the next days, read from the legal
 * rules themselves (`evaluateCourse`): no rule of its own. A finding that needs action today
 * (missing or overdue) is overdue; one the rules warn about today, or that would need action if
 * nothing were done before the last day of the window, is due.
 */
import { addDays, type IsoDate } from '../calendar/iso-date';
import type { CourseSnapshot } from '../course/snapshot';
import { evaluateCourse, type EvaluationOptions, type RuleResult, type RuleStatus } from './evaluate-course';
import type { RuleId } from './rules';

/** "This week": the caseworker's start page looks this many days ahead. */
export const dueSoonDays = 7;

export interface DueFinding {
  readonly ruleId: RuleId;
  /** The record it is about (stay, decision, support course), when there is one. */
  readonly subjectId: string | null;
  readonly status: RuleStatus;
  /** The day the rules were read on: today, or the window's last day for what falls due later. */
  readonly asOf: IsoDate;
  readonly messageDa: string;
  readonly messageEn: string | null;
}

export interface DueSoon {
  readonly overdue: readonly DueFinding[];
  readonly due: readonly DueFinding[];
}

const needsActionNow = (status: RuleStatus) => status === 'missing' || status === 'overdue';
const keyOf = (r: Pick<RuleResult, 'ruleId' | 'subjectId'>) => `${r.ruleId}:${r.subjectId ?? ''}`;
const findingOf = (r: RuleResult, asOf: IsoDate): DueFinding => ({
  ruleId: r.ruleId,
  subjectId: r.subjectId,
  status: r.status,
  asOf,
  messageDa: r.messageDa,
  messageEn: r.messageEn ?? null,
});

export function dueWithin(snapshot: CourseSnapshot, today: IsoDate, days: number, options: EvaluationOptions = {}): DueSoon {
  const end = addDays(today, days);
  const now = evaluateCourse(snapshot, today, options);
  const overdue = now.filter((r) => needsActionNow(r.status)).map((r) => findingOf(r, today));
  const due = now.filter((r) => r.status === 'warning').map((r) => findingOf(r, today));
  const seen = new Set([...overdue, ...due].map(keyOf));
  // What the rules would ask on the window's last day if nothing were done, in their words of that day.
  for (const r of evaluateCourse(snapshot, end, options)) {
    if (!needsActionNow(r.status) || seen.has(keyOf(r))) continue;
    seen.add(keyOf(r));
    due.push(findingOf(r, end));
  }
  return { overdue, due };
}
