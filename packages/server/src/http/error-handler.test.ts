import { describe, expect, it } from 'vitest';
import { localizeIssue } from './error-handler';

describe('validation messages in the user’s language', () => {
  it('uses our own plain words for the common cases', () => {
    expect(localizeIssue('da', { keyword: 'too_small', instancePath: '/name', params: { origin: 'string', minimum: 1 } })).toBe(
      'Skal udfyldes.',
    );
    expect(
      localizeIssue('da', { keyword: 'too_small', instancePath: '/password', params: { origin: 'string', minimum: 12 } }),
    ).toBe('Skal være mindst 12 tegn.');
    expect(localizeIssue('en', { keyword: 'too_big', instancePath: '/name', params: { origin: 'string', maximum: 120 } })).toBe(
      'Must be at most 120 characters.',
    );
    expect(localizeIssue('da', { keyword: 'invalid_format', instancePath: '/email', params: { format: 'email' } })).toBe(
      'Skriv en gyldig e-mailadresse.',
    );
    expect(localizeIssue('en', { keyword: 'invalid_value', instancePath: '/locale', params: { values: ['da', 'en'] } })).toBe(
      'Choose one of the possible values: da, en.',
    );
  });

  it('translates custom issues that carry a message code', () => {
    expect(
      localizeIssue('en', { keyword: 'custom', instancePath: '/partnerType', message: 'partner_type_required', params: {} }),
    ).toBe('Choose which kind of partner this is.');
  });

  it('says a missing field is required', () => {
    expect(
      localizeIssue('da', {
        keyword: 'invalid_type',
        instancePath: '/kind',
        message: 'Invalid input: expected string, received undefined',
        params: { expected: 'string' },
      }),
    ).toBe('Skal udfyldes.');
  });

  it('falls back to zod’s own Danish locale for the rest', () => {
    const message = localizeIssue('da', {
      keyword: 'invalid_type',
      instancePath: '/isActive',
      message: 'Invalid input: expected boolean, received string',
      params: { expected: 'boolean' },
    });
    expect(message).not.toBe('');
    expect(message).not.toMatch(/Invalid input/);
  });
});
