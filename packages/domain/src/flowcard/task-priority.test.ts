import { describe, expect, it } from 'vitest';
import { compareTaskPriority, isEscalationDue, isOverdue, workingDaysOverdue, type PrioritisedTask } from './task-priority';

const task = (overrides: Partial<PrioritisedTask> = {}): PrioritisedTask => ({
  status: 'open',
  isUrgent: false,
  dueOn: '2026-03-10',
  ...overrides,
});

describe('overdue', () => {
  it('is overdue the day after the due date, only while it can be worked', () => {
    expect(isOverdue(task(), '2026-03-10')).toBe(false);
    expect(isOverdue(task(), '2026-03-11')).toBe(true);
    expect(isOverdue(task({ status: 'blocked' }), '2026-03-11')).toBe(true);
    expect(isOverdue(task({ status: 'done' }), '2026-03-11')).toBe(false);
    expect(isOverdue(task({ status: 'waiting' }), '2026-03-11')).toBe(false);
    expect(isOverdue(task({ dueOn: null }), '2026-03-11')).toBe(false);
  });

  it('counts working days overdue, not weekend days', () => {
    // Due Friday 13 March; on Monday 16 March it is one working day late.
    expect(workingDaysOverdue(task({ dueOn: '2026-03-13' }), '2026-03-16')).toBe(1);
    expect(workingDaysOverdue(task({ dueOn: '2026-03-13' }), '2026-03-15')).toBe(0);
  });

  it('escalates when overdue by the margin', () => {
    const late = task({ dueOn: '2026-03-13' });
    expect(isEscalationDue(late, '2026-03-16', 2)).toBe(false);
    expect(isEscalationDue(late, '2026-03-17', 2)).toBe(true);
    expect(isEscalationDue(late, '2026-03-14', 0)).toBe(true);
    expect(isEscalationDue(task({ status: 'done', dueOn: '2026-03-01' }), '2026-03-17', 2)).toBe(false);
  });
});

describe('inbox order', () => {
  it('puts urgent first, then overdue, then by due date, no due date last', () => {
    const today = '2026-03-12';
    const tasks = {
      later: task({ dueOn: '2026-03-20' }),
      soon: task({ dueOn: '2026-03-13' }),
      late: task({ dueOn: '2026-03-05' }),
      urgentLater: task({ isUrgent: true, dueOn: '2026-03-16' }),
      urgentLate: task({ isUrgent: true, dueOn: '2026-03-11' }),
      none: task({ dueOn: null }),
    };
    const order = Object.entries(tasks)
      .sort(([, a], [, b]) => compareTaskPriority(a, b, today))
      .map(([name]) => name);
    expect(order).toEqual(['urgentLate', 'urgentLater', 'late', 'soon', 'later', 'none']);
  });
});
