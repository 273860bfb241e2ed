import { describe, expect, it } from 'vitest';
import { consentedCategories, consentStatus, consentTermsProblem } from './consent';
import { normaliseConsentCategories, revealedCitizenFields, revealedRecordKinds, sharingRules } from './sharing-rules';

const consent = {
  categories: ['identity', 'housing'] as const,
  givenOn: '2026-01-10',
  expiresOn: '2026-06-30',
  withdrawnAt: null,
};

describe('consent status', () => {
  it('is valid from the day given to the day it expires, both included', () => {
    expect(consentStatus(consent, '2026-01-09')).toBe('not_yet_valid');
    expect(consentStatus(consent, '2026-01-10')).toBe('valid');
    expect(consentStatus(consent, '2026-06-30')).toBe('valid');
    expect(consentStatus(consent, '2026-07-01')).toBe('expired');
  });

  it('stops at once when withdrawn, whatever the dates', () => {
    expect(consentStatus({ ...consent, withdrawnAt: new Date('2026-02-01T10:00:00Z') }, '2026-02-01')).toBe('withdrawn');
  });

  it('lets through the union of the valid consents only', () => {
    const other = {
      categories: ['identity', 'contact'] as const,
      givenOn: '2025-01-01',
      expiresOn: '2025-12-31',
      withdrawnAt: null,
    };
    expect(consentedCategories([consent, other], '2026-03-01').sort()).toEqual(['housing', 'identity']);
    expect(consentedCategories([consent, other], '2025-06-01').sort()).toEqual(['contact', 'identity']);
    expect(consentedCategories([], '2025-06-01')).toEqual([]);
  });

  it('refuses terms that end before they begin, start in the future or run too long', () => {
    expect(consentTermsProblem('2026-01-10', '2026-01-09', '2026-01-10', '2028-01-10')).toBe('expires_before_given');
    expect(consentTermsProblem('2026-01-11', '2026-02-01', '2026-01-10', '2028-01-10')).toBe('given_in_future');
    expect(consentTermsProblem('2026-01-10', '2028-01-11', '2026-01-10', '2028-01-10')).toBe('too_long');
    expect(consentTermsProblem('2026-01-10', '2026-01-10', '2026-01-10', '2028-01-10')).toBeNull();
  });
});

describe('sharing rules', () => {
  it('always include identity and keep the categories in their fixed order', () => {
    expect(normaliseConsentCategories(['support', 'housing'])).toEqual(['identity', 'housing', 'support']);
    expect(normaliseConsentCategories([])).toEqual(['identity']);
  });

  it('reveal only the fields of the consented categories, and never a CPR number', () => {
    expect([...revealedCitizenFields(['identity'])].sort()).toEqual(['alias', 'birthYear', 'firstName', 'lastName']);
    expect(revealedCitizenFields(['identity']).has('phone')).toBe(false);
    expect(revealedCitizenFields(['identity', 'contact']).has('phone')).toBe(true);
    expect([...revealedRecordKinds(['identity', 'housing'])].sort()).toEqual(['housing_allocation', 'housing_now']);
    const everything = JSON.stringify(Object.values(sharingRules));
    expect(everything).not.toMatch(/cpr/i);
  });
});
