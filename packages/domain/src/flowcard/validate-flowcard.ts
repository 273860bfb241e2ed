/**
 * Is a flowcard something the municipality can work by? Every problem is named with the
 * step it is about (by position and title) and what to fix, so the editor can show it beside
 * the field and the leader never meets a bare "invalid".
 *
 * The input is a draft as the editor sends it (a step may still lack its unit); only a draft
 * with no problems becomes `FlowcardStep[]`.
 */
import type { FlowcardStep } from './definition';

/** A step as the editor sends it: a `FlowcardStep` that may still lack its unit. */
export interface FlowcardStepDraft extends Omit<FlowcardStep, 'responsibleUnitId'> {
  readonly responsibleUnitId: string | null;
}

/** Where in the draft a problem is: `steps.<index>.<field>`, or '' / 'steps' for the whole card. */
interface At {
  readonly path: string;
}

interface StepRef {
  /** 0-based position in the draft. */
  readonly index: number;
  readonly title: string;
}

export type FlowcardProblem = At &
  (
    | { readonly code: 'flowcard_no_steps' }
    | ({ readonly code: 'flowcard_step_key_empty' } & StepRef)
    | ({ readonly code: 'flowcard_step_key_duplicate'; readonly key: string } & StepRef)
    | ({ readonly code: 'flowcard_step_title_empty' } & StepRef)
    | ({ readonly code: 'flowcard_step_unit_missing' } & StepRef)
    | ({ readonly code: 'flowcard_step_unit_unknown'; readonly unitId: string } & StepRef)
    | ({ readonly code: 'flowcard_step_deadline_invalid' } & StepRef)
    | ({ readonly code: 'flowcard_step_urgent_longer' } & StepRef)
    | ({ readonly code: 'flowcard_dependency_unknown'; readonly dependsOn: string } & StepRef)
    | ({ readonly code: 'flowcard_dependency_self' } & StepRef)
    | ({ readonly code: 'flowcard_anchor_unknown'; readonly anchor: string } & StepRef)
    | ({ readonly code: 'flowcard_anchor_not_dependency'; readonly anchorTitle: string } & StepRef)
    | { readonly code: 'flowcard_cycle'; readonly stepTitles: readonly string[]; readonly stepKeys: readonly string[] }
  );

export type FlowcardValidation =
  { readonly ok: true; readonly steps: FlowcardStep[] } | { readonly ok: false; readonly problems: FlowcardProblem[] };

const isWholeDays = (n: number) => Number.isInteger(n) && n >= 0;

/**
 * The steps in one dependency cycle, in dependency order and starting from the earliest step
 * in the draft, or null when there is none. Only dependencies on known keys are followed.
 */
export function findDependencyCycle(steps: readonly Pick<FlowcardStepDraft, 'key' | 'dependsOn'>[]): string[] | null {
  const byKey = new Map(steps.map((step) => [step.key, step]));
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (key: string): string[] | null => {
    state.set(key, 'visiting');
    stack.push(key);
    for (const next of byKey.get(key)?.dependsOn ?? []) {
      // A step naming itself is reported on its own (flowcard_dependency_self).
      if (!byKey.has(next) || next === key) continue;
      const seen = state.get(next);
      if (seen === 'visiting') return stack.slice(stack.indexOf(next));
      if (seen === undefined) {
        const found = visit(next);
        if (found) return found;
      }
    }
    stack.pop();
    state.set(key, 'done');
    return null;
  };
  for (const step of steps) {
    if (state.has(step.key)) continue;
    const cycle = visit(step.key);
    if (cycle) {
      // `cycle` runs along "depends on" edges (A depends on B …); read in working order, the
      // reversed list is what happens first.
      const ordered = [...cycle].reverse();
      const positions = ordered.map((key) => steps.findIndex((s) => s.key === key));
      const first = positions.indexOf(Math.min(...positions));
      return [...ordered.slice(first), ...ordered.slice(0, first)];
    }
  }
  return null;
}

/** Every step `key` depends on, directly or through other steps (cycles are tolerated). */
export function transitiveDependencies(steps: readonly Pick<FlowcardStepDraft, 'key' | 'dependsOn'>[], key: string): Set<string> {
  const byKey = new Map(steps.map((step) => [step.key, step]));
  const found = new Set<string>();
  const pending = [...(byKey.get(key)?.dependsOn ?? [])];
  while (pending.length > 0) {
    const next = pending.pop();
    if (next === undefined || found.has(next) || !byKey.has(next)) continue;
    found.add(next);
    pending.push(...(byKey.get(next)?.dependsOn ?? []));
  }
  return found;
}

/**
 * All problems of a draft, in the order of its steps. `allowedUnitIds` are the units a step may
 * be given to: the organisation's own active units and the units of its partners.
 */
