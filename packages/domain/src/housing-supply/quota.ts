/**
 * Quota use of an allocation agreement: the allocations made under it in its period against the
 * number agreed. A share-based agreement (¼ of vacant family dwellings) has no fixed number:
 * its quota is the share of the vacancies the organisation reported in the period.
 */
export interface QuotaTerms {
  readonly dwellingCount: number | null;
  readonly share: number | null;
}

export interface QuotaUse {
  readonly used: number;
  /** Allocations the agreement allows in the period; null when neither number nor vacancies tell. */
  readonly agreed: number | null;
  readonly remaining: number | null;
  readonly isExceeded: boolean;
}

export function quotaUse(terms: QuotaTerms, used: number, vacanciesReported: number): QuotaUse {
  const agreed =
    terms.dwellingCount !== null
      ? terms.dwellingCount
      : terms.share !== null
        ? Math.floor(terms.share * vacanciesReported)
        : null;
  return {
    used,
    agreed,
    remaining: agreed === null ? null : agreed - used,
    isExceeded: agreed !== null && used > agreed,
  };
}

/** True when one more allocation would go beyond the agreed quota (the warning the user confirms). */
export function wouldExceedQuota(terms: QuotaTerms, used: number, vacanciesReported: number): boolean {
  const use = quotaUse(terms, used + 1, vacanciesReported);
  return use.isExceeded;
}
