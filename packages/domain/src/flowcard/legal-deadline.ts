/**
 * The legal deadline a flowcard step is under, read from what the step is done by
 * (`doneWhen`): the law's rules (`law/rules.ts`) and sources (`law/sources.ts`) are the one
 * place the numbers and paragraphs are written, so the time report shows the same deadline
 * the legal checks hold the course to.
 *
 * Only deadlines the law gives in days are listed. The other steps' signals (a plan, an
 * allocation, a decision) have no number of days in the law, or none this product checks.
 */
import { defaultRuleParameters, type RuleParameters } from '../law/rules';
import { legalSources, type LegalSource } from '../law/sources';
import type { FlowcardCourseSignal } from './definition';

export interface LegalDeadline {
  readonly days: number;
  /** Danish working days (hverdage) or calendar days. */
  readonly kind: 'working' | 'calendar';
  readonly source: LegalSource;
}

export function legalDeadlineOfSignal(
  signal: FlowcardCourseSignal | null,
  parameters: Pick<RuleParameters, 'notificationWorkingDays'> = defaultRuleParameters,
): LegalDeadline | null {
  switch (signal) {
    case 'notification_sent':
      // § 110, stk. 6: the shelter notifies the handlekommune within 3 working days of the admission.
      return { days: parameters.notificationWorkingDays, kind: 'working', source: legalSources.sel_110_stk6 };
    case 'assessment_made':
    case 'plan_exists':
    case 'allocation_made':
    case 'lease_signed':
    case 'support_decision_made':
    case 'moved_in':
    case 'support_course_started':
    case null:
      return null;
  }
}

/**
 * The most calendar days a deadline can span: a working-day deadline started just before a
 * weekend takes two more days for every five working days (3 working days from a Friday end on
 * Wednesday: 5 days). The report measures calendar days, so a wait is over the law only past
 * this; holidays can stretch a single spell further, which is why the mark is on averages,
 * not on a single task.
 */
export function legalDeadlineCalendarDays(deadline: Pick<LegalDeadline, 'days' | 'kind'>): number {
  return deadline.kind === 'calendar' ? deadline.days : deadline.days + 2 * Math.ceil(deadline.days / 5);
}

export interface LegalDeadlineComparison {
  readonly calendarDaysAtMost: number;
  readonly meanOver: boolean;
  readonly medianOver: boolean;
}

/** Whether a bar's mean and median wait (calendar days) are past what the deadline allows. */
export function compareWithLegalDeadline(
  deadline: Pick<LegalDeadline, 'days' | 'kind'>,
  waits: { readonly meanDays: number; readonly medianDays: number },
): LegalDeadlineComparison {
  const calendarDaysAtMost = legalDeadlineCalendarDays(deadline);
  return { calendarDaysAtMost, meanOver: waits.meanDays > calendarDaysAtMost, medianOver: waits.medianDays > calendarDaysAtMost };
}
