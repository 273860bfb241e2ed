/**
 * The vacancy clock: from the day a dwelling is at the municipality's disposal until it is let,
 * the municipality pays the rent (almenboligloven § 59 stk. 1). Days count both ends of the
 * first day and not the day it was let; the daily rent is the yearly rent over 365 days.
 */
import { daysBetween, type IsoDate } from '../calendar/iso-date';

/** Days the municipality has held the dwelling: available-from up to (not including) the end, or today. */
export function vacancyDays(availableFrom: IsoDate, endedOn: IsoDate | null, today: IsoDate): number {
  const end = endedOn ?? today;
  return Math.max(0, daysBetween(availableFrom, end));
}

/** Daily rent in kr (monthly rent × 12 / 365), unrounded. */
export function dailyRent(monthlyRent: number): number {
  return (monthlyRent * 12) / 365;
}

/** The rent the municipality owes for `days`, in whole kr. */
export function rentCost(monthlyRent: number, days: number): number {
  return Math.round(dailyRent(monthlyRent) * days);
}

/** The escalation thresholds a vacancy of `days` has reached, ascending (each escalates once). */
export function reachedThresholds(days: number, thresholds: readonly number[]): number[] {
  return [...new Set(thresholds)].filter((t) => t > 0 && days >= t).sort((a, b) => a - b);
}

export type VacancyState = 'upcoming' | 'vacant' | 'offered' | 'let' | 'returned';

/** The state the register shows. */
export function vacancyState(
  v: { availableFrom: IsoDate; endedOn: IsoDate | null; endReason: string | null; hasPendingOffer: boolean },
  today: IsoDate,
): VacancyState {
  if (v.endedOn !== null) return v.endReason === 'let_by_allocation' ? 'let' : 'returned';
  if (v.availableFrom > today) return 'upcoming';
  return v.hasPendingOffer ? 'offered' : 'vacant';
}
