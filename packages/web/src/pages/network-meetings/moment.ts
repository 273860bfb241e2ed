import type { Locale } from '@hjemvej/contract';

const formats: Record<Locale, Intl.DateTimeFormat> = {
  da: new Intl.DateTimeFormat('da-DK', { timeZone: 'Europe/Copenhagen', dateStyle: 'medium', timeStyle: 'short' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Copenhagen', dateStyle: 'medium', timeStyle: 'short' }),
};

/** A moment as a Danish user reads it (Copenhagen time). */
export function formatMoment(iso: string, locale: Locale): string {
  return formats[locale].format(new Date(iso));
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
