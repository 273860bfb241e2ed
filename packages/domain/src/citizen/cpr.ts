/**
 * Danish CPR numbers (personnummer): parsing, validation, masking.
 *
 * Accepted input: 'ddmmyy-xxxx' or ten digits 'ddmmyyxxxx' (surrounding whitespace ignored).
 * The date part must be a real date; the century comes from the 7th digit per the CPR
 * office's table (CPR-kontoret, "Personnummeret i CPR"):
 *
 * | 7th digit | yy 00–36 | yy 37–57 | yy 58–99 |
 * |-----------|----------|----------|----------|
 * | 0–3       | 19yy     | 19yy     | 19yy     |
 * | 4, 9      | 20yy     | 19yy     | 19yy     |
 * | 5–8       | 20yy     | 20yy     | 18yy     |
 *
 * There is no modulus-11 requirement: the CPR office stopped guaranteeing it in 2007 (numbers
 * without a valid check are issued when a birth date runs out of them). `passesModulus11` is
 * exposed as information only. The last digit's parity gives the legal sex registered in CPR
 * (odd: male, even: female).
 *
 * Errors are codes for the UI to translate, never prose.
 */
import { type IsoDate, isoDate, isRealDate } from '../calendar/iso-date';

export const cprErrorCodes = ['cpr_format', 'cpr_impossible_date', 'cpr_future_birth_date'] as const;
export type CprErrorCode = (typeof cprErrorCodes)[number];

export type LegalSex = 'male' | 'female';

export interface Cpr {
  /** The ten digits, no separator: store and compare this. */
  readonly digits: string;
  /** 'ddmmyy-xxxx' */
  readonly formatted: string;
  readonly birthDate: IsoDate;
  /** Legal sex as registered in CPR: odd last digit male, even female. */
  readonly legalSex: LegalSex;
  /** Information only: whether the weighted digit sum is divisible by 11 (not required since 2007). */
  readonly passesModulus11: boolean;
}

export type CprParseResult = { readonly ok: true; readonly cpr: Cpr } | { readonly ok: false; readonly error: CprErrorCode };

export interface CprParseOptions {
  /** When given, a birth date after this date is refused ('cpr_future_birth_date'). */
  readonly today?: IsoDate;
}

const cprPattern = /^(\d{6})-?(\d{4})$/;
const modulus11Weights = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1] as const;

/** The four-digit birth year from the two-digit year and the 7th digit. */
export function cprBirthYear(twoDigitYear: number, seventhDigit: number): number {
  if (seventhDigit <= 3) return 1900 + twoDigitYear;
  if (seventhDigit === 4 || seventhDigit === 9) return (twoDigitYear <= 36 ? 2000 : 1900) + twoDigitYear;
  return (twoDigitYear <= 57 ? 2000 : 1800) + twoDigitYear;
}

export function passesModulus11(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  modulus11Weights.forEach((weight, index) => {
    sum += weight * Number(digits[index]);
  });
  return sum % 11 === 0;
}

export function parseCpr(input: string, options: CprParseOptions = {}): CprParseResult {
  const match = cprPattern.exec(input.trim());
  if (!match) return { ok: false, error: 'cpr_format' };
  const digits = `${match[1]}${match[2]}`;
  const day = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  const year = cprBirthYear(Number(digits.slice(4, 6)), Number(digits.slice(6, 7)));
  if (!isRealDate(year, month, day)) return { ok: false, error: 'cpr_impossible_date' };
  const birthDate = isoDate(year, month, day);
  if (options.today !== undefined && birthDate > options.today) return { ok: false, error: 'cpr_future_birth_date' };
  return {
    ok: true,
    cpr: {
      digits,
      formatted: `${digits.slice(0, 6)}-${digits.slice(6)}`,
      birthDate,
      legalSex: Number(digits.slice(9)) % 2 === 1 ? 'male' : 'female',
      passesModulus11: passesModulus11(digits),
    },
  };
}

/**
 * 'ddmmyy-xxxx': the date part stays, the four last digits are hidden. Input that is not
 * CPR-shaped is masked completely, so a typo never leaks digits.
 */
export function maskCpr(input: string): string {
  const match = cprPattern.exec(input.trim());
  return match ? `${match[1]}-xxxx` : 'xxxxxx-xxxx';
}

/** Ten digits for storage and comparison, or null when the input is not CPR-shaped. */
export function normaliseCpr(input: string): string | null {
  const match = cprPattern.exec(input.trim());
  return match ? `${match[1]}${match[2]}` : null;
}
