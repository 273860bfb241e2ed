/**
 * The citizen's housing situation over time.
 *
 * Categories: the national homelessness count's nine (VIVE), plus the two housed states and
 * 'unknown'. A period is half-open: it starts on `from` and ends on `to` (the day the
 * situation changed, which belongs to the next period), or is open (`to` null). A move on
 * 15 March is recorded as shelter 1 March → 15 March and own home 15 March → null, so
 * adjacent periods share a boundary date without overlapping.
 */
import { addDays, daysBetween, type IsoDate, maxIsoDate, minIsoDate } from '../calendar/iso-date';

export const homelessCategories = [
  'rough_sleeping',
  'night_shelter',
  'shelter_110',
  'hotel_hostel',
  'family_friends',
  'transitional_housing',
  'prison_release',
  'hospital_discharge',
  'other_homeless',
] as const;
export type HomelessCategory = (typeof homelessCategories)[number];

export const housingCategories = [...homelessCategories, 'own_home_with_lease', 'residential_offer_107_108', 'unknown'] as const;
export type HousingCategory = (typeof housingCategories)[number];

interface HousingCategoryDefinition {
  /** Number in the national count (1–9) for homeless categories, else null. */
  readonly countNumber: number | null;
  readonly labelDa: string;
  readonly descriptionDa: string;
}

export const housingCategoryDefinitions: Readonly<Record<HousingCategory, HousingCategoryDefinition>> = {
  rough_sleeping: { countNumber: 1, labelDa: 'Gadesovende', descriptionDa: 'Sover på gaden, i opgange, skure eller lignende.' },
  night_shelter: {
    countNumber: 2,
    labelDa: 'Natvarmestue',
    descriptionDa: 'Overnatter på natvarmestue eller i akut nødovernatning.',
  },
  shelter_110: {
    countNumber: 3,
    labelDa: 'Forsorgshjem/herberg (§ 110)',
    descriptionDa: 'Bor på en boform efter servicelovens § 110.',
  },
  hotel_hostel: {
    countNumber: 4,
    labelDa: 'Hotel, vandrerhjem, campingplads',
    descriptionDa: 'Bor på hotel, vandrerhjem eller lignende uden egen bolig.',
  },
  family_friends: {
    countNumber: 5,
    labelDa: 'Midlertidigt hos familie/venner',
    descriptionDa: 'Bor midlertidigt hos familie, venner eller bekendte uden kontrakt.',
  },
  transitional_housing: {
    countNumber: 6,
    labelDa: 'Midlertidig bolig uden fast kontrakt',
    descriptionDa: 'Bor i en overgangsbolig uden permanent lejekontrakt.',
  },
  prison_release: {
    countNumber: 7,
    labelDa: 'Løsladelse uden boligløsning',
    descriptionDa: 'Løslades fra fængsel inden for en måned uden en boligløsning.',
  },
  hospital_discharge: {
    countNumber: 8,
    labelDa: 'Udskrivning uden boligløsning',
    descriptionDa: 'Udskrives fra hospital eller behandling inden for en måned uden en boligløsning.',
  },
  other_homeless: { countNumber: 9, labelDa: 'Andet', descriptionDa: 'Anden hjemløshed, fx kolonihavehus eller campingvogn.' },
  own_home_with_lease: {
    countNumber: null,
    labelDa: 'Egen bolig med lejekontrakt',
    descriptionDa: 'Bor i egen bolig med lejekontrakt.',
  },
  residential_offer_107_108: {
    countNumber: null,
    labelDa: 'Botilbud (§§ 107/108)',
    descriptionDa: 'Bor i botilbud efter servicelovens § 107 eller § 108.',
  },
  unknown: { countNumber: null, labelDa: 'Ukendt', descriptionDa: 'Boligsituationen er ikke kendt.' },
};

/** True for the nine categories of the national count; false for housed states and 'unknown'. */
export function isHomeless(category: HousingCategory): boolean {
  return (homelessCategories as readonly string[]).includes(category);
}

