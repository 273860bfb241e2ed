import type { Locale } from '@hjemvej/contract';

const intlLocale: Record<Locale, string> = { da: 'da-DK', en: 'en-GB' };

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

/** Whole days from `from` to `to` (ISO dates). */
export function daysBetween(from: string, to: string): number {
  return Math.round((asUtcDate(to).getTime() - asUtcDate(from).getTime()) / 86_400_000);
}

/** Milliseconds since the epoch of an ISO date, for placing it on a time axis. */
export function isoDateToTime(iso: string): number {
  return asUtcDate(iso).getTime();
}
