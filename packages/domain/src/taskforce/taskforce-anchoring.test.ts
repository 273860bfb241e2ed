import { describe, expect, it } from 'vitest';
import { findAnchoringProblem, formatGoalValueDa, goalEffectOf } from './taskforce-anchoring';

const item = { title: 'Boligplan', ownerUserId: 'u1', followUp: 'Styregruppen hvert kvartal', reviewOn: '2027-03-01' };

describe('findAnchoringProblem', () => {
  it('lets a draft leave owner and follow-up open, but not a review day in the past', () => {
    expect(findAnchoringProblem('draft', [{ ...item, ownerUserId: null, followUp: '' }], '2027-01-01')).toBeNull();
    expect(findAnchoringProblem('draft', [{ ...item, reviewOn: '2026-12-31' }], '2027-01-01')).toEqual({
      code: 'anchoring_review_in_past',
      field: 'items.0.reviewOn',
      date: '2027-01-01',
    });
  });

  it('agrees a plan only with items that each have an owner and a follow-up', () => {
    expect(findAnchoringProblem('agreed', [], '2027-01-01')?.field).toBe('items');
    expect(findAnchoringProblem('agreed', [item, { ...item, ownerUserId: null }], '2027-01-01')?.field).toBe(
      'items.1.ownerUserId',
    );
    expect(findAnchoringProblem('agreed', [{ ...item, followUp: ' ' }], '2027-01-01')?.field).toBe('items.0.followUp');
    expect(findAnchoringProblem('agreed', [item], '2027-01-01')).toBeNull();
  });
});

describe('goalEffectOf', () => {
  it('compares now with the baseline in the measure’s good direction', () => {
    expect(goalEffectOf({ baseline: 40, now: 55.6, target: 60, higherIsBetter: true })).toEqual({
      change: 15.6,
      direction: 'better',
      targetReached: false,
    });
    expect(goalEffectOf({ baseline: 90, now: 60, target: 60, higherIsBetter: false })).toEqual({
      change: -30,
      direction: 'better',
      targetReached: true,
    });
    expect(goalEffectOf({ baseline: 90, now: 100, target: 60, higherIsBetter: false }).direction).toBe('worse');
    expect(goalEffectOf({ baseline: 5, now: 5, target: 8, higherIsBetter: true }).direction).toBe('unchanged');
  });

  it('says nothing when now is hidden (suppressed) or the measure has no good direction', () => {
    expect(goalEffectOf({ baseline: 40, now: null, target: 60, higherIsBetter: true })).toEqual({
      change: null,
      direction: 'unknown',
      targetReached: null,
    });
    expect(goalEffectOf({ baseline: 3, now: 7, target: 5, higherIsBetter: null })).toEqual({
      change: 4,
      direction: 'unknown',
      targetReached: null,
    });
  });
});

describe('formatGoalValueDa', () => {
  it('prints shares, days and counts the Danish way', () => {
    expect(formatGoalValueDa('share', 45.25)).toBe('45,3 %');
    expect(formatGoalValueDa('days', 30)).toBe('30 dage');
    expect(formatGoalValueDa('count', 7)).toBe('7');
  });
});
