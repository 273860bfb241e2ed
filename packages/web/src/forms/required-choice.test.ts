import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { requiredChoice } from './required-choice';

describe('requiredChoice', () => {
  it('asks for a choice until there is one', () => {
    const check = requiredChoice(((key: string) => `text:${key}`) as unknown as TFunction);
    expect(check(null)).toBe('text:validation.chooseOne');
    expect(check('')).toBe('text:validation.chooseOne');
    expect(check('shelter_110')).toBeNull();
  });
});
