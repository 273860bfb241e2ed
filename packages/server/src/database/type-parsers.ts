/**
 * The same JavaScript types from PGlite and PostgreSQL: counts (int8) as numbers,
 * numerics as numbers, dates as 'YYYY-MM-DD' strings (no time-zone shift), timestamps as Date.
 */
export const pgTypeOids = { int8: 20, numeric: 1700, date: 1082 } as const;

export const valueParsers: Record<number, (value: string) => unknown> = {
  [pgTypeOids.int8]: (value) => Number.parseInt(value, 10),
  [pgTypeOids.numeric]: (value) => Number.parseFloat(value),
  [pgTypeOids.date]: (value) => value,
};
