import { describe, expect, it } from 'vitest';
import {
  addDays,
  endOfWeek,
  addMonths,
  addYears,
  danishClock,
  danishDate,
  danishMoment,
  daysBetween,
  formatDateDa,
  fromDayNumber,
  isIsoDate,
  isoWeekday,
  toDayNumber,
} from './iso-date';

describe('ISO calendar dates', () => {
  it('accepts only real dates written YYYY-MM-DD', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2025-13-01')).toBe(false);
    expect(isIsoDate('2025-4-1')).toBe(false);
    expect(isIsoDate('2025-04-01T00:00:00Z')).toBe(false);
    expect(isIsoDate(20250401)).toBe(false);
  });

  it('counts days as UTC day numbers, agreeing with Date.UTC', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    for (const date of ['1858-03-01', '1899-12-31', '2000-02-29', '2024-10-27', '2026-03-29', '2099-12-31']) {
      expect(toDayNumber(date)).toBe(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
      expect(fromDayNumber(toDayNumber(date))).toBe(date);
    }
  });

  it('is not fooled by daylight saving: the night of the switch is one day', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2025-10-25', '2025-10-27')).toBe(2);
  });

  it('crosses month, year and leap-day boundaries', () => {
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(daysBetween('2025-01-01', '2026-01-01')).toBe(365);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });

  it('adds months and years with end-of-month clamping', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-11-15', 3)).toBe('2026-02-15');
    expect(addMonths('2025-03-15', -3)).toBe('2024-12-15');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
  });

  it('knows the weekday', () => {
    expect(isoWeekday('1970-01-01')).toBe(4);
    expect(isoWeekday('2025-04-17')).toBe(4);
    expect(isoWeekday('2025-04-19')).toBe(6);
    expect(isoWeekday('2025-04-20')).toBe(7);
    expect(isoWeekday('2025-04-21')).toBe(1);
  });

  it('refuses to compute with an invalid date', () => {
    expect(() => addDays('2025-02-30', 1)).toThrow(RangeError);
  });
});

describe('Danish date and moment formats', () => {
  it('writes dates as dd.mm.åååå and moments in Copenhagen time, across summer time', () => {
    expect(formatDateDa('2025-04-07')).toBe('07.04.2025');
    expect(danishMoment(new Date('2026-01-10T09:30:00Z'))).toEqual({ date: '10.01.2026', time: '10.30' });
    expect(danishMoment(new Date('2026-07-10T23:30:00Z'))).toEqual({ date: '11.07.2026', time: '01.30' });
  });

  it('reads the Danish wall clock and calendar date of a moment, midnight as 00', () => {
    expect(danishClock(new Date('2026-03-28T23:00:00Z'))).toEqual({
      year: '2026',
      month: '03',
      day: '29',
      hour: '00',
      minute: '00',
    });
    expect(danishDate(new Date('2026-01-10T22:30:00Z'))).toBe('2026-01-10');
    expect(danishDate(new Date('2026-07-10T22:30:00Z'))).toBe('2026-07-11');
  });
});

describe('endOfWeek', () => {
  it('is the Sunday of the Monday-first week', () => {
    expect(endOfWeek('2026-12-07')).toBe('2026-12-13'); // Monday
    expect(endOfWeek('2026-12-06')).toBe('2026-12-06'); // Sunday
    expect(endOfWeek('2026-12-31')).toBe('2027-01-03');
  });
});
