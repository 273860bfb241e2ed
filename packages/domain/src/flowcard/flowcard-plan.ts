/**
 * The flowcard as a timeline: when each step can start at the earliest and when it is due,
 * in working days from the day the flowcard is started (day 0), if every step is done on its
 * deadline. This is what the swimlane diagram draws and what is printed for the wall; a
 * citizen's real dates come from the tasks (schedule-tasks.ts), not from here.
 *
 * A step starts when all the steps it depends on are due (day 0 without dependencies). It is
 * due `deadlineWorkingDays` after its anchor: the start, or the day the anchor step ends.
 * A deadline that falls before the step can even start is kept as written and flagged, and the
 * bar is drawn to the start day, so the diagram shows the problem instead of hiding it.
 */
import { addWorkingDays, type WorkingDayOptions } from '../calendar/working-days';
import type { IsoDate } from '../calendar/iso-date';
import type { FlowcardStep } from './definition';
import { findDependencyCycle } from './validate-flowcard';

export interface PlannedStep {
  readonly key: string;
  /** Working day on which the step can start (all dependencies due). */
  readonly startDay: number;
  /** Working day on which the step is due by its deadline. */
  readonly dueDay: number;
  /** max(startDay, dueDay): where the bar ends. */
  readonly endDay: number;
  /** The deadline falls before the step can start (its dependencies take longer). */
  readonly isDeadlineBeforeStart: boolean;
}

export interface FlowcardPlan {
  readonly steps: readonly PlannedStep[];
  /** The lanes in order of first appearance: one per responsible unit. */
  readonly unitIds: readonly string[];
  /** The day the last step ends. */
  readonly totalWorkingDays: number;
}

type PlanInput = Pick<FlowcardStep, 'key' | 'responsibleUnitId' | 'deadlineWorkingDays' | 'deadlineFrom' | 'dependsOn'>;

/** Steps must be valid (validateFlowcard); a cycle is refused here too rather than looping. */
export function planFlowcard(steps: readonly PlanInput[]): FlowcardPlan {
  if (findDependencyCycle(steps)) throw new RangeError('planFlowcard needs steps without a dependency cycle');
  const byKey = new Map(steps.map((step) => [step.key, step]));
  const planned = new Map<string, PlannedStep>();
  const plan = (step: PlanInput): PlannedStep => {
    const known = planned.get(step.key);
    if (known) return known;
    const dependencies = step.dependsOn.map((key) => byKey.get(key)).filter((s): s is PlanInput => s !== undefined);
    const startDay = Math.max(0, ...dependencies.map((dependency) => plan(dependency).endDay));
    const anchor = step.deadlineFrom.kind === 'step_done' ? byKey.get(step.deadlineFrom.stepKey) : undefined;
    const anchorDay = anchor ? plan(anchor).endDay : 0;
    const dueDay = anchorDay + step.deadlineWorkingDays;
    const result: PlannedStep = {
      key: step.key,
      startDay,
      dueDay,
      endDay: Math.max(startDay, dueDay),
      isDeadlineBeforeStart: dueDay < startDay,
    };
    planned.set(step.key, result);
    return result;
  };
  const ordered = steps.map(plan);
  return {
    steps: ordered,
    unitIds: [...new Set(steps.map((step) => step.responsibleUnitId))],
    totalWorkingDays: Math.max(0, ...ordered.map((step) => step.endDay)),
  };
}

/** A planned working day as a calendar date for a flowcard started on `startedOn`. */
export function planDayToDate(startedOn: IsoDate, day: number, options?: WorkingDayOptions): IsoDate {
  return addWorkingDays(startedOn, day, options);
}
