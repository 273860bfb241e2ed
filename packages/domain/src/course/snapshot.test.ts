import { describe, expect, it } from 'vitest';
import { decisionOf } from './snapshot';

const recorded = {
  kind: '85a',
  decidedOn: '2025-03-01',
  outcome: 'granted',
  method: 'cti',
  periodFrom: '2025-03-01',
  periodTo: null,
  wishedProvider: null,
  wishFollowed: null,
  reasonIfNotFollowed: null,
} as const;

describe('decisionOf', () => {
  it('has no wish when none was recorded', () => {
    const { wishedProvider: _wish, wishFollowed: _followed, reasonIfNotFollowed: _reason, ...facts } = recorded;
    expect(decisionOf('d1', recorded)).toEqual({ id: 'd1', ...facts, providerWish: null });
  });

  it('counts a wish not marked as passed over as followed, and keeps the reason of one that was', () => {
    expect(decisionOf('d1', { ...recorded, wishedProvider: 'Kirkens Korshær' }).providerWish).toEqual({
      wishedProvider: 'Kirkens Korshær',
      followed: true,
      reasonIfNotFollowed: null,
    });
    expect(
      decisionOf('d1', {
        ...recorded,
        wishedProvider: 'Kirkens Korshær',
        wishFollowed: false,
        reasonIfNotFollowed: 'Ingen plads',
      }).providerWish,
    ).toEqual({ wishedProvider: 'Kirkens Korshær', followed: false, reasonIfNotFollowed: 'Ingen plads' });
  });
});
