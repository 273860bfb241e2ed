import { describe, expect, it } from 'vitest';
import { rentCost, reachedThresholds, vacancyDays, vacancyState } from './vacancy-clock';
import { quotaUse, wouldExceedQuota } from './quota';
import { mismatchesOf, rankCandidates, type MatchCandidate } from './matching';
import { acceptanceRate, median, medianReadyToMoveIn, offersPerMonth } from './supply-figures';

describe('vacancy clock', () => {
  it('counts days from available-from to the let date, or to today', () => {
    expect(vacancyDays('2026-01-01', '2026-01-31', '2026-06-01')).toBe(30);
    expect(vacancyDays('2026-05-20', null, '2026-06-01')).toBe(12);
    expect(vacancyDays('2026-07-01', null, '2026-06-01')).toBe(0);
  });
  it('costs daily rent (monthly × 12 / 365) times days, in whole kr', () => {
    expect(rentCost(3650, 10)).toBe(1200);
    expect(rentCost(4000, 0)).toBe(0);
  });
  it('reaches each threshold once, ascending', () => {
    expect(reachedThresholds(15, [30, 7, 14, 7])).toEqual([7, 14]);
    expect(reachedThresholds(6, [7, 14, 30])).toEqual([]);
  });
  it('tells upcoming, vacant, offered, let and returned apart', () => {
    const base = { availableFrom: '2026-05-01', endedOn: null, endReason: null, hasPendingOffer: false };
    expect(vacancyState(base, '2026-04-01')).toBe('upcoming');
    expect(vacancyState(base, '2026-05-02')).toBe('vacant');
    expect(vacancyState({ ...base, hasPendingOffer: true }, '2026-05-02')).toBe('offered');
    expect(vacancyState({ ...base, endedOn: '2026-05-10', endReason: 'let_by_allocation' }, '2026-05-20')).toBe('let');
    expect(vacancyState({ ...base, endedOn: '2026-05-10', endReason: 'returned' }, '2026-05-20')).toBe('returned');
  });
});

describe('quota', () => {
  it('compares allocations with a fixed number', () => {
    expect(quotaUse({ dwellingCount: 4, share: null }, 3, 0)).toEqual({ used: 3, agreed: 4, remaining: 1, isExceeded: false });
    expect(wouldExceedQuota({ dwellingCount: 4, share: null }, 4, 0)).toBe(true);
    expect(wouldExceedQuota({ dwellingCount: 4, share: null }, 3, 0)).toBe(false);
  });
  it('takes a share of the vacancies reported', () => {
    expect(quotaUse({ dwellingCount: null, share: 0.25 }, 1, 9).agreed).toBe(2);
    expect(wouldExceedQuota({ dwellingCount: null, share: 0.25 }, 2, 9)).toBe(true);
  });
});

describe('matching', () => {
  const dwelling = { monthlyRent: 3400, utilitiesEstimate: 600, rooms: 1, area: 'Vollsmose', isAccessible: false };
  const candidate: MatchCandidate = {
    citizenId: 'a',
    affordableRent: 3500,
    householdSize: 1,
    wishedAreas: [],
    excludedAreas: [],
    needsAccessible: false,
    readyToMoveOn: '2026-01-01',
    supportInPlace: true,
    supportPlanned: false,
    homelessSince: '2025-06-01',
  };
  it('names every hard criterion that fails', () => {
    expect(mismatchesOf(dwelling, candidate, 3500, '2026-02-01')).toEqual([]);
    expect(
      mismatchesOf(
        dwelling,
        {
          ...candidate,
          affordableRent: 3000,
          householdSize: 3,
          excludedAreas: ['vollsmose'],
          needsAccessible: true,
          supportInPlace: false,
          readyToMoveOn: '2026-03-01',
        },
        3500,
        '2026-02-01',
      ),
    ).toEqual([
      'rent_above_affordable',
      'household_too_large',
      'area_excluded',
      'needs_accessible',
      'no_support_decision',
      'not_ready',
    ]);
    expect(mismatchesOf(dwelling, { ...candidate, wishedAreas: ['Bolbro'] }, 3500, '2026-02-01')).toEqual(['area_not_wished']);
    expect(mismatchesOf(dwelling, { ...candidate, supportInPlace: false, supportPlanned: true }, 3500, '2026-02-01')).toEqual([]);
    expect(mismatchesOf(dwelling, { ...candidate, affordableRent: null }, 3000, '2026-02-01')).toEqual(['rent_above_affordable']);
  });
  it('orders those who fit by the policy, then the rest', () => {
    const b = { ...candidate, citizenId: 'b', readyToMoveOn: '2025-12-01', homelessSince: '2026-01-01' };
    const c = { ...candidate, citizenId: 'c', readyToMoveOn: '2025-11-01', affordableRent: 1000 };
    const ready = rankCandidates(dwelling, [candidate, b, c], 'ready_longest', 3500, '2026-02-01');
    expect(ready.map((r) => r.candidate.citizenId)).toEqual(['b', 'a', 'c']);
    const homeless = rankCandidates(dwelling, [candidate, b], 'homeless_longest', 3500, '2026-02-01');
    expect(homeless.map((r) => r.candidate.citizenId)).toEqual(['a', 'b']);
  });
});

describe('supply figures', () => {
  it('computes median, acceptance rate, ready→move-in and offers per month', () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([1, 2, 3, 4])).toBe(2.5);
    expect(acceptanceRate([{ answer: 'accepted' }, { answer: 'declined' }, { answer: 'pending' }])).toBe(0.5);
    expect(acceptanceRate([{ answer: 'pending' }])).toBeNull();
    expect(
      medianReadyToMoveIn([
        { readyToMoveOn: '2026-01-01', moveInOn: '2026-01-31' },
        { readyToMoveOn: null, moveInOn: '2026-01-31' },
      ]),
    ).toBe(30);
    expect(offersPerMonth([{ offeredOn: '2026-02-03' }, { offeredOn: '2026-01-09' }, { offeredOn: '2026-02-20' }])).toEqual([
      { month: '2026-01', count: 1 },
      { month: '2026-02', count: 2 },
    ]);
  });
});
