import { describe, expect, it } from 'vitest';
import { firstContactOf, housingGoalClock } from './housing-goal-clock';

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
