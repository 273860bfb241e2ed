/**
 * Dates and moments as the UI shows them. ISO dates ('2026-03-15') are calendar days with no
 * time zone; moments (ISO instants) are shown in Danish time, as the server decides dates.
 */
import type { Locale } from '@hjemvej/contract';
import { intlLocale } from './locale';

/** Today's date in Denmark as 'yyyy-mm-dd' (the server decides dates in Danish time as well). */
export function todayInDenmark(): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Copenhagen',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
}

function asUtcDate(iso: string): Date {
  return new Date(`${iso.slice(0, 10)}T00:00:00Z`);
}

/** An ISO date ('2026-03-15') in the UI language's short format ("15.03.2026"). */
export function formatIsoDate(iso: string, locale: Locale): string {
  const date = asUtcDate(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale[locale], { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** Date and time in the UI language's format (da-DK: "22.11.2025 08.16"). */
export function formatDateTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale[locale], { dateStyle: 'short', timeStyle: 'medium' }).format(date);
}

/** Whole days from `from` to `to` (ISO dates). */
export function daysBetween(from: string, to: string): number {
  return Math.round((asUtcDate(to).getTime() - asUtcDate(from).getTime()) / 86_400_000);
}

/** Milliseconds since the epoch of an ISO date, for placing it on a time axis. */
export function isoDateToTime(iso: string): number {
  return asUtcDate(iso).getTime();
}

const momentFormats: Record<Locale, Intl.DateTimeFormat> = {
  da: new Intl.DateTimeFormat(intlLocale.da, { timeZone: 'Europe/Copenhagen', dateStyle: 'medium', timeStyle: 'short' }),
  en: new Intl.DateTimeFormat(intlLocale.en, { timeZone: 'Europe/Copenhagen', dateStyle: 'medium', timeStyle: 'short' }),
};

/** A moment as a Danish user reads it (Copenhagen time). */
export function formatMoment(iso: string, locale: Locale): string {
  return momentFormats[locale].format(new Date(iso));
}

/** 'YYYY-MM-DDTHH:mm' in Copenhagen time, for a datetime-local input. */
export function toLocalInput(iso: string): string {
  const parts = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Copenhagen',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
  return parts.replace(' ', 'T');
}

/** A datetime-local value read as Copenhagen time, as an ISO instant with offset. */
export function fromLocalInput(value: string): string {
  const guess = new Date(`${value}:00Z`);
  const shown = new Date(`${toLocalInput(guess.toISOString())}:00Z`);
  const offsetMs = shown.getTime() - guess.getTime();
  return new Date(guess.getTime() - offsetMs).toISOString();
}
