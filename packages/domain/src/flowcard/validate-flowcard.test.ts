import { describe, expect, it } from 'vitest';
import { flowcardStep } from '../test/builders';
import { findDependencyCycle, transitiveDependencies, validateFlowcard, type FlowcardStepDraft } from './validate-flowcard';

const units = new Set(['unit-a', 'unit-b']);

function step(key: string, overrides: Partial<FlowcardStepDraft> = {}): FlowcardStepDraft {
  return { ...flowcardStep(key, { title: `Trin ${key}`, responsibleUnitId: 'unit-a' }), ...overrides };
}

const codesOf = (steps: FlowcardStepDraft[]) => {
  const result = validateFlowcard(steps, units);
  return result.ok ? [] : result.problems.map((p) => `${p.code}@${p.path}`);
};

describe('validateFlowcard', () => {
  it('accepts steps in two units with a dependency and a deadline from the end of that step', () => {
    const result = validateFlowcard(
      [
        step('notify'),
        step('income', { responsibleUnitId: 'unit-b', checklist: [' Ansøgning ', ''] }),
        step('plan', { dependsOn: ['notify', 'notify'], deadlineFrom: { kind: 'step_done', stepKey: 'notify' } }),
      ],
      units,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.steps[1]?.checklist).toEqual(['Ansøgning']);
    expect(result.steps[2]?.dependsOn).toEqual(['notify']);
  });

  it('refuses a card without steps', () => {
    expect(codesOf([])).toEqual(['flowcard_no_steps@steps']);
  });

  it('refuses a step without a responsible unit, and a unit that is neither own nor a partner’s', () => {
    expect(codesOf([step('a', { responsibleUnitId: null }), step('b', { responsibleUnitId: 'stranger' })])).toEqual([
      'flowcard_step_unit_missing@steps.0.responsibleUnitId',
      'flowcard_step_unit_unknown@steps.1.responsibleUnitId',
    ]);
  });

  it('refuses empty and duplicate keys and empty titles', () => {
    expect(codesOf([step(' '), step('a'), step('a', { title: '  ' })])).toEqual([
      'flowcard_step_key_empty@steps.0.key',
      'flowcard_step_key_duplicate@steps.1.key',
      'flowcard_step_key_duplicate@steps.2.key',
      'flowcard_step_title_empty@steps.2.title',
    ]);
  });

  it('refuses a dependency or an anchor naming an unknown step, and a step depending on itself', () => {
    expect(
      codesOf([
        step('a', { dependsOn: ['ghost'] }),
        step('b', { dependsOn: ['b'] }),
        step('c', { deadlineFrom: { kind: 'step_done', stepKey: 'ghost' } }),
      ]),
    ).toEqual([
      'flowcard_dependency_unknown@steps.0.dependsOn',
      'flowcard_dependency_self@steps.1.dependsOn',
      'flowcard_anchor_unknown@steps.2.deadlineFrom',
    ]);
  });

  it('refuses a deadline counted from a step that is not among the step’s (transitive) dependencies', () => {
    expect(
      codesOf([step('a'), step('b'), step('c', { deadlineFrom: { kind: 'step_done', stepKey: 'a' }, dependsOn: ['b'] })]),
    ).toEqual(['flowcard_anchor_not_dependency@steps.2.deadlineFrom']);
    // Through b, c waits for a: allowed.
    expect(
      codesOf([
        step('a'),
        step('b', { dependsOn: ['a'] }),
        step('c', { deadlineFrom: { kind: 'step_done', stepKey: 'a' }, dependsOn: ['b'] }),
      ]),
    ).toEqual([]);
  });

  it('refuses an urgent deadline longer than the normal one, and deadlines that are not whole days', () => {
    expect(codesOf([step('a', { urgentDeadlineWorkingDays: 5 }), step('b', { deadlineWorkingDays: 1.5 })])).toEqual([
      'flowcard_step_urgent_longer@steps.0.urgentDeadlineWorkingDays',
      'flowcard_step_deadline_invalid@steps.1.deadlineWorkingDays',
    ]);
  });

  it('names the steps of a cycle in working order, starting from the first in the card', () => {
    const result = validateFlowcard(
      [step('start'), step('a', { dependsOn: ['c'] }), step('b', { dependsOn: ['a'] }), step('c', { dependsOn: ['b', 'start'] })],
      units,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      {
        code: 'flowcard_cycle',
        path: 'steps.1.dependsOn',
        stepKeys: ['a', 'b', 'c'],
        stepTitles: ['Trin a', 'Trin b', 'Trin c'],
      },
    ]);
  });
});

describe('dependency helpers', () => {
  it('finds no cycle in a chain, and follows dependencies transitively', () => {
    const chain = [
      { key: 'a', dependsOn: [] },
      { key: 'b', dependsOn: ['a'] },
      { key: 'c', dependsOn: ['b'] },
    ];
    expect(findDependencyCycle(chain)).toBeNull();
    expect([...transitiveDependencies(chain, 'c')].sort()).toEqual(['a', 'b']);
    expect(
      findDependencyCycle([
        { key: 'x', dependsOn: ['y'] },
        { key: 'y', dependsOn: ['x'] },
      ]),
    ).toEqual(['x', 'y']);
  });
});