export function housingCategoryLabelDa(category: HousingCategory): string {
  return housingCategoryDefinitions[category].labelDa;
}

export interface HousingPeriod {
  readonly category: HousingCategory;
  /** First day in this situation. */
  readonly from: IsoDate;
  /** The day the situation ended (first day of the next), or null while it lasts. */
  readonly to: IsoDate | null;
}

export type HousingPeriodIssue =
  | { readonly code: 'period_ends_before_start'; readonly index: number }
  | {
      readonly code: 'period_overlap';
      readonly index: number;
      readonly otherIndex: number;
      readonly from: IsoDate;
      readonly to: IsoDate | null;
    };

function periodEnd(period: HousingPeriod): IsoDate | null {
  return period.to;
}

/** Periods that end before (or on the day) they start, and every overlapping pair (by input index). */
export function validateHousingPeriods(periods: readonly HousingPeriod[]): HousingPeriodIssue[] {
  const issues: HousingPeriodIssue[] = [];
  periods.forEach((period, index) => {
    if (period.to !== null && period.to < period.from) issues.push({ code: 'period_ends_before_start', index });
  });
  for (let i = 0; i < periods.length; i += 1) {
    for (let j = i + 1; j < periods.length; j += 1) {
      const a = periods[i];
      const b = periods[j];
      if (!a || !b) continue;
      const aEnd = periodEnd(a);
      const bEnd = periodEnd(b);
      const overlaps = (aEnd === null || b.from < aEnd) && (bEnd === null || a.from < bEnd);
      if (overlaps) {
        const from = maxIsoDate(a.from, b.from);
        const to = aEnd === null ? bEnd : bEnd === null ? aEnd : minIsoDate(aEnd, bEnd);
        issues.push({ code: 'period_overlap', index: i, otherIndex: j, from, to });
      }
    }
  }
  return issues;
}

function assertValid(periods: readonly HousingPeriod[]): void {
  const issues = validateHousingPeriods(periods);
  if (issues.length > 0) throw new RangeError(`Invalid housing periods: ${issues.map((issue) => issue.code).join(', ')}`);
}

/** The period in force on `date`, or null (no situation registered for that day). Throws on overlapping periods. */
export function situationAt(periods: readonly HousingPeriod[], date: IsoDate): HousingPeriod | null {
  assertValid(periods);
  return periods.find((period) => period.from <= date && (period.to === null || date < period.to)) ?? null;
}

/**
 * Days in [start, endExclusive) on which the citizen was in a homeless category. Days with
 * no registered period, or 'unknown', do not count. Throws on overlapping periods.
 */
export function daysHomelessBetween(periods: readonly HousingPeriod[], start: IsoDate, endExclusive: IsoDate): number {
  assertValid(periods);
  let days = 0;
  for (const period of periods) {
    if (!isHomeless(period.category)) continue;
    const from = maxIsoDate(period.from, start);
    const to = period.to === null ? endExclusive : minIsoDate(period.to, endExclusive);
    if (to > from) days += daysBetween(from, to);
  }
  return days;
}

export interface HomelessSpell {
  /** First day of the uninterrupted run of homeless periods that includes `asOf`. */
  readonly since: IsoDate;
  /** Days from `since` up to and including `asOf`. */
  readonly days: number;
}

/**
 * The current uninterrupted homeless spell at `asOf` (periods of different homeless
 * categories that follow each other without a gap count as one spell), or null when the
 * citizen is not homeless on `asOf`. This is "days homeless" on the by-name list.
 */
export function currentHomelessSpell(periods: readonly HousingPeriod[], asOf: IsoDate): HomelessSpell | null {
  const current = situationAt(periods, asOf);
  if (!current || !isHomeless(current.category)) return null;
  let since = current.from;
  for (;;) {
    const previous = periods.find((period) => period.to === since && isHomeless(period.category));
    if (!previous) break;
    since = previous.from;
  }
  return { since, days: daysBetween(since, addDays(asOf, 1)) };
}
