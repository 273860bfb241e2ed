/**
 * A citizen's consent to share data with one outside partner: which categories, for which
 * purpose, given on a date and valid to its expiry, unless withdrawn. What the categories
 * reveal is decided by the sharing rules (sharing-rules.ts), not here.
 */
import type { IsoDate } from '../calendar/iso-date';
import type { ConsentCategory } from './sharing-rules';

export interface ConsentTerms {
  readonly categories: readonly ConsentCategory[];
  readonly givenOn: IsoDate;
  readonly expiresOn: IsoDate;
  /** Set when withdrawn; the consent stops at that moment. */
  readonly withdrawnAt: Date | null;
}

export type ConsentStatus = 'valid' | 'not_yet_valid' | 'expired' | 'withdrawn';

/** The longest a consent may run (the citizen renews it after that). */
export const maxConsentMonths = 24;

/** Whether the consent lets data through on `today` (a calendar date in Denmark). */
export function consentStatus(consent: ConsentTerms, today: IsoDate): ConsentStatus {
  if (consent.withdrawnAt !== null) return 'withdrawn';
  if (today < consent.givenOn) return 'not_yet_valid';
  if (today > consent.expiresOn) return 'expired';
  return 'valid';
}

/** The categories the partner may see on `today`: the union of its valid consents. */
export function consentedCategories(consents: readonly ConsentTerms[], today: IsoDate): ConsentCategory[] {
  const set = new Set<ConsentCategory>();
  for (const consent of consents) if (consentStatus(consent, today) === 'valid') consent.categories.forEach((c) => set.add(c));
  return [...set];
}

export type ConsentTermsProblem = 'expires_before_given' | 'given_in_future' | 'too_long';

/** What is wrong with new consent terms, if anything (the server names the field). */
export function consentTermsProblem(
  givenOn: IsoDate,
  expiresOn: IsoDate,
  today: IsoDate,
  maxExpiresOn: IsoDate,
): ConsentTermsProblem | null {
  if (givenOn > today) return 'given_in_future';
  if (expiresOn < givenOn) return 'expires_before_given';
  if (expiresOn > maxExpiresOn) return 'too_long';
  return null;
}
