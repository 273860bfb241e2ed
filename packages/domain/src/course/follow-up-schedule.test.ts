import { describe, expect, it } from 'vitest';
import { followUpState, followUpsToDo } from './follow-up-schedule';

describe('followUpState', () => {
  it('is upcoming until 14 days before, due until 14 days after, then overdue', () => {
    expect(followUpState('2026-06-01', false, false, '2026-05-17')).toBe('upcoming');
    expect(followUpState('2026-06-01', false, false, '2026-05-18')).toBe('due');
    expect(followUpState('2026-06-01', false, false, '2026-06-15')).toBe('due');
    expect(followUpState('2026-06-01', false, false, '2026-06-16')).toBe('overdue');
    expect(followUpState('2026-06-01', true, false, '2026-07-01')).toBe('done');
    expect(followUpState('2026-06-01', false, true, '2026-07-01')).toBe('not_applicable');
  });
});

describe('followUpsToDo', () => {
  const home = { allocationId: 'a', moveInOn: '2026-01-10' };

  it('lists the follow-ups due or overdue and not recorded', () => {
    // 3 months: 10.04 (overdue on 20.07), 6 months: 10.07 (due on 20.07), 12 months: upcoming.
    expect(followUpsToDo([home], [], '2026-07-20')).toEqual([
      { allocationId: 'a', milestone: 3, dueOn: '2026-04-10', state: 'overdue' },
      { allocationId: 'a', milestone: 6, dueOn: '2026-07-10', state: 'due' },
    ]);
    expect(followUpsToDo([home], [{ allocationId: 'a', milestone: 3, keepsHome: true }], '2026-07-20')).toEqual([
      { allocationId: 'a', milestone: 6, dueOn: '2026-07-10', state: 'due' },
    ]);
  });

  it('asks nothing more once a follow-up found the home lost', () => {
    expect(followUpsToDo([home], [{ allocationId: 'a', milestone: 3, keepsHome: false }], '2026-07-20')).toEqual([]);
  });
});
