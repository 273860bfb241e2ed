/**
 * Counting shelter nights and § 110 reimbursement days.
 *
 * Nights: a stay covers the days from `admittedOn` up to, not including, `dischargedOn`; each
 * such day stands for the night that begins on it. Admitted Monday and discharged Wednesday is
 * 2 nights; admitted and discharged the same day is 0. An ongoing stay counts up to and
 * including `asOf` (the citizen sleeps there tonight). Days after `asOf` are never counted.
 * Overlapping stays (bad data) count each night once.
 *
 * Reimbursement (refusion, 50 % of the § 110 costs) — the interpretation implemented here,
 * after Social- og Boligstyrelsen's description of the 2023 reform:
 *
 * 1. Only nights from the scheme start (1 October 2023, the first cap's `from`) count. A stay
 *    that was ongoing then counts from 1 October 2023.
 * 2. The running year (løbende år) is per citizen, across all shelters, and starts on the
 *    first counted night. It lasts 1 year: from D up to, not including, the same date a year
 *    later (29 February → 28 February). It is NOT the calendar year: a stay across New Year
 *    keeps counting in the same running year.
 * 3. When a running year has passed ("nulstilles 1 år efter første indskrivning"), the next
 *    running year starts on the next counted night — at once if the citizen is still staying,
 *    else at the next admission. Nights in a new running year start again from 0.
 * 4. Within a running year a night is reimbursable while fewer nights than the limit have been
 *    reimbursed. With `reimbursementCapAppliesBy: 'day'` (default) the limit is the one in force
 *    on that night: 120 until 31 March 2026, 90 from 1 April 2026. So in a running year that
 *    spans 1 April 2026, nights before 1 April are reimbursed up to 120 and nights from 1 April
 *    only while fewer than 90 have been reimbursed in that running year; nights already
 *    reimbursed are never taken back. With 'period_start' the limit in force on the running
 *    year's first night applies all year.
 */
import { addDays, addYears, fromDayNumber, type IsoDate, minIsoDate, toDayNumber } from '../calendar/iso-date';
import { defaultRuleParameters, reimbursementCapOn, type RuleParameters } from '../law/rules';
import { type ShelterStay } from './snapshot';

type StayDates = Pick<ShelterStay, 'admittedOn' | 'dischargedOn'>;

/** The last night counted for a stay as of `asOf`, or null when it has none yet. */
function lastNight(stay: StayDates, asOf: IsoDate): IsoDate | null {
  const last = stay.dischargedOn === null ? asOf : minIsoDate(addDays(stay.dischargedOn, -1), asOf);
  return last < stay.admittedOn ? null : last;
}

/** Nights of one stay, as of `asOf`. */
export function nightsOfStay(stay: StayDates, asOf: IsoDate): number {
  const last = lastNight(stay, asOf);
  return last === null ? 0 : toDayNumber(last) - toDayNumber(stay.admittedOn) + 1;
}

/** The distinct nights of all stays up to `asOf`, as sorted day numbers (fast path for counting). */
function stayNightNumbers(stays: readonly StayDates[], asOf: IsoDate): number[] {
  const nights = new Set<number>();
  for (const stay of stays) {
    const last = lastNight(stay, asOf);
    if (last === null) continue;
    const lastNumber = toDayNumber(last);
    for (let night = toDayNumber(stay.admittedOn); night <= lastNumber; night += 1) nights.add(night);
  }
  return [...nights].sort((a, b) => a - b);
}

/** The distinct nights (as dates) of all stays, sorted, up to `asOf`. */
export function stayNights(stays: readonly StayDates[], asOf: IsoDate): IsoDate[] {
  return stayNightNumbers(stays, asOf).map(fromDayNumber);
}

/** Nights in [from, toExclusive) across all stays, as of `asOf`. */
export function shelterNightsBetween(stays: readonly StayDates[], from: IsoDate, toExclusive: IsoDate, asOf: IsoDate): number {
  const start = toDayNumber(from);
  const end = toDayNumber(toExclusive);
  return stayNightNumbers(stays, asOf).filter((night) => night >= start && night < end).length;
}

