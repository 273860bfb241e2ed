/**
 * Danish working days (hverdage) and deadlines counted in them.
 *
 * Default: a working day is Monday–Friday that is not an official helligdag (see
 * `danish-holidays.ts`). This is the reading of "hverdage" used for statutory deadlines such
 * as Serviceloven § 110 stk. 6 ("senest 3 hverdage efter afgørelse om optagelse"): Saturdays,
 * Sundays and helligdage do not count. Grundlovsdag, Juleaftensdag and Nytårsaftensdag are
 * not helligdage, so by default they *are* working days: a deadline must not silently
 * lengthen because an office closes. A municipality that wants its own closing days treated
 * as non-working can pass them as `closingDays` (and any other dates as `extraClosedDates`).
 */
import { closingDaysOf, type ClosingDayKey, isDanishPublicHoliday } from './danish-holidays';
import { addDays, dateParts, type IsoDate, isWeekend, toDayNumber } from './iso-date';

export interface WorkingDayOptions {
  /** Closing days (not helligdage) to treat as non-working. Default: none. */
  readonly closingDays?: readonly ClosingDayKey[];
  /** Further dates to treat as non-working (e.g. a municipality's own closing days). */
  readonly extraClosedDates?: readonly IsoDate[];
}

function isClosingDay(date: IsoDate, options: WorkingDayOptions | undefined): boolean {
  if (options?.extraClosedDates?.includes(date)) return true;
  const keys = options?.closingDays;
  if (!keys || keys.length === 0) return false;
  return closingDaysOf(dateParts(date).year, keys).some((day) => day.date === date);
}

/** True for Monday–Friday that is neither a helligdag nor a configured closing day. */
export function isWorkingDay(date: IsoDate, options?: WorkingDayOptions): boolean {
  return !isWeekend(date) && !isDanishPublicHoliday(date) && !isClosingDay(date, options);
}

/**
 * The date `n` working days after `date` (n ≥ 0). Counting starts on the next working day
 * after `date`, whatever kind of day `date` itself is: "within 3 working days of admission"
 * has its deadline at `addWorkingDays(admission, 3)`, and the deadline day itself is still in
 * time. `n = 0` returns `date` unchanged.
 */
export function addWorkingDays(date: IsoDate, n: number, options?: WorkingDayOptions): IsoDate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`addWorkingDays needs a whole n ≥ 0, got ${n}`);
  let current = date;
  let left = n;
  while (left > 0) {
    current = addDays(current, 1);
    if (isWorkingDay(current, options)) left -= 1;
  }
  return current;
}

/**
 * Working days after `a` up to and including `b`: the number of working days you must step
 * forward from `a` to reach `b`, so that `workingDaysBetween(a, addWorkingDays(a, n)) === n`.
 * Negative when `b` is before `a` (counted the same way backwards); 0 when equal.
 */
export function workingDaysBetween(a: IsoDate, b: IsoDate, options?: WorkingDayOptions): number {
  const span = toDayNumber(b) - toDayNumber(a);
  if (span < 0) return -workingDaysBetween(b, a, options);
  let count = 0;
  for (let i = 1; i <= span; i += 1) {
    if (isWorkingDay(addDays(a, i), options)) count += 1;
  }
  return count;
}

/** The first working day on or after `date`. */
export function nextWorkingDayOnOrAfter(date: IsoDate, options?: WorkingDayOptions): IsoDate {
  let current = date;
  while (!isWorkingDay(current, options)) current = addDays(current, 1);
  return current;
}
