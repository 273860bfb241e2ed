/**
 * Matching a vacancy to citizens: hard criteria first (each one a reason a citizen does not
 * fit, shown to the user), then the municipality's written priority policy orders those who fit.
 * No vulnerability score: the order is the policy's one key, and the user sees which.
 */
import type { IsoDate } from '../calendar/iso-date';
import { daysBetween } from '../calendar/iso-date';
import type { PriorityPolicy } from './housing-supply-rules';

export interface MatchDwelling {
  readonly monthlyRent: number;
  readonly utilitiesEstimate: number;
  readonly rooms: number;
  readonly area: string;
  readonly isAccessible: boolean;
}

export interface MatchCandidate {
  readonly citizenId: string;
  readonly affordableRent: number | null;
  readonly householdSize: number;
  readonly wishedAreas: readonly string[];
  readonly excludedAreas: readonly string[];
  readonly needsAccessible: boolean;
  readonly readyToMoveOn: IsoDate | null;
  /** § 110 stk. 5: a support decision in place, or planned for the move-in. */
  readonly supportInPlace: boolean;
  readonly supportPlanned: boolean;
  /** Start of the current homeless period (for the "homeless longest" policy). */
  readonly homelessSince: IsoDate | null;
}

export const mismatchReasons = [
  'rent_above_affordable',
  'household_too_large',
  'area_excluded',
  'area_not_wished',
  'needs_accessible',
  'no_support_decision',
  'not_ready',
] as const;
export type MismatchReason = (typeof mismatchReasons)[number];

const same = (a: string, b: string) => a.trim().toLocaleLowerCase('da') === b.trim().toLocaleLowerCase('da');

/** Why the candidate does not fit the dwelling (empty: fits). Rent is compared excl. utilities. */
export function mismatchesOf(
  dwelling: MatchDwelling,
  c: MatchCandidate,
  defaultMaxRent: number,
  today: IsoDate,
): MismatchReason[] {
  const reasons: MismatchReason[] = [];
  if (dwelling.monthlyRent > (c.affordableRent ?? defaultMaxRent)) reasons.push('rent_above_affordable');
  // One room per person, a couple sharing one: at least ceil(household / 2) rooms.
  if (dwelling.rooms < Math.ceil(c.householdSize / 2)) reasons.push('household_too_large');
  if (c.excludedAreas.some((a) => same(a, dwelling.area))) reasons.push('area_excluded');
  else if (c.wishedAreas.length > 0 && !c.wishedAreas.some((a) => same(a, dwelling.area))) reasons.push('area_not_wished');
  if (c.needsAccessible && !dwelling.isAccessible) reasons.push('needs_accessible');
  if (!c.supportInPlace && !c.supportPlanned) reasons.push('no_support_decision');
  if (c.readyToMoveOn === null || c.readyToMoveOn > today) reasons.push('not_ready');
  return reasons;
}

/** The days the policy orders by (more days first); null sorts last. */
export function priorityDays(policy: PriorityPolicy, c: MatchCandidate, today: IsoDate): number | null {
  switch (policy) {
    case 'ready_longest':
      return c.readyToMoveOn === null ? null : daysBetween(c.readyToMoveOn, today);
    case 'homeless_longest':
      return c.homelessSince === null ? null : daysBetween(c.homelessSince, today);
  }
}

export interface RankedCandidate<C extends MatchCandidate> {
  readonly candidate: C;
  readonly mismatches: MismatchReason[];
  readonly priorityDays: number | null;
}

/** Those who fit first, in policy order (ties by citizen id for a stable list); then the rest. */
export function rankCandidates<C extends MatchCandidate>(
  dwelling: MatchDwelling,
  candidates: readonly C[],
  policy: PriorityPolicy,
  defaultMaxRent: number,
  today: IsoDate,
): RankedCandidate<C>[] {
  const ranked = candidates.map((candidate) => ({
    candidate,
    mismatches: mismatchesOf(dwelling, candidate, defaultMaxRent, today),
    priorityDays: priorityDays(policy, candidate, today),
  }));
  return ranked.sort(
    (a, b) =>
      a.mismatches.length - b.mismatches.length ||
      (b.priorityDays ?? -Infinity) - (a.priorityDays ?? -Infinity) ||
      a.candidate.citizenId.localeCompare(b.candidate.citizenId),
  );
}
