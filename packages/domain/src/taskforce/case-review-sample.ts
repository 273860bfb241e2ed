/**
 * Ankestyrelsen's legal case review in a taskforce course (issue 13 point 4): the sample.
 *
 * The population is every person whose handlekommune is the course's municipality and who had a
 * § 110 stay overlapping the chosen period; each member carries the stratum the reviewer chose to
 * stratify by (the shelter of the person's first stay in the period, or the housing category on
 * the period's last day), or one stratum for all. The draw is reproducible: the population is
 * ordered by person id, each stratum gets its share of the sample by the largest-remainder method
 * (Hamilton), and within a stratum a partial Fisher–Yates shuffle driven by a seeded generator
 * (mulberry32 over the FNV-1a hash of the seed text) picks the cases. The rule text, the seed, the
 * population size and the strata are stored with the sample, so anyone can draw it again.
 */
import { type IsoDate } from '../calendar/iso-date';

export const caseReviewStratifications = ['none', 'shelter', 'category'] as const;
export type CaseReviewStratification = (typeof caseReviewStratifications)[number];

/** The most cases one review may sample: Ankestyrelsen's practice reviews read 20–40. */
export const maxCaseReviewSampleSize = 100;

export interface SamplePopulationMember {
  readonly personId: string;
  /** The stratum's key (a shelter id, a housing category, or 'all'); its label is the caller's. */
  readonly stratum: string;
}

export interface SampleRule {
  readonly periodFrom: IsoDate;
  readonly periodTo: IsoDate;
  readonly size: number;
  readonly stratifyBy: CaseReviewStratification;
  readonly seed: string;
}

export interface SampleStratum {
  readonly stratum: string;
  readonly population: number;
  readonly drawn: number;
}

export interface DrawnSample {
  /** In draw order, stratum by stratum (strata in key order). */
  readonly chosen: readonly SamplePopulationMember[];
  readonly strata: readonly SampleStratum[];
  readonly populationSize: number;
}

export type SampleProblem =
  | { readonly code: 'review_period_reversed'; readonly field: 'periodTo' }
  | { readonly code: 'review_sample_too_large'; readonly field: 'size'; readonly population: number }
  | { readonly code: 'review_sample_empty'; readonly field: 'size' };

/** What is wrong with drawing `rule` from a population of `populationSize`, or null. */
export function findSampleProblem(
  rule: Pick<SampleRule, 'periodFrom' | 'periodTo' | 'size'>,
  populationSize: number,
): SampleProblem | null {
  if (rule.periodTo < rule.periodFrom) return { code: 'review_period_reversed', field: 'periodTo' };
  if (rule.size < 1) return { code: 'review_sample_empty', field: 'size' };
  if (rule.size > populationSize) return { code: 'review_sample_too_large', field: 'size', population: populationSize };
  return null;
}

/** FNV-1a, 32 bits: the seed text as the generator's start state. */
function hashSeed(seed: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    hash ^= seed.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** mulberry32 over the hash of the seed text: the same seed gives the same numbers everywhere. */
export function seededRandom(seed: string): () => number {
  return mulberry32(hashSeed(seed));
}

/** mulberry32: a small, well-known generator of numbers in [0, 1) from a 32-bit seed. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Each stratum's share of `size`, proportional to its population, by largest remainder (ties: key order). */
export function allocateStrata(counts: readonly { stratum: string; population: number }[], size: number): Map<string, number> {
  const total = counts.reduce((sum, c) => sum + c.population, 0);
  const shares = counts.map((c) => {
    const exact = total === 0 ? 0 : (size * c.population) / total;
    return { stratum: c.stratum, base: Math.floor(exact), remainder: exact - Math.floor(exact), population: c.population };
  });
  let left = size - shares.reduce((sum, s) => sum + s.base, 0);
  const byRemainder = [...shares].sort((a, b) => b.remainder - a.remainder || (a.stratum < b.stratum ? -1 : 1));
  const allocation = new Map(shares.map((s) => [s.stratum, s.base]));
  for (const share of byRemainder) {
    if (left <= 0) break;
    const current = allocation.get(share.stratum) ?? 0;
    if (current < share.population) {
      allocation.set(share.stratum, current + 1);
      left--;
    }
  }
  return allocation;
}

/** Draws the sample. The caller has checked `findSampleProblem` first (a too-large size draws everyone). */
export function drawCaseSample(population: readonly SamplePopulationMember[], rule: SampleRule): DrawnSample {
  const ordered = [...population].sort((a, b) => (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0));
  const groups = new Map<string, SamplePopulationMember[]>();
  for (const member of ordered) {
    const stratum = rule.stratifyBy === 'none' ? 'all' : member.stratum;
    const group = groups.get(stratum) ?? [];
    group.push({ personId: member.personId, stratum });
    groups.set(stratum, group);
  }
  const keys = [...groups.keys()].sort();
  const allocation = allocateStrata(
    keys.map((stratum) => ({ stratum, population: groups.get(stratum)?.length ?? 0 })),
    Math.min(rule.size, ordered.length),
  );
  const random = seededRandom(rule.seed);
  const chosen: SamplePopulationMember[] = [];
  const strata: SampleStratum[] = [];
  for (const stratum of keys) {
    const group = [...(groups.get(stratum) ?? [])];
    const take = allocation.get(stratum) ?? 0;
    for (let i = 0; i < take; i++) {
      const j = i + Math.floor(random() * (group.length - i));
      const picked = group[j];
      const here = group[i];
      if (picked === undefined || here === undefined) break;
      group[j] = here;
      group[i] = picked;
      chosen.push(picked);
    }
    strata.push({ stratum, population: group.length, drawn: take });
  }
  return { chosen, strata, populationSize: ordered.length };
}

/** The rule as stored with the sample, in Danish (the review's working language). */
export function describeSampleRule(rule: SampleRule, populationSize: number): string {
  const stratification: Record<CaseReviewStratification, string> = {
    none: 'uden stratificering',
    shelter: 'stratificeret efter boformen for personens første ophold i perioden, fordelt forholdsmæssigt (største rest)',
    category: 'stratificeret efter boligsituationen på periodens sidste dag, fordelt forholdsmæssigt (største rest)',
  };
  return (
    `${rule.size} af ${populationSize} personer med kommunen som handlekommune og et § 110-ophold, der overlapper ` +
    `perioden ${rule.periodFrom}–${rule.periodTo}, ${stratification[rule.stratifyBy]}; tilfældigt udtrukket ` +
    `(populationen ordnet efter person-id, delvis Fisher–Yates med mulberry32 seedet med FNV-1a af frøet "${rule.seed}").`
  );
}
