import { describe, expect, it } from 'vitest';
import { addWorkingDays, isWorkingDay, nextWorkingDayOnOrAfter, workingDaysBetween } from './working-days';

describe('working days', () => {
  it('excludes weekends and helligdage', () => {
    expect(isWorkingDay('2025-04-16')).toBe(true); // Wednesday before Easter
    expect(isWorkingDay('2025-04-17')).toBe(false); // Skærtorsdag
    expect(isWorkingDay('2025-04-19')).toBe(false); // Saturday
    expect(isWorkingDay('2025-04-21')).toBe(false); // 2. påskedag
    expect(isWorkingDay('2025-04-22')).toBe(true);
  });

  it('counts three working days from the next working day: ordinary week', () => {
    expect(addWorkingDays('2025-03-03', 3)).toBe('2025-03-06'); // Mon -> Thu
    expect(addWorkingDays('2025-03-06', 3)).toBe('2025-03-11'); // Thu -> Tue over the weekend
    expect(addWorkingDays('2025-03-08', 3)).toBe('2025-03-12'); // Saturday admission -> Wed
    expect(addWorkingDays('2025-03-03', 0)).toBe('2025-03-03');
  });

  it('skips the whole Easter: admission on Skærtorsdag 2025-04-17', () => {
    expect(addWorkingDays('2025-04-17', 3)).toBe('2025-04-24');
    expect(addWorkingDays('2025-04-16', 3)).toBe('2025-04-24'); // the same deadline: only Tue 22 and Wed 23 come before it
    expect(addWorkingDays('2025-04-15', 3)).toBe('2025-04-23');
  });

  it('Store Bededag: a holiday in 2023, a working day in 2024', () => {
    // 2023-05-04 Thursday; Friday 5 May 2023 was Store Bededag.
    expect(addWorkingDays('2023-05-04', 3)).toBe('2023-05-10');
    // 2024-04-25 Thursday; Friday 26 April 2024 is an ordinary working day.
    expect(addWorkingDays('2024-04-25', 3)).toBe('2024-04-30');
  });

  it('Christmas and New Year: closing days only when configured', () => {
    // Monday 2025-12-22: Tue 23 (1), Wed 24 (2), Thu 25 Juledag, Fri 26 2. juledag, weekend, Mon 29 (3).
    expect(addWorkingDays('2025-12-22', 3)).toBe('2025-12-29');
    // With Juleaftensdag and Nytårsaftensdag closed: Tue 23 (1), Mon 29 (2), Tue 30 (3).
    expect(addWorkingDays('2025-12-22', 3, { closingDays: ['juleaftensdag', 'nytaarsaftensdag'] })).toBe('2025-12-30');
    // Tuesday 2025-12-30: Wed 31 (1), Thu 1 Jan Nytårsdag, Fri 2 (2), weekend, Mon 5 (3).
    expect(addWorkingDays('2025-12-30', 3)).toBe('2026-01-05');
    expect(addWorkingDays('2025-12-30', 3, { closingDays: ['nytaarsaftensdag'] })).toBe('2026-01-06');
  });

  it('Grundlovsdag is a working day unless configured', () => {
    expect(isWorkingDay('2025-06-05')).toBe(true);
    expect(isWorkingDay('2025-06-05', { closingDays: ['grundlovsdag'] })).toBe(false);
    expect(isWorkingDay('2025-06-04', { extraClosedDates: ['2025-06-04'] })).toBe(false);
  });

  it('counts working days between two dates, consistently with addWorkingDays', () => {
    expect(workingDaysBetween('2025-04-16', '2025-04-23')).toBe(2);
    expect(workingDaysBetween('2025-04-23', '2025-04-16')).toBe(-2);
    expect(workingDaysBetween('2025-04-17', '2025-04-17')).toBe(0);
    for (const start of ['2025-04-17', '2025-12-22', '2023-05-04', '2024-02-28']) {
      for (let n = 0; n < 12; n += 1) expect(workingDaysBetween(start, addWorkingDays(start, n))).toBe(n);
    }
  });

  it('finds the next working day', () => {
    expect(nextWorkingDayOnOrAfter('2025-04-17')).toBe('2025-04-22');
    expect(nextWorkingDayOnOrAfter('2025-04-22')).toBe('2025-04-22');
  });

  it('rejects a negative count', () => {
    expect(() => addWorkingDays('2025-04-17', -1)).toThrow(RangeError);
  });
});
