import { describe, expect, it } from 'vitest';
import { parseTypedDate } from './parse-date';

describe('parseTypedDate', () => {
  it('reads Danish dates with dots, dashes, slashes or none', () => {
    expect(parseTypedDate('05.12.2026')).toBe('2026-12-05');
    expect(parseTypedDate('5.12.2026')).toBe('2026-12-05');
    expect(parseTypedDate('5-1-2026')).toBe('2026-01-05');
    expect(parseTypedDate('05122026')).toBe('2026-12-05');
    expect(parseTypedDate(' 2026-12-05 ')).toBe('2026-12-05');
  });
  it('refuses what is not a real date', () => {
    expect(parseTypedDate('31.02.2026')).toBeNull();
    expect(parseTypedDate('12/31/2026')).toBeNull(); // American order: month 31 does not exist
    expect(parseTypedDate('2026')).toBeNull();
    expect(parseTypedDate('')).toBeNull();
  });
});
