/**
 * The taskforce course's four phases (seed 001; research/next-wave.md D.1): preparation (about a
 * month: 24 − 6 − 14 − 3, Inference), analysis (about six months), development (about 14 months,
 * opened by a kick-off workshop) and anchoring (about three months). Each phase has planned and
 * actual dates; the activities each phase holds are planned and marked done; an activity whose
 * planned day has passed without being done is overdue, for both sides to see.
 */
import { addDays, addMonths, type IsoDate } from '../calendar/iso-date';

export const taskforcePhases = ['preparation', 'analysis', 'development', 'anchoring'] as const;
export type TaskforcePhase = (typeof taskforcePhases)[number];

/** Planned length of each phase in months. */
export const taskforcePhaseMonths: Readonly<Record<TaskforcePhase, number>> = {
  preparation: 1,
  analysis: 6,
  development: 14,
  anchoring: 3,
};

export const taskforceActivityKinds = [
  'start_up_meeting',
  'kick_off_workshop',
  'status_meeting',
  'learning_activity',
  'political_presentation',
] as const;
export type TaskforceActivityKind = (typeof taskforceActivityKinds)[number];

/** The municipality's two bodies for the course (seed 001). */
export const taskforceCourseBodies = ['implementation_team', 'steering_group'] as const;
export type TaskforceCourseBody = (typeof taskforceCourseBodies)[number];

export interface PhaseDates {
  readonly phase: TaskforcePhase;
  readonly plannedStart: IsoDate;
  readonly plannedEnd: IsoDate;
  readonly actualStart: IsoDate | null;
  readonly actualEnd: IsoDate | null;
}

/** The four phases planned back to back from the course's start. */
export function planTaskforcePhases(start: IsoDate): PhaseDates[] {
  let from = start;
  return taskforcePhases.map((phase) => {
    const next = addMonths(from, taskforcePhaseMonths[phase]);
    const dates: PhaseDates = { phase, plannedStart: from, plannedEnd: addDays(next, -1), actualStart: null, actualEnd: null };
    from = next;
    return dates;
  });
}

export interface PlannedActivity {
  readonly phase: TaskforcePhase;
  readonly kind: TaskforceActivityKind;
  readonly plannedOn: IsoDate;
}

/**
 * The activities seed 001 names, on their planned days: the start-up meeting early in
 * preparation, the analysis presented to the political level at its end, the kick-off workshop
 * opening development, status meetings about every three months in it, and the effects presented
 * to the political level at the end of anchoring. (The days are Inference; each is moved as agreed.)
 */
export function planTaskforceActivities(phases: readonly PhaseDates[]): PlannedActivity[] {
  const of = (phase: TaskforcePhase) => phases.find((p) => p.phase === phase);
  const activities: PlannedActivity[] = [];
  const preparation = of('preparation');
  const analysis = of('analysis');
  const development = of('development');
  const anchoring = of('anchoring');
  if (preparation)
    activities.push({ phase: 'preparation', kind: 'start_up_meeting', plannedOn: addDays(preparation.plannedStart, 7) });
  if (analysis)
    activities.push({ phase: 'analysis', kind: 'political_presentation', plannedOn: addDays(analysis.plannedEnd, -14) });
  if (development) {
    activities.push({ phase: 'development', kind: 'kick_off_workshop', plannedOn: addDays(development.plannedStart, 14) });
    for (let month = 3; month < taskforcePhaseMonths.development; month += 3)
      activities.push({ phase: 'development', kind: 'status_meeting', plannedOn: addMonths(development.plannedStart, month) });
  }
  if (anchoring)
    activities.push({ phase: 'anchoring', kind: 'political_presentation', plannedOn: addDays(anchoring.plannedEnd, -14) });
  return activities;
}

export type PhaseDateField = 'plannedStart' | 'plannedEnd' | 'actualStart' | 'actualEnd';

/** Why the phases' dates cannot stand: the first phase and field out of order. */
export interface PhaseOrderProblem {
  readonly phase: TaskforcePhase;
  readonly field: PhaseDateField;
  /** The date it must not be before. */
  readonly notBefore: IsoDate;
}

/**
 * Phase dates in order: each phase ends on or after it starts, the next phase starts after the
 * previous one ends (planned), and actually starts no earlier than the previous one actually
 * started and after it actually ended; a phase cannot actually end before it actually started,
 * nor actually start before the previous phase has actually started.
 */
export function findPhaseOrderProblem(phases: readonly PhaseDates[]): PhaseOrderProblem | null {
  const ordered = taskforcePhases
    .map((phase) => phases.find((p) => p.phase === phase))
    .filter((p): p is PhaseDates => p !== undefined);
  let previous: PhaseDates | null = null;
  for (const p of ordered) {
    if (previous && p.plannedStart <= previous.plannedEnd)
      return { phase: p.phase, field: 'plannedStart', notBefore: addDays(previous.plannedEnd, 1) };
    if (p.plannedEnd < p.plannedStart) return { phase: p.phase, field: 'plannedEnd', notBefore: p.plannedStart };
    if (p.actualStart !== null && previous) {
      if (previous.actualStart === null) return { phase: p.phase, field: 'actualStart', notBefore: previous.plannedStart };
      const after: IsoDate = previous.actualEnd ?? previous.actualStart;
      if (p.actualStart < after) return { phase: p.phase, field: 'actualStart', notBefore: after };
    }
    if (p.actualEnd !== null) {
      if (p.actualStart === null) return { phase: p.phase, field: 'actualStart', notBefore: p.plannedStart };
      if (p.actualEnd < p.actualStart) return { phase: p.phase, field: 'actualEnd', notBefore: p.actualStart };
    }
    previous = p;
  }
  return null;
}

/**
 * Where the course stands: the last phase that has actually started and not ended, else the
 * last that actually started; before any phase started, `null` (the course is planned).
 * After the last phase actually ended the course is `finished`.
 */
export function currentTaskforcePhase(phases: readonly PhaseDates[]): TaskforcePhase | 'finished' | null {
  const ordered = taskforcePhases
    .map((phase) => phases.find((p) => p.phase === phase))
    .filter((p): p is PhaseDates => p !== undefined);
  const started = ordered.filter((p) => p.actualStart !== null);
  const last = started.at(-1);
  if (!last) return null;
  if (last.actualEnd !== null && last.phase === 'anchoring') return 'finished';
  return last.phase;
}

/** An activity is overdue when its planned day has passed and it is not done. */
export function isActivityOverdue(
  activity: { readonly plannedOn: IsoDate; readonly doneOn: IsoDate | null },
  today: IsoDate,
): boolean {
  return activity.doneOn === null && activity.plannedOn < today;
}
