import { describe, expect, it } from 'vitest';
import { flowcardCourseSignals } from './definition';
import { compareWithLegalDeadline, legalDeadlineCalendarDays, legalDeadlineOfSignal } from './legal-deadline';
import { formatSourceDa } from '../law/sources';

describe('legalDeadlineOfSignal', () => {
  it('gives the notification step the law’s 3 working days under § 110, stk. 6', () => {
    const deadline = legalDeadlineOfSignal('notification_sent');
    expect(deadline).toMatchObject({ days: 3, kind: 'working' });
    expect(deadline && formatSourceDa(deadline.source)).toBe('Serviceloven § 110, stk. 6');
  });

  it('follows the rule parameters, not a number of its own', () => {
    expect(legalDeadlineOfSignal('notification_sent', { notificationWorkingDays: 5 })?.days).toBe(5);
  });

  it('gives no deadline where the law names no number of days, nor to a step without a signal', () => {
    const others = flowcardCourseSignals.filter((signal) => signal !== 'notification_sent');
    for (const signal of [...others, null]) expect(legalDeadlineOfSignal(signal)).toBeNull();
  });
});

describe('compareWithLegalDeadline', () => {
  it('lets 3 working days span a weekend (5 calendar days) and 10 working days two (14)', () => {
    expect(legalDeadlineCalendarDays({ days: 3, kind: 'working' })).toBe(5);
    expect(legalDeadlineCalendarDays({ days: 10, kind: 'working' })).toBe(14);
    expect(legalDeadlineCalendarDays({ days: 30, kind: 'calendar' })).toBe(30);
  });

  it('marks the mean and the median each when past the deadline', () => {
    const deadline = { days: 3, kind: 'working' } as const;
    expect(compareWithLegalDeadline(deadline, { meanDays: 11, medianDays: 4 })).toEqual({
      calendarDaysAtMost: 5,
      meanOver: true,
      medianOver: false,
    });
    expect(compareWithLegalDeadline(deadline, { meanDays: 5, medianDays: 5.1 })).toMatchObject({
      meanOver: false,
      medianOver: true,
    });
  });
});
