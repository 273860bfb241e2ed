import { describe, expect, it } from 'vitest';
import { planDayToDate, planFlowcard } from './flowcard-plan';

type Input = Parameters<typeof planFlowcard>[0][number];
const step = (key: string, unit: string, days: number, overrides: Partial<Input> = {}): Input => ({
  key,
  responsibleUnitId: unit,
  deadlineWorkingDays: days,
  deadlineFrom: { kind: 'start' },
  dependsOn: [],
  ...overrides,
});

describe('planFlowcard', () => {
  it('starts a step when its dependencies end, and counts its deadline from its anchor', () => {
    const plan = planFlowcard([
      step('notify', 'shelter', 3),
      step('income', 'jobcenter', 5),
      step('plan', 'myndighed', 10, { dependsOn: ['notify'], deadlineFrom: { kind: 'step_done', stepKey: 'notify' } }),
      step('housing', 'boliganvisning', 15, { dependsOn: ['plan', 'income'] }),
    ]);
    expect(plan.steps).toEqual([
      { key: 'notify', startDay: 0, dueDay: 3, endDay: 3, isDeadlineBeforeStart: false },
      { key: 'income', startDay: 0, dueDay: 5, endDay: 5, isDeadlineBeforeStart: false },
      { key: 'plan', startDay: 3, dueDay: 13, endDay: 13, isDeadlineBeforeStart: false },
      { key: 'housing', startDay: 13, dueDay: 15, endDay: 15, isDeadlineBeforeStart: false },
    ]);
    expect(plan.unitIds).toEqual(['shelter', 'jobcenter', 'myndighed', 'boliganvisning']);
    expect(plan.totalWorkingDays).toBe(15);
  });

  it('flags a deadline from the start that falls before the dependencies are done', () => {
    const plan = planFlowcard([step('a', 'u', 10), step('b', 'u', 4, { dependsOn: ['a'] })]);
    expect(plan.steps[1]).toEqual({ key: 'b', startDay: 10, dueDay: 4, endDay: 10, isDeadlineBeforeStart: true });
  });

  it('plans steps listed before the steps they depend on', () => {
    const plan = planFlowcard([
      step('late', 'u', 2, { dependsOn: ['early'], deadlineFrom: { kind: 'step_done', stepKey: 'early' } }),
      step('early', 'u', 1),
    ]);
    expect(plan.steps.map((s) => [s.key, s.startDay, s.endDay])).toEqual([
      ['late', 1, 3],
      ['early', 0, 1],
    ]);
  });

  it('refuses a cycle instead of looping, and an empty card is zero days long', () => {
    expect(() => planFlowcard([step('a', 'u', 1, { dependsOn: ['b'] }), step('b', 'u', 1, { dependsOn: ['a'] })])).toThrow(
      RangeError,
    );
    expect(planFlowcard([]).totalWorkingDays).toBe(0);
  });

  it('turns planned days into dates over weekends and Easter', () => {
    expect(planDayToDate('2025-04-16', 0)).toBe('2025-04-16');
    expect(planDayToDate('2025-04-16', 2)).toBe('2025-04-23'); // Skærtorsdag to 2. påskedag are not working days
  });
});
