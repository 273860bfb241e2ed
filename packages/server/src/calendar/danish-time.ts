/**
 * "Today" and moments as a Danish user reads them. The pure domain never reads the clock;
 * the server decides what today is (the calendar date in Denmark) and passes it in.
 */
import type { Locale } from '@hjemvej/contract';
import { formatDateDa, type IsoDate } from '@hjemvej/domain';

const copenhagenDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Copenhagen',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in Denmark at `now`, 'YYYY-MM-DD'. */
export function todayInDenmark(now: Date = new Date()): IsoDate {
  return copenhagenDate.format(now);
}

const momentFormats: Record<Locale, Intl.DateTimeFormat> = {
  da: new Intl.DateTimeFormat('da-DK', { timeZone: 'Europe/Copenhagen', dateStyle: 'long', timeStyle: 'short' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Copenhagen', dateStyle: 'long', timeStyle: 'short' }),
};

/** A moment for a message, e.g. '3. marts 2026 kl. 14.05'. */
export function formatMoment(locale: Locale, moment: Date): string {
  return momentFormats[locale].format(moment);
}

/** A calendar date for a message: '17.4.2025' in Danish, '2025-04-17' in English. */
export function formatDate(locale: Locale, date: IsoDate): string {
  return locale === 'da' ? formatDateDa(date) : date;
}
