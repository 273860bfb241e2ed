import { describe, expect, it, vi } from 'vitest';
import {
  daysBetween,
  formatDateTime,
  formatIsoDate,
  formatMoment,
  formatPeriod,
  fromLocalInput,
  isoDateToTime,
  toLocalInput,
  todayInDenmark,
  yearBefore,
} from './date';
import { formatKroner, formatNumber } from './number';

describe('formatIsoDate', () => {
  it('shows a calendar day in the UI language, whatever the time zone', () => {
    expect(formatIsoDate('2026-03-15', 'da')).toBe('15.03.2026');
    expect(formatIsoDate('2026-03-15', 'en')).toBe('15.03.2026');
    expect(formatIsoDate('2026-03-15T23:30:00Z', 'da')).toBe('15.03.2026');
  });

  it('leaves what is not a date as it is', () => {
    expect(formatIsoDate('unknown', 'da')).toBe('unknown');
  });
});

describe('formatPeriod', () => {
  const text = { since: (date: string) => `since ${date}`, fromTo: (from: string, to: string) => `${from} – ${to}` };

  it('says since when while the period is open, and from–to once it has ended', () => {
    expect(formatPeriod('2026-03-15', null, 'da', text)).toBe('since 15.03.2026');
    expect(formatPeriod('2026-03-15', '2026-04-02', 'en', text)).toBe('15.03.2026 – 02.04.2026');
  });
});

describe('formatDateTime', () => {
  it('shows date and time in the UI language', () => {
    const iso = '2025-11-22T08:16:05Z';
    expect(formatDateTime(iso, 'da')).toBe('22.11.2025 09.16'); // Copenhagen is UTC+1 in November
    expect(formatDateTime('not a moment', 'en')).toBe('not a moment');
  });
});

describe('moments in Danish time', () => {
  it('formats an instant as it reads in Copenhagen', () => {
    expect(formatMoment('2026-01-10T09:30:00Z', 'da')).toBe('10.01.2026 10.30');
    expect(formatMoment('2026-07-10T09:30:00Z', 'en')).toBe('10.07.2026 11.30');
    expect(formatMoment('2026-07-10T23:30:00Z', 'da')).toBe('11.07.2026 01.30'); // the day in Denmark
  });

  it('turns a datetime-local value into an instant and back, across summer time', () => {
    expect(toLocalInput('2026-07-10T09:30:00Z')).toBe('2026-07-10T11:30');
    expect(fromLocalInput('2026-07-10T11:30')).toBe('2026-07-10T09:30:00.000Z');
    expect(fromLocalInput('2026-01-10T10:30')).toBe('2026-01-10T09:30:00.000Z');
  });
});

describe('day arithmetic', () => {
  it('counts whole days between ISO dates, also over a change of summer time', () => {
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-03-30', '2026-03-28')).toBe(-2);
    expect(isoDateToTime('1970-01-02')).toBe(86_400_000);
  });

  it("takes today's date in Denmark, not in the browser's zone", () => {
    vi.useFakeTimers();
    try {
      vi.setSystemTime(new Date('2026-06-30T22:30:00Z'));
      expect(todayInDenmark()).toBe('2026-07-01');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('numbers', () => {
  it('groups digits in the UI language, and kroner always as Danes write them', () => {
    expect(formatNumber(12345, 'da')).toBe('12.345');
    expect(formatNumber(12345, 'en')).toBe('12,345');
    expect(formatKroner(6499.6)).toBe('6.500');
  });
});

describe('yearBefore', () => {
  it('is the same day a year before, and 28 February for a leap day', () => {
    expect(yearBefore('2026-12-06')).toBe('2025-12-06');
    expect(yearBefore('2028-02-29')).toBe('2027-02-28');
  });
});