export function validateFlowcard(steps: readonly FlowcardStepDraft[], allowedUnitIds: ReadonlySet<string>): FlowcardValidation {
  const problems: FlowcardProblem[] = [];
  if (steps.length === 0) problems.push({ code: 'flowcard_no_steps', path: 'steps' });
  const keyCount = new Map<string, number>();
  for (const step of steps) keyCount.set(step.key.trim(), (keyCount.get(step.key.trim()) ?? 0) + 1);
  const keys = new Set(steps.map((step) => step.key.trim()).filter((key) => key !== ''));
  const titleOf = new Map(steps.map((step) => [step.key.trim(), step.title.trim()]));

  steps.forEach((step, index) => {
    const key = step.key.trim();
    const ref = { index, title: step.title.trim() };
    const at = (field: string) => `steps.${index}.${field}`;
    if (key === '') problems.push({ code: 'flowcard_step_key_empty', path: at('key'), ...ref });
    else if ((keyCount.get(key) ?? 0) > 1) problems.push({ code: 'flowcard_step_key_duplicate', path: at('key'), key, ...ref });
    if (ref.title === '') problems.push({ code: 'flowcard_step_title_empty', path: at('title'), ...ref });
    if (step.responsibleUnitId === null || step.responsibleUnitId === '')
      problems.push({ code: 'flowcard_step_unit_missing', path: at('responsibleUnitId'), ...ref });
    else if (!allowedUnitIds.has(step.responsibleUnitId))
      problems.push({
        code: 'flowcard_step_unit_unknown',
        path: at('responsibleUnitId'),
        unitId: step.responsibleUnitId,
        ...ref,
      });
    if (!isWholeDays(step.deadlineWorkingDays))
      problems.push({ code: 'flowcard_step_deadline_invalid', path: at('deadlineWorkingDays'), ...ref });
    if (step.urgentDeadlineWorkingDays !== null) {
      if (!isWholeDays(step.urgentDeadlineWorkingDays))
        problems.push({ code: 'flowcard_step_deadline_invalid', path: at('urgentDeadlineWorkingDays'), ...ref });
      else if (step.urgentDeadlineWorkingDays > step.deadlineWorkingDays)
        problems.push({ code: 'flowcard_step_urgent_longer', path: at('urgentDeadlineWorkingDays'), ...ref });
    }
    for (const dependency of step.dependsOn) {
      if (dependency === key && key !== '') problems.push({ code: 'flowcard_dependency_self', path: at('dependsOn'), ...ref });
      else if (!keys.has(dependency))
        problems.push({ code: 'flowcard_dependency_unknown', path: at('dependsOn'), dependsOn: dependency, ...ref });
    }
    if (step.deadlineFrom.kind === 'step_done') {
      const anchor = step.deadlineFrom.stepKey;
      if (!keys.has(anchor) || anchor === key)
        problems.push({ code: 'flowcard_anchor_unknown', path: at('deadlineFrom'), anchor, ...ref });
      else if (!transitiveDependencies(steps, key).has(anchor))
        // A deadline from the end of a step that need not be done first could fall before the
        // step can even start: the anchor must be something this step waits for.
        problems.push({
          code: 'flowcard_anchor_not_dependency',
          path: at('deadlineFrom'),
          anchorTitle: titleOf.get(anchor) ?? anchor,
          ...ref,
        });
    }
  });

  const cycle = findDependencyCycle(steps.map((step) => ({ key: step.key.trim(), dependsOn: step.dependsOn })));
  if (cycle) {
    const first = steps.findIndex((step) => step.key.trim() === cycle[0]);
    problems.push({
      code: 'flowcard_cycle',
      path: `steps.${first}.dependsOn`,
      stepKeys: cycle,
      stepTitles: cycle.map((key) => titleOf.get(key) ?? key),
    });
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    steps: steps.map((step) => ({
      key: step.key.trim(),
      title: step.title.trim(),
      description: step.description.trim(),
      responsibleUnitId: step.responsibleUnitId ?? '',
      deadlineWorkingDays: step.deadlineWorkingDays,
      urgentDeadlineWorkingDays: step.urgentDeadlineWorkingDays,
      deadlineFrom:
        step.deadlineFrom.kind === 'start' ? { kind: 'start' } : { kind: 'step_done', stepKey: step.deadlineFrom.stepKey },
      dependsOn: [...new Set(step.dependsOn)],
      checklist: step.checklist.map((item) => item.trim()).filter((item) => item !== ''),
      requiredDocuments: step.requiredDocuments.map((item) => item.trim()).filter((item) => item !== ''),
      notes: step.notes.trim(),
      doneWhen: step.doneWhen,
    })),
  };
}
