import { describe, expect, it } from 'vitest';
import { flowcardStep as step } from '../test/builders';
import { scheduleTasks, urgentDueOf } from './schedule-tasks';

const steps = [
  step('notify', { deadlineWorkingDays: 3 }),
  step('income', { deadlineWorkingDays: 5 }),
  step('plan', { deadlineWorkingDays: 10, dependsOn: ['notify'] }),
  step('housing', { deadlineWorkingDays: 5, dependsOn: ['plan'], deadlineFrom: { kind: 'step_done', stepKey: 'plan' } }),
];
const base = { steps, courseIsUrgent: false, urgentDeadlineWorkingDays: 2 };

describe('scheduleTasks', () => {
  it('opens steps without dependencies at the start and counts working days past a weekend', () => {
    // Friday 2026-03-06: three working days later is Wednesday 2026-03-11.
    const result = scheduleTasks({ ...base, startedOn: '2026-03-06', doneOn: new Map() });
    expect(result.map((s) => [s.key, s.status, s.opensOn, s.dueOn])).toEqual([
      ['notify', 'open', '2026-03-06', '2026-03-11'],
      ['income', 'open', '2026-03-06', '2026-03-13'],
      ['plan', 'waiting', null, '2026-03-20'],
      ['housing', 'waiting', null, null],
    ]);
    expect(result[3]?.waitingFor).toEqual(['plan']);
  });

  it('skips Danish public holidays (Easter 2026: 2–6 April)', () => {
    // Wednesday 1 April + 3 working days: Tue 7, Wed 8, Thu 9 April.
    const result = scheduleTasks({ ...base, steps: [steps[0]!], startedOn: '2026-04-01', doneOn: new Map() });
    expect(result[0]?.dueOn).toBe('2026-04-09');
  });

  it('opens a later step when the earlier ones are done, counting its deadline from that step', () => {
    const result = scheduleTasks({
      ...base,
      startedOn: '2026-03-02',
      doneOn: new Map([
        ['notify', '2026-03-03'],
        ['plan', '2026-03-12'],
      ]),
    });
    expect(result.find((s) => s.key === 'plan')?.status).toBe('done');
    const housing = result.find((s) => s.key === 'housing');
    expect(housing).toMatchObject({ status: 'open', opensOn: '2026-03-12', dueOn: '2026-03-19', waitingFor: [] });
  });

  it('gives urgent tasks the shorter of the normal deadline and opened + urgent working days', () => {
    const result = scheduleTasks({
      ...base,
      startedOn: '2026-03-06',
      doneOn: new Map(),
      urgentStepKeys: new Set(['income']),
    });
    // Normal: 2026-03-13; urgent: Friday + 2 working days = Tuesday 2026-03-10.
    expect(result.find((s) => s.key === 'income')).toMatchObject({
      isUrgent: true,
      normalDueOn: '2026-03-13',
      dueOn: '2026-03-10',
    });
    // Not urgent: unchanged.
    expect(result.find((s) => s.key === 'notify')).toMatchObject({ isUrgent: false, dueOn: '2026-03-11' });
  });

  it('keeps the normal deadline when it is already shorter than the urgent one', () => {
    expect(urgentDueOf('2026-03-09', '2026-03-06', 5)).toBe('2026-03-09');
    expect(urgentDueOf(null, '2026-03-06', 2)).toBe('2026-03-10');
  });

  it('makes every step urgent when the whole course is, using a step’s own urgent deadline when it has one', () => {
    const result = scheduleTasks({
      ...base,
      steps: [step('a', { deadlineWorkingDays: 10, urgentDeadlineWorkingDays: 1 }), step('b', { deadlineWorkingDays: 10 })],
      startedOn: '2026-03-02',
      doneOn: new Map(),
      courseIsUrgent: true,
    });
    expect(result.map((s) => s.dueOn)).toEqual(['2026-03-03', '2026-03-04']);
  });

  it('counts an urgent step from the day it actually opened when that is known', () => {
    const result = scheduleTasks({
      ...base,
      steps: [step('a', { deadlineWorkingDays: 20 })],
      startedOn: '2026-03-02',
      doneOn: new Map(),
      openedOn: new Map([['a', '2026-03-09']]),
      urgentStepKeys: new Set(['a']),
    });
    expect(result[0]?.dueOn).toBe('2026-03-11');
  });
});
