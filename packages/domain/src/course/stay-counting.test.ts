import { describe, expect, it } from 'vitest';
import { defaultRuleParameters } from '../law/rules';
import { nightsOfStay, reimbursementAccount, shelterNightsBetween, stayNights } from './stay-counting';

const stay = (admittedOn: string, dischargedOn: string | null) => ({ admittedOn, dischargedOn });

describe('shelter nights', () => {
  it('counts nights from admission up to, not including, discharge', () => {
    expect(nightsOfStay(stay('2025-03-03', '2025-03-05'), '2025-12-31')).toBe(2);
    expect(nightsOfStay(stay('2025-03-03', '2025-03-03'), '2025-12-31')).toBe(0);
  });

  it('counts an ongoing stay up to and including asOf, and never the future', () => {
    expect(nightsOfStay(stay('2025-03-03', null), '2025-03-03')).toBe(1);
    expect(nightsOfStay(stay('2025-03-03', null), '2025-03-12')).toBe(10);
    expect(nightsOfStay(stay('2025-03-03', '2025-04-01'), '2025-03-12')).toBe(10);
    expect(nightsOfStay(stay('2025-03-03', null), '2025-03-01')).toBe(0);
  });

  it('counts nights across a year end and across stays, each night once', () => {
    const stays = [stay('2024-12-20', '2025-01-05'), stay('2025-01-03', '2025-01-10')];
    expect(stayNights(stays, '2025-12-31')).toHaveLength(21);
    expect(shelterNightsBetween(stays, '2025-01-01', '2026-01-01', '2025-12-31')).toBe(9);
    expect(shelterNightsBetween(stays, '2024-01-01', '2025-01-01', '2025-12-31')).toBe(12);
  });
});

describe('reimbursement days (running year from first admission)', () => {
  it('does not reset at New Year: one running year across the year end', () => {
    // 1 Nov 2024 -> 1 Feb 2025: 30 + 31 + 31 = 92 nights.
    const account = reimbursementAccount([stay('2024-11-01', '2025-02-01')], '2025-02-10');
    expect(account.years).toHaveLength(1);
    expect(account.current).toMatchObject({
      start: '2024-11-01',
      endExclusive: '2025-11-01',
      nights: 92,
      reimbursedNights: 92,
      unreimbursedNights: 0,
    });
    expect(account.limit).toBe(120);
    expect(account.remaining).toBe(28);
  });

  it('stops reimbursing after 120 nights in the running year', () => {
    const account = reimbursementAccount([stay('2024-01-01', null)], '2024-06-01');
    expect(account.current).toMatchObject({
      nights: 153,
      reimbursedNights: 120,
      unreimbursedNights: 33,
      firstUnreimbursedNight: '2024-04-30',
    });
    expect(account.remaining).toBe(0);
    expect(account.usedShare).toBe(1);
  });

  it('adds up separate stays in the same running year', () => {
    const account = reimbursementAccount([stay('2024-01-01', '2024-03-01'), stay('2024-06-01', '2024-08-01')], '2024-08-15');
    expect(account.current).toMatchObject({
      start: '2024-01-01',
      nights: 60 + 61,
      reimbursedNights: 120,
      unreimbursedNights: 1,
      firstUnreimbursedNight: '2024-07-31',
    });
  });

  it('starts a new running year at the next admission after the year has passed', () => {
    const account = reimbursementAccount([stay('2024-01-01', '2024-05-01'), stay('2025-01-15', null)], '2025-01-20');
    expect(account.years.map((y) => [y.start, y.endExclusive, y.reimbursedNights, y.unreimbursedNights])).toEqual([
      ['2024-01-01', '2025-01-01', 120, 1],
      ['2025-01-15', '2026-01-15', 6, 0],
    ]);
    expect(account.remaining).toBe(114);
  });

  it('has no current running year once it has passed and the citizen has not been back', () => {
    const account = reimbursementAccount([stay('2024-01-01', '2024-02-01')], '2025-01-01');
    expect(account.current).toBeNull();
    expect(account.remaining).toBe(120);
    expect(account.usedShare).toBe(0);
  });

  it('starts a new running year on the anniversary while the citizen is still staying', () => {
    const account = reimbursementAccount([stay('2024-03-01', null)], '2025-03-10');
    expect(account.years.map((y) => [y.start, y.nights, y.reimbursedNights])).toEqual([
      ['2024-03-01', 365, 120],
      ['2025-03-01', 10, 10],
    ]);
  });

  it('counts from 1 October 2023 for a stay that began before the reform', () => {
    const account = reimbursementAccount([stay('2023-09-20', null)], '2023-10-05');
    expect(account.current).toMatchObject({ start: '2023-10-01', nights: 5, reimbursedNights: 5 });
    expect(reimbursementAccount([stay('2023-09-01', '2023-09-20')], '2023-09-30').years).toEqual([]);
  });

  describe('a running year spanning 1 April 2026 (limit 120 -> 90)', () => {
    it('reimburses nights from 1 April only while fewer than 90 are reimbursed', () => {
      // Jan + Feb + Mar 2026 = 31 + 28 + 31 = 90 nights before 1 April.
      const account = reimbursementAccount([stay('2026-01-01', null)], '2026-04-10');
      expect(account.current).toMatchObject({
        nights: 100,
        reimbursedNights: 90,
        unreimbursedNights: 10,
        firstUnreimbursedNight: '2026-04-01',
      });
      expect(account.limit).toBe(90);
      expect(account.remaining).toBe(0);
    });

    it('keeps nights reimbursed under the 120 limit, but allows no more after 1 April', () => {
      // 1 Dec 2025 -> 11 Mar 2026 = 31 + 31 + 28 + 10 = 100 nights, all reimbursed (limit 120 then).
      const account = reimbursementAccount([stay('2025-12-01', '2026-03-11'), stay('2026-04-05', null)], '2026-04-09');
      expect(account.current).toMatchObject({
        start: '2025-12-01',
        nights: 105,
        reimbursedNights: 100,
        unreimbursedNights: 5,
        firstUnreimbursedNight: '2026-04-05',
      });
      expect(account.remaining).toBe(0);
    });

    it('still reimburses after 1 April when under 90', () => {
      // 1 Feb -> 31 Mar = 59 nights; 1–20 April = 20 nights.
      const account = reimbursementAccount([stay('2026-02-01', null)], '2026-04-20');
      expect(account.current).toMatchObject({ nights: 79, reimbursedNights: 79, unreimbursedNights: 0 });
      expect(account.remaining).toBe(11);
      expect(account.usedShare).toBeCloseTo(79 / 90);
    });

    it('can apply the limit in force at the start of the running year instead', () => {
      const parameters = { ...defaultRuleParameters, reimbursementCapAppliesBy: 'period_start' as const };
      const account = reimbursementAccount([stay('2026-01-01', null)], '2026-04-10', parameters);
      expect(account.current).toMatchObject({ nights: 100, reimbursedNights: 100, unreimbursedNights: 0 });
      expect(account.limit).toBe(120);
    });

    it('gives a new running year starting after 1 April only 90', () => {
      const account = reimbursementAccount([stay('2026-04-01', null)], '2026-07-15');
      expect(account.current).toMatchObject({
        nights: 106,
        reimbursedNights: 90,
        unreimbursedNights: 16,
        firstUnreimbursedNight: '2026-06-30',
      });
    });
  });
});
