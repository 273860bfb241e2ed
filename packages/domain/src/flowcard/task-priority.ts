/**
 * How a unit's inbox is ordered and when a task is late: most urgent first ("Housing First
 * haster"), then overdue ones, then by due date (no due date last). A task is overdue the
 * day after its due date; it is escalated to the unit's leaders when it is overdue by the
 * municipality's margin in working days.
 */
import { compareIsoDates, type IsoDate } from '../calendar/iso-date';
import { workingDaysBetween, type WorkingDayOptions } from '../calendar/working-days';

export type TaskState = 'waiting' | 'open' | 'in_progress' | 'blocked' | 'done' | 'cancelled';

export interface PrioritisedTask {
  readonly status: TaskState;
  readonly isUrgent: boolean;
  readonly dueOn: IsoDate | null;
}

/** Tasks someone can work on now (or is stuck on): these count as late when past due. */
export function isActiveTask(task: Pick<PrioritisedTask, 'status'>): boolean {
  return task.status === 'open' || task.status === 'in_progress' || task.status === 'blocked';
}

export function isOverdue(task: PrioritisedTask, today: IsoDate): boolean {
  return isActiveTask(task) && task.dueOn !== null && compareIsoDates(task.dueOn, today) < 0;
}

/** Working days past the due date (0 when not overdue). */
export function workingDaysOverdue(task: PrioritisedTask, today: IsoDate, options?: WorkingDayOptions): number {
  if (!isOverdue(task, today) || task.dueOn === null) return 0;
  return workingDaysBetween(task.dueOn, today, options);
}

/** Overdue by at least the margin (margin 0: as soon as it is overdue). */
export function isEscalationDue(
  task: PrioritisedTask,
  today: IsoDate,
  marginWorkingDays: number,
  options?: WorkingDayOptions,
): boolean {
  return isOverdue(task, today) && workingDaysOverdue(task, today, options) >= marginWorkingDays;
}

/** Negative when `a` comes first in an inbox. */
export function compareTaskPriority(a: PrioritisedTask, b: PrioritisedTask, today: IsoDate): number {
  if (a.isUrgent !== b.isUrgent) return a.isUrgent ? -1 : 1;
  const aLate = isOverdue(a, today);
  const bLate = isOverdue(b, today);
  if (aLate !== bLate) return aLate ? -1 : 1;
  if (a.dueOn === null || b.dueOn === null) return a.dueOn === b.dueOn ? 0 : a.dueOn === null ? 1 : -1;
  return compareIsoDates(a.dueOn, b.dueOn);
}
