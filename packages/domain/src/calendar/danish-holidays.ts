/**
 * Danish public holidays (helligdage) for any year, and the optional municipal closing days.
 *
 * Official helligdage: Nytårsdag, Skærtorsdag, Langfredag, Påskedag, 2. påskedag, Store
 * Bededag (only up to and including 2023: abolished as a public holiday from 2024),
 * Kristi himmelfartsdag, Pinsedag, 2. pinsedag, Juledag and 2. juledag. All movable feasts
 * hang off Easter Sunday, computed with the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
 *
 * Grundlovsdag (5 June), Juleaftensdag (24 Dec) and Nytårsaftensdag (31 Dec) are *not*
 * helligdage. Many municipal offices close on them (Grundlovsdag often only from noon), so
 * they are available as opt-in "closing days" for working-day calculations; see
 * `working-days.ts`.
 */
import { addDays, dateParts, type IsoDate, isoDate } from './iso-date';

export const danishHolidayKeys = [
  'nytaarsdag',
  'skaertorsdag',
  'langfredag',
  'paaskedag',
  'anden_paaskedag',
  'store_bededag',
  'kristi_himmelfartsdag',
  'pinsedag',
  'anden_pinsedag',
  'juledag',
  'anden_juledag',
] as const;
export type DanishHolidayKey = (typeof danishHolidayKeys)[number];

export const closingDayKeys = ['grundlovsdag', 'juleaftensdag', 'nytaarsaftensdag'] as const;
export type ClosingDayKey = (typeof closingDayKeys)[number];

export const holidayNamesDa: Readonly<Record<DanishHolidayKey | ClosingDayKey, string>> = {
  nytaarsdag: 'Nytårsdag',
  skaertorsdag: 'Skærtorsdag',
  langfredag: 'Langfredag',
  paaskedag: 'Påskedag',
  anden_paaskedag: '2. påskedag',
  store_bededag: 'Store bededag',
  kristi_himmelfartsdag: 'Kristi himmelfartsdag',
  pinsedag: 'Pinsedag',
  anden_pinsedag: '2. pinsedag',
  juledag: 'Juledag',
  anden_juledag: '2. juledag',
  grundlovsdag: 'Grundlovsdag',
  juleaftensdag: 'Juleaftensdag',
  nytaarsaftensdag: 'Nytårsaftensdag',
};

/** The last year in which Store Bededag was a public holiday (abolished from 2024). */
export const lastYearWithStoreBededag = 2023;

export interface Holiday {
  readonly date: IsoDate;
  readonly key: DanishHolidayKey | ClosingDayKey;
  readonly nameDa: string;
  /** true for official helligdage; false for the optional closing days. */
  readonly official: boolean;
}

/** Easter Sunday (Påskedag) of a Gregorian year: the anonymous Gregorian algorithm. */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month, day);
}

function holiday(date: IsoDate, key: DanishHolidayKey | ClosingDayKey, official: boolean): Holiday {
  return { date, key, nameDa: holidayNamesDa[key], official };
}

/** The official Danish public holidays of `year`, in date order, with Danish names. */
export function holidaysOf(year: number): Holiday[] {
  const easter = easterSunday(year);
  const list: Holiday[] = [
    holiday(isoDate(year, 1, 1), 'nytaarsdag', true),
    holiday(addDays(easter, -3), 'skaertorsdag', true),
    holiday(addDays(easter, -2), 'langfredag', true),
    holiday(easter, 'paaskedag', true),
    holiday(addDays(easter, 1), 'anden_paaskedag', true),
  ];
  // Store Bededag: the fourth Friday after Easter, i.e. 26 days after Easter Sunday.
  if (year <= lastYearWithStoreBededag) list.push(holiday(addDays(easter, 26), 'store_bededag', true));
  list.push(
    holiday(addDays(easter, 39), 'kristi_himmelfartsdag', true),
    holiday(addDays(easter, 49), 'pinsedag', true),
    holiday(addDays(easter, 50), 'anden_pinsedag', true),
    holiday(isoDate(year, 12, 25), 'juledag', true),
    holiday(isoDate(year, 12, 26), 'anden_juledag', true),
  );
  return list;
}

/** The optional closing days of `year` (not helligdage), in date order. */
export function closingDaysOf(year: number, keys: readonly ClosingDayKey[] = closingDayKeys): Holiday[] {
  const all: Holiday[] = [
    holiday(isoDate(year, 6, 5), 'grundlovsdag', false),
    holiday(isoDate(year, 12, 24), 'juleaftensdag', false),
    holiday(isoDate(year, 12, 31), 'nytaarsaftensdag', false),
  ];
  return all.filter((day) => keys.includes(day.key as ClosingDayKey));
}

const holidayCache = new Map<number, ReadonlyMap<IsoDate, Holiday>>();

function holidayIndex(year: number): ReadonlyMap<IsoDate, Holiday> {
  let index = holidayCache.get(year);
  if (!index) {
    index = new Map(holidaysOf(year).map((day) => [day.date, day] as const));
    holidayCache.set(year, index);
  }
  return index;
}

/** The official holiday falling on `date`, or null. */
export function danishHolidayOn(date: IsoDate): Holiday | null {
  return holidayIndex(dateParts(date).year).get(date) ?? null;
}

export function isDanishPublicHoliday(date: IsoDate): boolean {
  return danishHolidayOn(date) !== null;
}
