import { describe, expect, it } from 'vitest';
import {
  checkSeasonCapacity,
  compareSeasons,
  defaultSeasonCapacity,
  isApplicationOpen,
  parseSeasonKey,
  seasonKey,
  seasonOf,
  seasonStartDate,
  upcomingSeasons,
} from './taskforce-seasons';

describe('taskforce seasons', () => {
  it('starts two courses a season unless the taskforce says otherwise', () => {
    expect(defaultSeasonCapacity).toBe(2);
    expect(checkSeasonCapacity(0, 2)).toEqual({ fits: true });
    expect(checkSeasonCapacity(1, 2)).toEqual({ fits: true });
    expect(checkSeasonCapacity(2, 2)).toEqual({ fits: false, accepted: 2, capacity: 2 });
    expect(checkSeasonCapacity(2, 3)).toEqual({ fits: true });
    expect(checkSeasonCapacity(0, 0)).toEqual({ fits: false, accepted: 0, capacity: 0 });
  });

  it('writes and reads a season key', () => {
    expect(seasonKey({ year: 2027, term: 'autumn' })).toBe('autumn-2027');
    expect(parseSeasonKey('spring-2028')).toEqual({ year: 2028, term: 'spring' });
    expect(parseSeasonKey('summer-2028')).toBeNull();
    expect(parseSeasonKey('autumn-27')).toBeNull();
  });

  it('plans spring starts in February and autumn starts in September', () => {
    expect(seasonStartDate({ year: 2027, term: 'spring' })).toBe('2027-02-01');
    expect(seasonStartDate({ year: 2027, term: 'autumn' })).toBe('2027-09-01');
  });

  it('lists the coming seasons from today, in order', () => {
    expect(seasonOf('2026-06-30')).toEqual({ year: 2026, term: 'spring' });
    expect(seasonOf('2026-07-01')).toEqual({ year: 2026, term: 'autumn' });
    expect(upcomingSeasons('2026-12-05', 3)).toEqual([
      { year: 2026, term: 'autumn' },
      { year: 2027, term: 'spring' },
      { year: 2027, term: 'autumn' },
    ]);
    expect(compareSeasons({ year: 2027, term: 'spring' }, { year: 2026, term: 'autumn' })).toBeGreaterThan(0);
    expect(compareSeasons({ year: 2027, term: 'spring' }, { year: 2027, term: 'autumn' })).toBeLessThan(0);
  });

  it('keeps an application open until it is accepted or declined', () => {
    expect(isApplicationOpen('submitted')).toBe(true);
    expect(isApplicationOpen('deferred')).toBe(true);
    expect(isApplicationOpen('accepted')).toBe(false);
    expect(isApplicationOpen('declined')).toBe(false);
  });
});
