import { isoDate, isRealDate } from '@hjemvej/domain';

/**
 * Reading a date typed by hand, the Danish way first: "5.12.2026", "05.12.2026", "5-12-2026",
 * "05122026", and ISO "2026-12-05" (what the date picker and the API use). Returns the ISO date
 * or null when the text is not a real calendar date.
 */
export function parseTypedDate(text: string): string | null {
  const value = text.trim();
  let day: number;
  let month: number;
  let year: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const danish = /^(\d{1,2})[.\-/ ](\d{1,2})[.\-/ ](\d{4})$/.exec(value);
  const compact = /^(\d{2})(\d{2})(\d{4})$/.exec(value);
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (danish) [day, month, year] = [Number(danish[1]), Number(danish[2]), Number(danish[3])];
  else if (compact) [day, month, year] = [Number(compact[1]), Number(compact[2]), Number(compact[3])];
  else return null;
  return isRealDate(year, month, day) && year >= 1 ? isoDate(year, month, day) : null;
}
