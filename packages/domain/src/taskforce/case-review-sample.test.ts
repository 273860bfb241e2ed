import { describe, expect, it } from 'vitest';
import { allocateStrata, describeSampleRule, drawCaseSample, findSampleProblem, seededRandom } from './case-review-sample';

const population = Array.from({ length: 12 }, (_, i) => ({
  personId: `p${String(i).padStart(2, '0')}`,
  stratum: i < 8 ? 'shelter-a' : 'shelter-b',
}));
const rule = { periodFrom: '2025-01-01', periodTo: '2025-06-30', size: 6, stratifyBy: 'shelter' as const, seed: 'frø-1' };

describe('the case review sample', () => {
  it('draws the same cases from the same seed, whatever the population’s order', () => {
    const first = drawCaseSample(population, rule);
    const again = drawCaseSample([...population].reverse(), rule);
    expect(again.chosen).toEqual(first.chosen);
    expect(new Set(first.chosen.map((c) => c.personId)).size).toBe(6);
    expect(drawCaseSample(population, { ...rule, seed: 'frø-2' }).chosen).not.toEqual(first.chosen);
  });

  it('gives each stratum its proportional share by largest remainder', () => {
    const drawn = drawCaseSample(population, rule);
    expect(drawn.strata).toEqual([
      { stratum: 'shelter-a', population: 8, drawn: 4 },
      { stratum: 'shelter-b', population: 4, drawn: 2 },
    ]);
    expect(
      allocateStrata(
        [
          { stratum: 'a', population: 1 },
          { stratum: 'b', population: 1 },
          { stratum: 'c', population: 1 },
        ],
        2,
      ),
    ).toEqual(
      new Map([
        ['a', 1],
        ['b', 1],
        ['c', 0],
      ]),
    );
  });

  it('puts everyone in one stratum without stratification', () => {
    const drawn = drawCaseSample(population, { ...rule, stratifyBy: 'none' });
    expect(drawn.strata).toEqual([{ stratum: 'all', population: 12, drawn: 6 }]);
    expect(drawn.chosen.every((c) => c.stratum === 'all')).toBe(true);
  });

  it('refuses a sample larger than the population, or a reversed period, naming the field', () => {
    expect(findSampleProblem({ ...rule, size: 13 }, 12)).toEqual({
      code: 'review_sample_too_large',
      field: 'size',
      population: 12,
    });
    expect(findSampleProblem({ ...rule, size: 12 }, 12)).toBeNull();
    expect(findSampleProblem({ ...rule, periodTo: '2024-12-31' }, 12)).toEqual({
      code: 'review_period_reversed',
      field: 'periodTo',
    });
  });

  it('documents the rule with its seed and population', () => {
    const text = describeSampleRule(rule, 12);
    expect(text).toContain('6 af 12');
    expect(text).toContain('"frø-1"');
  });

  it('generates numbers in [0, 1) reproducibly', () => {
    const a = seededRandom('x');
    const b = seededRandom('x');
    const values = Array.from({ length: 50 }, () => a());
    expect(values).toEqual(Array.from({ length: 50 }, () => b()));
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
  });
});
