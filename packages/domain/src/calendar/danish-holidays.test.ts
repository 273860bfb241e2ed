import { describe, expect, it } from 'vitest';
import { closingDaysOf, danishHolidayOn, easterSunday, holidaysOf, isDanishPublicHoliday } from './danish-holidays';

describe('Easter (anonymous Gregorian algorithm)', () => {
  it.each([
    [1818, '1818-03-22'],
    [1943, '1943-04-25'],
    [2000, '2000-04-23'],
    [2008, '2008-03-23'],
    [2019, '2019-04-21'],
    [2023, '2023-04-09'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('Easter %i is %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });
});

describe('Danish public holidays', () => {
  it('lists the 2025 holidays with Danish names, in order', () => {
    expect(holidaysOf(2025).map((h) => `${h.date} ${h.nameDa}`)).toEqual([
      '2025-01-01 Nytårsdag',
      '2025-04-17 Skærtorsdag',
      '2025-04-18 Langfredag',
      '2025-04-20 Påskedag',
      '2025-04-21 2. påskedag',
      '2025-05-29 Kristi himmelfartsdag',
      '2025-06-08 Pinsedag',
      '2025-06-09 2. pinsedag',
      '2025-12-25 Juledag',
      '2025-12-26 2. juledag',
    ]);
  });

  it('has Store Bededag up to 2023 and not from 2024', () => {
    expect(danishHolidayOn('2023-05-05')?.nameDa).toBe('Store bededag');
    expect(holidaysOf(2023)).toHaveLength(11);
    expect(holidaysOf(2024)).toHaveLength(10);
    expect(holidaysOf(2024).some((h) => h.key === 'store_bededag')).toBe(false);
    // The fourth Friday after Easter 2024 would have been 26 April: now an ordinary Friday.
    expect(isDanishPublicHoliday('2024-04-26')).toBe(false);
    expect(danishHolidayOn('2022-05-13')?.key).toBe('store_bededag');
  });

  it('does not treat Grundlovsdag, Juleaftensdag or Nytårsaftensdag as helligdage', () => {
    expect(isDanishPublicHoliday('2025-06-05')).toBe(false);
    expect(isDanishPublicHoliday('2025-12-24')).toBe(false);
    expect(isDanishPublicHoliday('2025-12-31')).toBe(false);
    expect(closingDaysOf(2025).map((d) => d.date)).toEqual(['2025-06-05', '2025-12-24', '2025-12-31']);
    expect(closingDaysOf(2025, ['juleaftensdag']).map((d) => d.nameDa)).toEqual(['Juleaftensdag']);
  });
});
