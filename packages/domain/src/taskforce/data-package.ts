/**
 * The taskforce's data package (issue 13 point 3) and development plan (point 6): the pure
 * rules. The package is frozen for a period at the start of the analysis phase; its key figures
 * are grouped under the package's sections, the by-name list's flow is counted per month from
 * the citizens' housing periods, and a development goal takes its baseline from the package.
 */
import { addDays, addMonths, dateParts, type IsoDate, isoDate, daysInMonth } from '../calendar/iso-date';
import { type HousingCategory, homelessCategories, type HomelessCategory, isHomeless } from '../citizen/housing-situation';
import type { KeyFigureId, MeasureDisplay, MeasureId } from '../key-figures/definitions';

/** The package's sections, in the order the page shows them. */
export const dataPackageSections = ['flow', 'stays', 'housing', 'support', 'organisation'] as const;
export type DataPackageSection = (typeof dataPackageSections)[number];

/** Under which section each key figure is shown (K17 is not a key figure of the dashboard yet). */
export const keyFigureSections: Readonly<Record<KeyFigureId, DataPackageSection>> = {
  K1: 'housing',
  K2: 'housing',
  K3: 'support',
  K4: 'support',
  K5: 'stays',
  K6: 'stays',
  K7: 'organisation',
  K8: 'organisation',
  K9: 'organisation',
  K10: 'support',
  K11: 'housing',
  K12: 'support',
  K13: 'support',
  K14: 'support',
  K15: 'organisation',
  K16: 'stays',
};

/** The longest period a package may cover (two years, as the time report). */
export const maxDataPackageDays = 731;

export type DataPackagePeriodProblem =
  | { readonly code: 'period_reversed'; readonly field: 'to' }
  | { readonly code: 'period_too_long'; readonly field: 'to' }
  | { readonly code: 'period_in_future'; readonly field: 'to' }
  | { readonly code: 'before_agreed_period'; readonly field: 'from' }
  | { readonly code: 'after_agreed_period'; readonly field: 'to' }
  | { readonly code: 'agreement_expired'; readonly field: 'to' };

/** The collaboration agreement's data-collection clause: the bounds it sets (null: not set). */
export interface DataCollectionClause {
  readonly dataPeriodFrom: IsoDate | null;
  readonly dataPeriodTo: IsoDate | null;
  readonly dataValidUntil: IsoDate | null;
}

/**
 * Why a period cannot be frozen, or null: it ends before it begins, is longer than two years, or
 * ends after today; or it reaches outside what the collaboration agreement's data clause lets the
 * taskforce collect (before or after the agreed period, or after the clause has run out). A bound
 * the agreement leaves open does not limit.
 */
export function findDataPackagePeriodProblem(
  from: IsoDate,
  to: IsoDate,
  today: IsoDate,
  clause?: DataCollectionClause,
): DataPackagePeriodProblem | null {
  if (to < from) return { code: 'period_reversed', field: 'to' };
  if (addDays(from, maxDataPackageDays) <= to) return { code: 'period_too_long', field: 'to' };
  if (to > today) return { code: 'period_in_future', field: 'to' };
  if (clause?.dataValidUntil != null && today > clause.dataValidUntil) return { code: 'agreement_expired', field: 'to' };
  if (clause?.dataPeriodFrom != null && from < clause.dataPeriodFrom) return { code: 'before_agreed_period', field: 'from' };
  if (clause?.dataPeriodTo != null && to > clause.dataPeriodTo) return { code: 'after_agreed_period', field: 'to' };
  return null;
}

export interface PackageMonth {
  /** 'YYYY-MM'. */
  readonly month: string;
  readonly from: IsoDate;
  /** The month's last day inside the period. */
  readonly to: IsoDate;
}

/** The calendar months a period touches, each cut to the period. */
export function monthsOfPeriod(from: IsoDate, to: IsoDate): PackageMonth[] {
  const months: PackageMonth[] = [];
  const { year, month } = dateParts(from);
  let first = isoDate(year, month, 1);
  while (first <= to) {
    const parts = dateParts(first);
    const last = isoDate(parts.year, parts.month, daysInMonth(parts.year, parts.month));
    months.push({
      month: first.slice(0, 7),
      from: first < from ? from : first,
      to: last > to ? to : last,
    });
    first = addMonths(first, 1);
  }
  return months;
}

export interface FlowPeriod {
  readonly category: HousingCategory;
  readonly from: IsoDate;
  /** Exclusive end (the day the situation changed), or null while it lasts. */
  readonly to: IsoDate | null;
}

export interface MonthFlow {
  readonly month: string;
  /** People in each homeless category on the month's last day (inside the period). */
  readonly categories: Readonly<Record<HomelessCategory, number>>;
  /** Came onto the list in the month: a homeless period began that did not continue another. */
  readonly inflow: number;
  /** Left the list in the month: a homeless spell ended in a situation that is not homeless. */
  readonly outflow: number;
}

/**
 * The by-name list's flow per month, from each person's housing periods: how many were in each
 * homeless category (VIVE 1–9) at the month's end, and how many came onto and left the list
 * during the month. A person's records may overlap after a merge, so the latest period begun is
 * the one in force (no period rejected here: the counts must not fail on one person's history).
 */
