import { describe, expect, it } from 'vitest';
import { firstContactOf, housingGoalClock, housingGoalWorkingDays } from './housing-goal-clock';

describe('housing goal clock', () => {
  it('runs from the first contact with days left to the two-month goal', () => {
    const clock = housingGoalClock({ firstContactOn: '2026-01-05', movedInOn: null, goalDays: 61, today: '2026-02-04' });
    expect(clock).toMatchObject({ goalOn: '2026-03-07', daysElapsed: 30, daysLeft: 31, state: 'running' });
  });

  it('is overdue past the goal without a move-in', () => {
    const clock = housingGoalClock({ firstContactOn: '2026-01-05', movedInOn: null, goalDays: 61, today: '2026-03-10' });
    expect(clock).toMatchObject({ daysLeft: -3, state: 'overdue' });
  });

  it('stops at the move-in: met within the goal, missed after it', () => {
    expect(
      housingGoalClock({ firstContactOn: '2026-01-05', movedInOn: '2026-03-07', goalDays: 61, today: '2026-05-01' }),
    ).toMatchObject({
      daysElapsed: 61,
      state: 'met',
    });
    expect(
      housingGoalClock({ firstContactOn: '2026-01-05', movedInOn: '2026-03-08', goalDays: 61, today: '2026-05-01' }).state,
    ).toBe('missed');
  });

  it('takes the recorded first contact, else the earlier of creation and the first admission', () => {
    expect(firstContactOf('2026-01-02', '2026-01-10', '2025-12-20')).toBe('2026-01-02');
    expect(firstContactOf(null, '2026-01-10', '2025-12-20')).toBe('2025-12-20');
    expect(firstContactOf(null, '2026-01-10', null)).toBe('2026-01-10');
  });
});

describe('housing goal in working days', () => {
  it('is the fewest working days the calendar days hold from any weekday', () => {
    expect(housingGoalWorkingDays(61)).toBe(43);
    expect(housingGoalWorkingDays(7)).toBe(5);
    expect(housingGoalWorkingDays(2)).toBe(0);
    expect(housingGoalWorkingDays(3)).toBe(1);
    expect(housingGoalWorkingDays(0)).toBe(0);
  });

  it('never exceeds the working days counted from any start in a week without holidays', () => {
    // 2026-01-05 is a Monday; count working days in the 61 days after each weekday's start.
    const counts = [0, 1, 2, 3, 4, 5, 6].map((offset) => {
      let working = 0;
      for (let day = 1; day <= 61; day += 1) {
        const weekday = (offset + day) % 7; // 0 = Monday
        if (weekday < 5) working += 1;
      }
      return working;
    });
    expect(Math.min(...counts)).toBe(housingGoalWorkingDays(61));
  });
});
