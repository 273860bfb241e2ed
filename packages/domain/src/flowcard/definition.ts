/**
 * A flowcard (arbejdsgangsbeskrivelse): the municipality's written workflow for one kind of
 * course, as ordered steps with a responsible unit, a deadline in Danish working days and
 * dependencies between steps. A flowcard version's steps are stored as one JSON document
 * (`flowcard_versions.steps`), so a version is read, compared and restored whole.
 *
 * Validation (cycles, unknown units, missing responsibility) and scheduling (which steps are
 * due when) are pure functions beside this file.
 */

/** Where a step's deadline is counted from. */
export type FlowcardDeadlineAnchor =
  /** The day the flowcard was started for the citizen. */
  | { readonly kind: 'start' }
  /** The day another step (by key) was finished. */
  | { readonly kind: 'step_done'; readonly stepKey: string };

/**
 * What in the citizen's course already shows the step as done, so starting the flowcard (or a
 * later change in the course) marks the task done with a link to the record.
 */
export const flowcardCourseSignals = [
  'notification_sent',
  'assessment_made',
  'plan_exists',
  'allocation_made',
  'lease_signed',
  'support_decision_made',
  'moved_in',
  'support_course_started',
] as const;
export type FlowcardCourseSignal = (typeof flowcardCourseSignals)[number];

export interface FlowcardStep {
  /** Stable within the flowcard across versions (tasks refer to it), e.g. "notify". */
  readonly key: string;
  readonly title: string;
  /** What is done in this step. */
  readonly description: string;
  /** The responsible unit: one of the municipality's own units or a unit of one of its partners. */
  readonly responsibleUnitId: string;
  /** Deadline in working days from the anchor. */
  readonly deadlineWorkingDays: number;
  /** Shorter deadline when the citizen's course or the task is "Housing First haster"; else the municipality's. */
  readonly urgentDeadlineWorkingDays: number | null;
  readonly deadlineFrom: FlowcardDeadlineAnchor;
  /** Keys of steps that must be done before this step can start. */
  readonly dependsOn: readonly string[];
  readonly checklist: readonly string[];
  readonly requiredDocuments: readonly string[];
  readonly notes: string;
  readonly doneWhen: FlowcardCourseSignal | null;
}

/**
 * A whole step from what its writer says: anything else is empty, counted from the start, with
 * nothing to wait for (the demo's, the benches' and the tests' steps; a leader's pass `validateFlowcard`).
 */
export function wholeFlowcardStep(
  step: Pick<FlowcardStep, 'key' | 'title' | 'responsibleUnitId' | 'deadlineWorkingDays'> & Partial<FlowcardStep>,
): FlowcardStep {
  return {
    description: '',
    urgentDeadlineWorkingDays: null,
    deadlineFrom: { kind: 'start' },
    dependsOn: [],
    checklist: [],
    requiredDocuments: [],
    notes: '',
    doneWhen: null,
    ...step,
  };
}

export interface FlowcardDefinition {
  readonly name: string;
  readonly description: string;
  readonly steps: readonly FlowcardStep[];
}
