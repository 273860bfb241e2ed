/**
 * Which steps of a flowcard started for a citizen can be worked now, and when each is due.
 *
 * A step is `done` when its task is done; `open` when every step it depends on is done (it
 * opens on the day the last of them finished, or on the start day); otherwise `waiting`.
 * Its normal due date counts its working days from the anchor: the start day, or the day the
 * anchor step was done (unknown while that step is not done). "Housing First haster" (on the
 * task or on the citizen's whole course) shortens an opened step's deadline: the due date is
 * the shorter of the normal one and the day it opened plus the urgent working days (the
 * step's own, else the municipality's).
 */
import { maxIsoDate, minIsoDate, type IsoDate } from '../calendar/iso-date';
import { addWorkingDays, type WorkingDayOptions } from '../calendar/working-days';
import type { FlowcardStep } from './definition';

export type ScheduledStatus = 'waiting' | 'open' | 'done';

export interface ScheduleInput {
  readonly steps: readonly FlowcardStep[];
  readonly startedOn: IsoDate;
  /** Step key → the day its task was done. */
  readonly doneOn: ReadonlyMap<string, IsoDate>;
  /** Step key → the day its task actually opened (kept when it is known, e.g. after a reopen). */
  readonly openedOn?: ReadonlyMap<string, IsoDate>;
  /** Steps whose own task is marked urgent. */
  readonly urgentStepKeys?: ReadonlySet<string>;
  /** The citizen's whole course is "Housing First haster". */
  readonly courseIsUrgent: boolean;
  /** The municipality's shorter deadline for urgent tasks. */
  readonly urgentDeadlineWorkingDays: number;
  readonly workingDays?: WorkingDayOptions;
}

export interface ScheduledStep {
  readonly key: string;
  readonly status: ScheduledStatus;
  /** The day the step became (or becomes) workable; null while it waits. */
  readonly opensOn: IsoDate | null;
  /** The deadline without urgency; null while it counts from a step that is not done. */
  readonly normalDueOn: IsoDate | null;
  /** The deadline that applies (urgency included). */
  readonly dueOn: IsoDate | null;
  readonly isUrgent: boolean;
  /** Keys of the steps it still waits for. */
  readonly waitingFor: readonly string[];
}

export function normalDueOf(
  step: FlowcardStep,
  startedOn: IsoDate,
  doneOn: ReadonlyMap<string, IsoDate>,
  options?: WorkingDayOptions,
): IsoDate | null {
  const anchor = step.deadlineFrom.kind === 'start' ? startedOn : (doneOn.get(step.deadlineFrom.stepKey) ?? null);
  return anchor === null ? null : addWorkingDays(anchor, step.deadlineWorkingDays, options);
}

/** The urgent deadline rule on its own: the shorter of the normal due date and opened + urgent days. */
export function urgentDueOf(
  normalDueOn: IsoDate | null,
  openedOn: IsoDate,
  urgentWorkingDays: number,
  options?: WorkingDayOptions,
): IsoDate {
  const urgentDue = addWorkingDays(openedOn, urgentWorkingDays, options);
  return normalDueOn === null ? urgentDue : minIsoDate(normalDueOn, urgentDue);
}

export function scheduleTasks(input: ScheduleInput): ScheduledStep[] {
  const { steps, startedOn, doneOn } = input;
  return steps.map((step): ScheduledStep => {
    const isUrgent = input.courseIsUrgent || (input.urgentStepKeys?.has(step.key) ?? false);
    const normalDueOn = normalDueOf(step, startedOn, doneOn, input.workingDays);
    const waitingFor = step.dependsOn.filter((key) => !doneOn.has(key));
    const done = doneOn.has(step.key);
    let opensOn: IsoDate | null = null;
    if (waitingFor.length === 0) {
      const computed = step.dependsOn.reduce((latest, key) => maxIsoDate(latest, doneOn.get(key) ?? latest), startedOn);
      opensOn = input.openedOn?.get(step.key) ?? computed;
    }
    const status: ScheduledStatus = done ? 'done' : waitingFor.length === 0 ? 'open' : 'waiting';
    const urgentDays = step.urgentDeadlineWorkingDays ?? input.urgentDeadlineWorkingDays;
    const dueOn = isUrgent && opensOn !== null ? urgentDueOf(normalDueOn, opensOn, urgentDays, input.workingDays) : normalDueOn;
    return { key: step.key, status, opensOn, normalDueOn, dueOn, isUrgent, waitingFor };
  });
}