export interface ReimbursementYear {
  /** First night of the running year. */
  readonly start: IsoDate;
  /** The day the running year has passed (exclusive end). */
  readonly endExclusive: IsoDate;
  /** Nights at a shelter in this running year (up to asOf). */
  readonly nights: number;
  /** Nights reimbursed (50 %). */
  readonly reimbursedNights: number;
  /** Nights beyond the limit: the municipality pays in full. */
  readonly unreimbursedNights: number;
  /** The first night that was not reimbursed, if any. */
  readonly firstUnreimbursedNight: IsoDate | null;
}

export interface ReimbursementAccount {
  readonly years: readonly ReimbursementYear[];
  /** The running year that includes `asOf`, or null (a new one starts at the next admission). */
  readonly current: ReimbursementYear | null;
  /** The limit that applies to the next night in the current running year (or a new one). */
  readonly limit: number | null;
  /** Reimbursable nights left in the current running year (the full limit when there is none). */
  readonly remaining: number | null;
  /** Share of the limit used in the current running year, 0–1 (capped at 1). */
  readonly usedShare: number;
}

/** Reimbursement limits as day numbers, for the per-night loop. */
function capLookup(parameters: RuleParameters): (dayNumber: number) => number {
  const caps = parameters.reimbursementCaps.map((cap) => ({ from: toDayNumber(cap.from), days: cap.days }));
  return (dayNumber) => {
    let days = 0;
    for (const cap of caps) if (cap.from <= dayNumber) days = cap.days;
    return days;
  };
}

interface OpenYear {
  start: number;
  endExclusive: number;
  nights: number;
  reimbursed: number;
  firstUnreimbursed: number | null;
}

export function reimbursementAccount(
  stays: readonly StayDates[],
  asOf: IsoDate,
  parameters: RuleParameters = defaultRuleParameters,
): ReimbursementAccount {
  const schemeStart = parameters.reimbursementCaps[0]?.from;
  const capOn = capLookup(parameters);
  const capFor = (night: number, yearStart: number) => capOn(parameters.reimbursementCapAppliesBy === 'day' ? night : yearStart);
  const years: ReimbursementYear[] = [];
  const close = (year: OpenYear) =>
    years.push({
      start: fromDayNumber(year.start),
      endExclusive: fromDayNumber(year.endExclusive),
      nights: year.nights,
      reimbursedNights: year.reimbursed,
      unreimbursedNights: year.nights - year.reimbursed,
      firstUnreimbursedNight: year.firstUnreimbursed === null ? null : fromDayNumber(year.firstUnreimbursed),
    });
  if (schemeStart !== undefined) {
    const schemeStartNumber = toDayNumber(schemeStart);
    let year: OpenYear | null = null;
    for (const night of stayNightNumbers(stays, asOf)) {
      if (night < schemeStartNumber) continue;
      if (year === null || night >= year.endExclusive) {
        if (year) close(year);
        const endExclusive = toDayNumber(addYears(fromDayNumber(night), parameters.reimbursementPeriodYears));
        year = { start: night, endExclusive, nights: 0, reimbursed: 0, firstUnreimbursed: null };
      }
      year.nights += 1;
      if (year.reimbursed < capFor(night, year.start)) year.reimbursed += 1;
      else year.firstUnreimbursed ??= night;
    }
    if (year) close(year);
  }

  const last = years.at(-1);
  const current = last !== undefined && asOf < last.endExclusive ? last : null;
  const limit = current
    ? capFor(toDayNumber(asOf), toDayNumber(current.start))
    : reimbursementCapOn(asOf, parameters.reimbursementCaps);
  const remaining = limit === null ? null : Math.max(0, limit - (current?.reimbursedNights ?? 0));
  const usedShare = limit === null || limit === 0 ? 0 : Math.min(1, (current?.reimbursedNights ?? 0) / limit);
  return { years, current, limit, remaining, usedShare };
}
