import { describe, expect, it } from 'vitest';
import { percentile, summariseLeadTimes } from './lead-time';

describe('lead time', () => {
  it('interpolates percentiles like percentile_cont', () => {
    expect(percentile([], 0.5)).toBeNull();
    expect(percentile([10], 0.75)).toBe(10);
    expect(percentile([40, 10, 20, 30], 0.5)).toBe(25);
    expect(percentile([10, 20, 30, 40], 0.75)).toBe(32.5);
    expect(() => percentile([1], 1.5)).toThrow(RangeError);
  });

  it('summarises median, 75th percentile and share within the goal', () => {
    expect(summariseLeadTimes([30, 61, 62, 90], 61)).toEqual({ count: 4, medianDays: 61.5, p75Days: 69, shareWithinGoal: 0.5 });
    expect(summariseLeadTimes([], 61)).toEqual({ count: 0, medianDays: null, p75Days: null, shareWithinGoal: null });
  });
});
