import { describe, expect, it } from 'vitest';
import { allValues } from './all-values';

type Colour = 'red' | 'green';

describe('allValues', () => {
  it('returns the list as it is', () => {
    const colours = allValues<Colour>()(['red', 'green']);
    expect(colours).toEqual(['red', 'green']);
  });

  it('refuses at compile time a list that misses a value or names one that is not a value', () => {
    // @ts-expect-error 'green' is missing
    allValues<Colour>()(['red']);
    // @ts-expect-error 'blue' is not a colour
    allValues<Colour>()(['red', 'green', 'blue']);
    expect(true).toBe(true);
  });
});
