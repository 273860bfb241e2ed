import { describe, expect, it } from 'vitest';
import { cprBirthYear, maskCpr, normaliseCpr, parseCpr, passesModulus11 } from './cpr';

function parsed(input: string) {
  const result = parseCpr(input);
  if (!result.ok) throw new Error(`expected ${input} to parse, got ${result.error}`);
  return result.cpr;
}

describe('CPR numbers', () => {
  it('parses both accepted forms to the same number', () => {
    expect(parsed('010190-1234')).toEqual(parsed('0101901234'));
    expect(parsed(' 010190-1234 ').formatted).toBe('010190-1234');
    expect(parsed('0101901234').digits).toBe('0101901234');
  });

  it('refuses other shapes with cpr_format', () => {
    for (const input of ['', '010190', '010190 1234', '010190--1234', '01019O1234', '01-01-90-1234', '01019012345']) {
      expect(parseCpr(input)).toEqual({ ok: false, error: 'cpr_format' });
    }
  });

  it('refuses impossible dates with cpr_impossible_date', () => {
    expect(parseCpr('320190-1234')).toEqual({ ok: false, error: 'cpr_impossible_date' });
    expect(parseCpr('011390-1234')).toEqual({ ok: false, error: 'cpr_impossible_date' });
    expect(parseCpr('000190-1234')).toEqual({ ok: false, error: 'cpr_impossible_date' });
    // 29 February: 1990 is not a leap year, 1992 is; 2000 (7th digit 4) is.
    expect(parseCpr('290290-1234')).toEqual({ ok: false, error: 'cpr_impossible_date' });
    expect(parsed('290292-1234').birthDate).toBe('1992-02-29');
    expect(parsed('290200-4234').birthDate).toBe('2000-02-29');
    // 1900 was not a leap year: 29 Feb 00 with 7th digit 0–3 (=1900) is impossible.
    expect(parseCpr('290200-1234')).toEqual({ ok: false, error: 'cpr_impossible_date' });
  });

  it('reads the century from the 7th digit per the CPR table', () => {
    expect(cprBirthYear(90, 0)).toBe(1990);
    expect(cprBirthYear(5, 3)).toBe(1905);
    expect(cprBirthYear(36, 4)).toBe(2036);
    expect(cprBirthYear(37, 4)).toBe(1937);
    expect(cprBirthYear(36, 9)).toBe(2036);
    expect(cprBirthYear(37, 9)).toBe(1937);
    expect(cprBirthYear(57, 5)).toBe(2057);
    expect(cprBirthYear(58, 5)).toBe(1858);
    expect(cprBirthYear(10, 8)).toBe(2010);
    expect(cprBirthYear(97, 8)).toBe(1897);
    expect(parsed('101010-4321').birthDate).toBe('2010-10-10');
    expect(parsed('101097-8726').birthDate).toBe('1897-10-10');
  });

  it('refuses a birth date in the future when today is given', () => {
    expect(parseCpr('010130-4001', { today: '2026-01-01' })).toEqual({ ok: false, error: 'cpr_future_birth_date' });
    expect(parseCpr('010130-4001').ok).toBe(true);
  });

  it('gives legal sex from the last digit', () => {
    expect(parsed('010190-1231').legalSex).toBe('male');
    expect(parsed('010190-1232').legalSex).toBe('female');
    expect(parsed('010190-1230').legalSex).toBe('female');
  });

  it('reports modulus 11 as information, not a requirement', () => {
    // 0707614285: 4*0+3*7+2*0+7*7+6*6+5*1+4*4+3*2+2*8+1*5 = 154 = 14*11
    expect(passesModulus11('0707614285')).toBe(true);
    expect(parsed('070761-4285').passesModulus11).toBe(true);
    expect(parsed('070761-4286').passesModulus11).toBe(false);
    expect(parseCpr('070761-4286').ok).toBe(true);
  });

  it('masks to ddmmyy-xxxx and never leaks digits of bad input', () => {
    expect(maskCpr('0101901234')).toBe('010190-xxxx');
    expect(maskCpr('010190-1234')).toBe('010190-xxxx');
    expect(maskCpr('01019012')).toBe('xxxxxx-xxxx');
    expect(normaliseCpr('010190-1234')).toBe('0101901234');
    expect(normaliseCpr('nope')).toBeNull();
  });
});
