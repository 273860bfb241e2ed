import type { Locale } from '@hjemvej/contract';
import { intlLocale } from './locale';

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale[locale]).format(value);
}

const kroner = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 0 });

/** An amount in whole kroner as Danes write it ("6.500"), whatever the UI language. */
export function formatKroner(amount: number): string {
  return kroner.format(amount);
}
