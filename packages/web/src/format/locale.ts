import type { Locale } from '@hjemvej/contract';

/** The Intl locale each UI language formats dates and numbers with. */
export const intlLocale: Record<Locale, string> = { da: 'da-DK', en: 'en-GB' };