export function countHousingFlow(people: readonly (readonly FlowPeriod[])[], months: readonly PackageMonth[]): MonthFlow[] {
  const sorted = people.map((periods) => [...periods].sort((a, b) => a.from.localeCompare(b.from)));
  const inForce = (periods: readonly FlowPeriod[], date: IsoDate): FlowPeriod | null => {
    let found: FlowPeriod | null = null;
    for (const p of periods) if (p.from <= date && (p.to === null || date < p.to)) found = p;
    return found;
  };
  const homelessOn = (periods: readonly FlowPeriod[], date: IsoDate): boolean => {
    const p = inForce(periods, date);
    return p !== null && isHomeless(p.category);
  };
  return months.map((m) => {
    const categories = Object.fromEntries(homelessCategories.map((c) => [c, 0])) as Record<HomelessCategory, number>;
    let inflow = 0;
    let outflow = 0;
    for (const periods of sorted) {
      const atEnd = inForce(periods, m.to);
      if (atEnd !== null && isHomeless(atEnd.category)) categories[atEnd.category as HomelessCategory] += 1;
      // Each change of situation inside the month: onto the list, or off it.
      const dayBefore = addDays(m.from, -1);
      let wasHomeless = homelessOn(periods, dayBefore);
      let cameIn = false;
      let wentOut = false;
      for (const p of periods) {
        if (p.from < m.from || p.from > m.to) continue;
        const now = isHomeless(p.category);
        if (now && !wasHomeless) cameIn = true;
        if (!now && wasHomeless) wentOut = true;
        wasHomeless = now;
      }
      // An open homeless period that ends inside the month without a following period.
      for (const p of periods)
        if (isHomeless(p.category) && p.to !== null && p.to >= m.from && p.to <= m.to && !homelessOn(periods, p.to))
          wentOut = true;
      if (cameIn) inflow += 1;
      if (wentOut) outflow += 1;
    }
    return { month: m.month, categories, inflow, outflow };
  });
}

/** A published key figure as the package keeps it (counts may be hidden as '<5'). */
export interface PackageFigureValue {
  readonly share: number | null;
  readonly median: number | null;
  readonly numerator:
    { readonly kind: 'value'; readonly value: number } | { readonly kind: 'suppressed'; readonly label: string };
}

/**
 * The one number a goal follows for a measure: a share in per cent (one decimal), median days,
 * or the count; null when the package hides it or has none (then the goal has no baseline).
 */
export function goalValueOf(display: MeasureDisplay, figure: PackageFigureValue | undefined): number | null {
  if (figure === undefined) return null;
  switch (display) {
    case 'share':
      return figure.share === null ? null : Math.round(figure.share * 1000) / 10;
    case 'days':
      return figure.median;
    case 'count':
      return figure.numerator.kind === 'value' ? figure.numerator.value : null;
  }
}

export type DevelopmentGoalProblem =
  | { readonly code: 'goal_measure_required'; readonly field: 'measure' }
  | { readonly code: 'goal_package_required'; readonly field: 'baselinePackageId' }
  | { readonly code: 'goal_baseline_missing'; readonly field: 'measure' }
  | { readonly code: 'goal_target_before_baseline'; readonly field: 'targetOn'; readonly notAfter: IsoDate };

export interface DevelopmentGoalDraft {
  readonly measure: MeasureId | null;
  readonly baselinePackage: { readonly periodTo: IsoDate } | null;
  readonly baseline: number | null;
  readonly targetOn: IsoDate;
}

/**
 * Why a goal cannot be set, naming the field: it needs a key figure, a frozen package to take
 * its baseline from, a baseline the package shows (not hidden), and a target date after the
 * baseline's period.
 */
export function findDevelopmentGoalProblem(goal: DevelopmentGoalDraft): DevelopmentGoalProblem | null {
  if (goal.measure === null) return { code: 'goal_measure_required', field: 'measure' };
  if (goal.baselinePackage === null) return { code: 'goal_package_required', field: 'baselinePackageId' };
  if (goal.baseline === null) return { code: 'goal_baseline_missing', field: 'measure' };
  if (goal.targetOn <= goal.baselinePackage.periodTo)
    return { code: 'goal_target_before_baseline', field: 'targetOn', notAfter: goal.baselinePackage.periodTo };
  return null;
}

export type DevelopmentActionProblem =
  | { readonly code: 'action_due_in_past'; readonly field: 'dueOn' }
  | { readonly code: 'action_due_after_goal'; readonly field: 'dueOn'; readonly notAfter: IsoDate };

/** Why an action's due date cannot be set: it has passed, or falls after its goal's date. */
export function findDevelopmentActionProblem(
  dueOn: IsoDate | null,
  goalTargetOn: IsoDate,
  today: IsoDate,
): DevelopmentActionProblem | null {
  if (dueOn === null) return null;
  if (dueOn < today) return { code: 'action_due_in_past', field: 'dueOn' };
  if (dueOn > goalTargetOn) return { code: 'action_due_after_goal', field: 'dueOn', notAfter: goalTargetOn };
  return null;
}
