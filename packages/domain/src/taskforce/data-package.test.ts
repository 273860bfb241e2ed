import { describe, expect, it } from 'vitest';
import {
  countHousingFlow,
  findDataPackagePeriodProblem,
  findDevelopmentActionProblem,
  findDevelopmentGoalProblem,
  goalValueOf,
  monthsOfPeriod,
} from './data-package';

describe('the data package period', () => {
  it('refuses an end before the start, more than two years, or an end after today', () => {
    expect(findDataPackagePeriodProblem('2025-01-01', '2025-12-31', '2026-01-10')).toBeNull();
    expect(findDataPackagePeriodProblem('2025-01-01', '2025-01-01', '2026-01-10')).toBeNull();
    expect(findDataPackagePeriodProblem('2025-02-01', '2025-01-31', '2026-01-10')).toEqual({
      code: 'period_reversed',
      field: 'to',
    });
    expect(findDataPackagePeriodProblem('2023-01-01', '2025-01-02', '2026-01-10')?.code).toBe('period_too_long');
    expect(findDataPackagePeriodProblem('2025-01-01', '2026-01-11', '2026-01-10')?.code).toBe('period_in_future');
  });

  it('keeps within the collaboration agreement’s data clause; a bound left open does not limit', () => {
    const clause = { dataPeriodFrom: '2025-01-01', dataPeriodTo: '2025-12-31', dataValidUntil: '2026-06-30' };
    expect(findDataPackagePeriodProblem('2025-01-01', '2025-12-31', '2026-01-10', clause)).toBeNull();
    expect(findDataPackagePeriodProblem('2024-12-31', '2025-06-30', '2026-01-10', clause)).toEqual({
      code: 'before_agreed_period',
      field: 'from',
    });
    expect(findDataPackagePeriodProblem('2025-01-01', '2026-01-01', '2026-01-10', clause)?.code).toBe('after_agreed_period');
    expect(findDataPackagePeriodProblem('2025-01-01', '2025-06-30', '2026-07-01', clause)?.code).toBe('agreement_expired');
    const open = { dataPeriodFrom: null, dataPeriodTo: null, dataValidUntil: null };
    expect(findDataPackagePeriodProblem('2020-01-01', '2021-06-30', '2026-07-01', open)).toBeNull();
  });

  it('cuts the months to the period', () => {
    expect(monthsOfPeriod('2025-01-15', '2025-03-10')).toEqual([
      { month: '2025-01', from: '2025-01-15', to: '2025-01-31' },
      { month: '2025-02', from: '2025-02-01', to: '2025-02-28' },
      { month: '2025-03', from: '2025-03-01', to: '2025-03-10' },
    ]);
    expect(monthsOfPeriod('2024-12-01', '2024-12-31')).toHaveLength(1);
  });
});

describe('the flow per month', () => {
  const months = monthsOfPeriod('2025-01-01', '2025-03-31');

  it('counts people per category at the month end, and who came onto and left the list', () => {
    const flow = countHousingFlow(
      [
        // On the list all along, at a shelter.
        [{ category: 'shelter_110', from: '2024-06-01', to: null }],
        // Came in February (family and friends), housed 10 March.
        [
          { category: 'own_home_with_lease', from: '2020-01-01', to: '2025-02-05' },
          { category: 'family_friends', from: '2025-02-05', to: '2025-03-10' },
          { category: 'own_home_with_lease', from: '2025-03-10', to: null },
        ],
        // Moved from the street to a shelter in January: a change of category, not an inflow.
        [
          { category: 'rough_sleeping', from: '2024-11-01', to: '2025-01-20' },
          { category: 'shelter_110', from: '2025-01-20', to: null },
        ],
      ],
      months,
    );
    expect(flow.map((m) => [m.month, m.categories.shelter_110, m.categories.family_friends, m.inflow, m.outflow])).toEqual([
      ['2025-01', 2, 0, 0, 0],
      ['2025-02', 2, 1, 1, 0],
      ['2025-03', 2, 0, 0, 1],
    ]);
  });

  it('counts a homeless period that ends with nothing after it as leaving the list', () => {
    const [january] = countHousingFlow([[{ category: 'night_shelter', from: '2024-10-01', to: '2025-01-15' }]], months);
    expect(january).toMatchObject({ inflow: 0, outflow: 1 });
    expect(january?.categories.night_shelter).toBe(0);
  });
});

describe('a development goal', () => {
  const shown = { share: 0.4321, median: 52, numerator: { kind: 'value', value: 7 } } as const;
  const hidden = { share: null, median: null, numerator: { kind: 'suppressed', label: '<5' } } as const;

  it('follows a share in per cent, median days or a count, and has none where the package hides it', () => {
    expect(goalValueOf('share', shown)).toBe(43.2);
    expect(goalValueOf('days', shown)).toBe(52);
    expect(goalValueOf('count', shown)).toBe(7);
    expect(goalValueOf('share', hidden)).toBeNull();
    expect(goalValueOf('count', hidden)).toBeNull();
    expect(goalValueOf('share', undefined)).toBeNull();
  });

  it('needs a key figure, a package, a baseline and a target date after the baseline period', () => {
    const goal = {
      measure: 'k2_housed_60',
      baselinePackage: { periodTo: '2025-12-31' },
      baseline: 40,
      targetOn: '2026-12-31',
    } as const;
    expect(findDevelopmentGoalProblem(goal)).toBeNull();
    expect(findDevelopmentGoalProblem({ ...goal, measure: null })).toEqual({ code: 'goal_measure_required', field: 'measure' });
    expect(findDevelopmentGoalProblem({ ...goal, baselinePackage: null })?.field).toBe('baselinePackageId');
    expect(findDevelopmentGoalProblem({ ...goal, baseline: null })).toEqual({ code: 'goal_baseline_missing', field: 'measure' });
    expect(findDevelopmentGoalProblem({ ...goal, targetOn: '2025-12-31' })).toMatchObject({
      field: 'targetOn',
      notAfter: '2025-12-31',
    });
  });
});

describe('an action of a goal', () => {
  it('is due today or later, and not after its goal', () => {
    expect(findDevelopmentActionProblem(null, '2026-12-31', '2026-03-01')).toBeNull();
    expect(findDevelopmentActionProblem('2026-03-01', '2026-12-31', '2026-03-01')).toBeNull();
    expect(findDevelopmentActionProblem('2026-02-28', '2026-12-31', '2026-03-01')).toEqual({
      code: 'action_due_in_past',
      field: 'dueOn',
    });
    expect(findDevelopmentActionProblem('2027-01-01', '2026-12-31', '2026-03-01')).toEqual({
      code: 'action_due_after_goal',
      field: 'dueOn',
      notAfter: '2026-12-31',
    });
  });
});
