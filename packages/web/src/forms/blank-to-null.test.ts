import { describe, expect, it } from 'vitest';
import { blankToNull } from './blank-to-null';

describe('blankToNull', () => {
  it('trims the text and gives null for nothing but white space', () => {
    expect(blankToNull('  en note \n')).toBe('en note');
    expect(blankToNull('')).toBeNull();
    expect(blankToNull(' \t\n')).toBeNull();
  });
});
