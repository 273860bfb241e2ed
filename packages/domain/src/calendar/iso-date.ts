/**
 * Calendar dates as ISO strings 'YYYY-MM-DD'.
 *
 * A calendar date (admission day, move-in day, a deadline) is not an instant: it has no time
 * of day and no time zone. Representing it as a JavaScript `Date` invites off-by-one errors
 * around midnight and daylight-saving changes (Denmark switches between UTC+1 and UTC+2).
 * So the domain passes dates as plain strings 'YYYY-MM-DD' (sortable, JSON- and SQL-`date`-
 * friendly) and does all arithmetic on the *UTC* midnight of that date, where every day has
 * exactly 24 hours. No function here reads the clock: "today" is always a parameter.
 *
 * `IsoDate` is a plain `string` alias (not branded) so that rows from the database and JSON
 * bodies can be passed without casts; functions that compute with a date validate it and throw
 * a `RangeError` naming the bad value. Use `isIsoDate` to check user input first.
 */

export type IsoDate = string;

const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real calendar date written 'YYYY-MM-DD' (e.g. not '2025-02-29'). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = isoDatePattern.exec(value);
  if (!match) return false;
  const [, y, m, d] = match;
  return isRealDate(Number(y), Number(m), Number(d));
}

/** True when year/month/day (month 1–12) name a real date in the proleptic Gregorian calendar. */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  const lengths = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return lengths[month - 1] ?? 0;
}

/** Builds an IsoDate from year, month (1–12) and day; throws on an impossible date. */
export function isoDate(year: number, month: number, day: number): IsoDate {
  if (!isRealDate(year, month, day) || year < 1 || year > 9999) {
    throw new RangeError(`Not a real date: ${year}-${month}-${day}`);
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export interface DateParts {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  readonly day: number;
}

export function dateParts(date: IsoDate): DateParts {
  if (!isIsoDate(date)) throw new RangeError(`Not an ISO date 'YYYY-MM-DD': ${JSON.stringify(date)}`);
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/**
 * Days since 1970-01-01; the basis for all arithmetic. Pure integer arithmetic on the
 * proleptic Gregorian calendar (H. Hinnant's days-from-civil), equal to UTC day numbers,
 * so no `Date`, no local time zone and no daylight-saving shift can interfere.
 */
export function toDayNumber(date: IsoDate): number {
  const { year, month, day } = dateParts(date);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

export function fromDayNumber(dayNumber: number): IsoDate {
  if (!Number.isInteger(dayNumber)) throw new RangeError(`Not a whole day number: ${dayNumber}`);
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return isoDate(year, month, day);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/**
 * Calendar months later; a day that does not exist in the target month is clamped to the
 * month's last day (2025-01-31 + 1 month = 2025-02-28), as people count months.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = dateParts(date);
  const zeroBased = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(zeroBased / 12);
  const targetMonth = (zeroBased % 12) + 1;
  return isoDate(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/** Same calendar date `years` later; 29 February becomes 28 February in a common year. */
export function addYears(date: IsoDate, years: number): IsoDate {
  return addMonths(date, years * 12);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: IsoDate): number {
  // 1970-01-01 was a Thursday (4).
  const mod = (((toDayNumber(date) + 3) % 7) + 7) % 7;
  return mod + 1;
}

/** The Sunday that ends the (Danish, Monday-first) week of a date: "due this week" runs to it. */
export function endOfWeek(date: IsoDate): IsoDate {
  return addDays(date, 7 - isoWeekday(date));
}

export function isWeekend(date: IsoDate): boolean {
  return isoWeekday(date) >= 6;
}

/** Compare for sorting: negative, zero or positive. Valid ISO dates compare correctly as strings. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function minIsoDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

export function maxIsoDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

/** '17.04.2025': the one date format of the UI and of messages, dd.mm.åååå. */
export function formatDateDa(date: IsoDate): string {
  return `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;
}

const copenhagenParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Copenhagen',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A moment's wall clock in Denmark, each part zero-padded ('2026', '07', '01', '09', '05'). */
export interface DanishClock {
  readonly year: string;
  readonly month: string;
  readonly day: string;
  readonly hour: string;
  readonly minute: string;
}

/**
 * The wall clock in Copenhagen at `moment`: the one reading of Danish time that the server's
 * "today", the UI's moments and its datetime inputs all build on (daylight saving included).
 */
export function danishClock(moment: Date): DanishClock {
  const parts = copenhagenParts.formatToParts(moment);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return { year: part('year'), month: part('month'), day: part('day'), hour: part('hour'), minute: part('minute') };
}

/** The calendar date in Denmark at `moment`, 'YYYY-MM-DD'. */
export function danishDate(moment: Date): IsoDate {
  const { year, month, day } = danishClock(moment);
  return `${year}-${month}-${day}`;
}

/** A moment as read in Denmark: date 'dd.mm.åååå' and time 'tt.mm' (Copenhagen time). */
export function danishMoment(moment: Date): { readonly date: string; readonly time: string } {
  const { year, month, day, hour, minute } = danishClock(moment);
  return { date: `${day}.${month}.${year}`, time: `${hour}.${minute}` };
}
