import { describe, expect, it } from 'vitest';
import {
  currentHomelessSpell,
  daysHomelessBetween,
  homelessCategories,
  housingCategories,
  housingCategoryDefinitions,
  type HousingPeriod,
  isHomeless,
  situationAt,
  validateHousingPeriods,
} from './housing-situation';

const history: HousingPeriod[] = [
  { category: 'family_friends', from: '2025-01-10', to: '2025-02-01' },
  { category: 'rough_sleeping', from: '2025-02-01', to: '2025-03-01' },
  { category: 'shelter_110', from: '2025-03-01', to: '2025-05-15' },
  { category: 'own_home_with_lease', from: '2025-05-15', to: null },
];

describe('housing categories', () => {
  it('has the nine national count categories plus three others, each with a Danish label', () => {
    expect(homelessCategories).toHaveLength(9);
    expect(housingCategories).toHaveLength(12);
    expect(homelessCategories.map((c) => housingCategoryDefinitions[c].countNumber)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    for (const c of housingCategories) expect(housingCategoryDefinitions[c].labelDa.length).toBeGreaterThan(0);
  });

  it('knows who is homeless', () => {
    expect(isHomeless('rough_sleeping')).toBe(true);
    expect(isHomeless('shelter_110')).toBe(true);
    expect(isHomeless('other_homeless')).toBe(true);
    expect(isHomeless('own_home_with_lease')).toBe(false);
    expect(isHomeless('residential_offer_107_108')).toBe(false);
    expect(isHomeless('unknown')).toBe(false);
  });
});

describe('housing periods', () => {
  it('finds the situation on a date, the change day belonging to the new period', () => {
    expect(situationAt(history, '2025-01-09')).toBeNull();
    expect(situationAt(history, '2025-01-10')?.category).toBe('family_friends');
    expect(situationAt(history, '2025-02-28')?.category).toBe('rough_sleeping');
    expect(situationAt(history, '2025-03-01')?.category).toBe('shelter_110');
    expect(situationAt(history, '2025-05-14')?.category).toBe('shelter_110');
    expect(situationAt(history, '2025-05-15')?.category).toBe('own_home_with_lease');
    expect(situationAt(history, '2030-01-01')?.category).toBe('own_home_with_lease');
  });

  it('counts days homeless in a window', () => {
    // 10 Jan -> 15 May 2025 = 22 + 28 + 31 + 30 + 14 = 125 days.
    expect(daysHomelessBetween(history, '2025-01-01', '2026-01-01')).toBe(125);
    expect(daysHomelessBetween(history, '2025-02-15', '2025-03-15')).toBe(28);
    expect(daysHomelessBetween(history, '2025-06-01', '2025-07-01')).toBe(0);
  });

  it('counts an open homeless period up to the window end, across a year end', () => {
    const open: HousingPeriod[] = [{ category: 'shelter_110', from: '2025-12-20', to: null }];
    expect(daysHomelessBetween(open, '2025-12-01', '2026-01-10')).toBe(21);
  });

  it('gives the current homeless spell over consecutive homeless periods', () => {
    expect(currentHomelessSpell(history, '2025-03-10')).toEqual({ since: '2025-01-10', days: 60 });
    expect(currentHomelessSpell(history, '2025-01-10')).toEqual({ since: '2025-01-10', days: 1 });
    expect(currentHomelessSpell(history, '2025-06-01')).toBeNull();
    const gap: HousingPeriod[] = [
      { category: 'rough_sleeping', from: '2025-01-01', to: '2025-01-20' },
      { category: 'night_shelter', from: '2025-01-21', to: null },
    ];
    expect(currentHomelessSpell(gap, '2025-01-25')).toEqual({ since: '2025-01-21', days: 5 });
  });

  it('detects overlapping periods and periods ending before they start', () => {
    expect(validateHousingPeriods(history)).toEqual([]);
    const bad: HousingPeriod[] = [
      { category: 'shelter_110', from: '2025-03-01', to: '2025-05-15' },
      { category: 'own_home_with_lease', from: '2025-05-01', to: null },
      { category: 'unknown', from: '2025-02-01', to: '2025-01-01' },
    ];
    expect(validateHousingPeriods(bad)).toEqual([
      { code: 'period_ends_before_start', index: 2 },
      { code: 'period_overlap', index: 0, otherIndex: 1, from: '2025-05-01', to: '2025-05-15' },
    ]);
    const twoOpen: HousingPeriod[] = [
      { category: 'shelter_110', from: '2025-03-01', to: null },
      { category: 'rough_sleeping', from: '2025-04-01', to: null },
    ];
    expect(validateHousingPeriods(twoOpen)).toEqual([
      { code: 'period_overlap', index: 0, otherIndex: 1, from: '2025-04-01', to: null },
    ]);
    expect(() => situationAt(twoOpen, '2025-04-02')).toThrow(RangeError);
  });
});
