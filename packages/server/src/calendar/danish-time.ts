/**
 * "Today" and moments as a Danish user reads them. The pure domain never reads the clock;
 * the server decides what today is (the calendar date in Denmark) and passes it in.
 */
import type { Locale } from '@hjemvej/contract';
import { danishDate, danishMoment, formatDateDa, type IsoDate } from '@hjemvej/domain';

/** The calendar date in Denmark at `now`, 'YYYY-MM-DD'. */
export function todayInDenmark(now: Date = new Date()): IsoDate {
  return danishDate(now);
}

/** A moment for a message, in the UI's one format: '03.03.2026 kl. 14.05' ('… at 14.05'). */
export function formatMoment(locale: Locale, moment: Date): string {
  const { date, time } = danishMoment(moment);
  return `${date} ${locale === 'da' ? 'kl.' : 'at'} ${time}`;
}

/** A calendar date for a message: '17.04.2025', the UI's one date format, in both languages. */
export function formatDate(_locale: Locale, date: IsoDate): string {
  return formatDateDa(date);
}
