import type { Locale } from '@hjemvej/contract';

const intlLocale: Record<Locale, string> = { da: 'da-DK', en: 'en-GB' };

/** Date and time in the UI language's format (da-DK: "22.11.2025 08.16"). */
export function formatDateTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale[locale], { dateStyle: 'short', timeStyle: 'medium' }).format(date);
}

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale[locale]).format(value);
}
