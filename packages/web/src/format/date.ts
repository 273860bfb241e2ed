/**
 * Dates and moments as the UI shows them. ISO dates ('2026-03-15') are calendar days with no
 * time zone; moments (ISO instants) are shown in Danish time, as the server decides dates.
 */
import type { Locale } from '@hjemvej/contract';
import { danishClock, danishDate, danishMoment, formatDateDa, isIsoDate } from '@hjemvej/domain';

/** Today's date in Denmark as 'yyyy-mm-dd' (the server decides dates in Danish time as well). */
export function todayInDenmark(): string {
  return danishDate(new Date());
}

/** The same day a year before (the key figures' default period); 29 February becomes the 28th. */
export function yearBefore(iso: string): string {
  const day = `${Number(iso.slice(0, 4)) - 1}${iso.slice(4, 10)}`;
  return day.endsWith('-02-29') ? `${day.slice(0, 8)}28` : day;
}

function asUtcDate(iso: string): Date {
  return new Date(`${iso.slice(0, 10)}T00:00:00Z`);
}

/**
 * One date format in the whole UI, in both languages: dd.mm.åååå ("15.03.2026"), and with a
 * time tt.mm in Danish time ("15.03.2026 08.16"). The locale argument stays so callers need
 * not change if English ever gets its own format.
 */
export function formatIsoDate(iso: string, _locale?: Locale): string {
  const day = iso.slice(0, 10);
  return isIsoDate(day) ? formatDateDa(day) : iso;
}

/**
 * A period that may still be open, in the module's own words: "since <start>" while it runs,
 * "<start> – <end>" once it has ended (the subtitle of a § 110 stay's and a support course's card).
 */
export function formatPeriod(
  startedOn: string,
  endedOn: string | null,
  locale: Locale,
  text: { since: (date: string) => string; fromTo: (from: string, to: string) => string },
): string {
  const from = formatIsoDate(startedOn, locale);
  return endedOn === null ? text.since(from) : text.fromTo(from, formatIsoDate(endedOn, locale));
}

/** A moment (ISO instant) as dd.mm.åååå tt.mm in Copenhagen time. */
export function formatDateTime(iso: string, _locale?: Locale): string {
  const moment = new Date(iso);
  if (Number.isNaN(moment.getTime())) return iso;
  const { date, time } = danishMoment(moment);
  return `${date} ${time}`;
}

/** Whole days from `from` to `to` (ISO dates). */
export function daysBetween(from: string, to: string): number {
  return Math.round((asUtcDate(to).getTime() - asUtcDate(from).getTime()) / 86_400_000);
}

/** Milliseconds since the epoch of an ISO date, for placing it on a time axis. */
export function isoDateToTime(iso: string): number {
  return asUtcDate(iso).getTime();
}

/** A moment as a Danish user reads it (Copenhagen time), the same format as formatDateTime. */
export function formatMoment(iso: string, locale?: Locale): string {
  return formatDateTime(iso, locale);
}

/** 'YYYY-MM-DDTHH:mm' in Copenhagen time, for a datetime-local input. */
export function toLocalInput(iso: string): string {
  const { year, month, day, hour, minute } = danishClock(new Date(iso));
  return `${year}-${month}-${day}T${hour}:${minute}`;
}

/** A datetime-local value read as Copenhagen time, as an ISO instant with offset. */
export function fromLocalInput(value: string): string {
  const guess = new Date(`${value}:00Z`);
  const shown = new Date(`${toLocalInput(guess.toISOString())}:00Z`);
  const offsetMs = shown.getTime() - guess.getTime();
  return new Date(guess.getTime() - offsetMs).toISOString();
}
