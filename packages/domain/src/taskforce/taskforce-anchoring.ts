/**
 * The taskforce course's anchoring (issue 13 point 8): what the anchoring plan needs (each item
 * that continues after the course has an owner and says how it is followed up), and the effect
 * of each chosen goal for the political level: its frozen baseline against its value now on live
 * data (already published, so suppressed), the change, whether it moved the right way, and
 * whether the target is reached.
 */
import type { IsoDate } from '../calendar/iso-date';

export const taskforceAnchoringStatuses = ['draft', 'agreed'] as const;
export type TaskforceAnchoringStatus = (typeof taskforceAnchoringStatuses)[number];

export interface AnchoringItemInput {
  readonly title: string;
  readonly ownerUserId: string | null;
  readonly followUp: string;
  readonly reviewOn: IsoDate | null;
}

export type AnchoringProblem =
  | { readonly code: 'anchoring_items_required'; readonly field: 'items' }
  | { readonly code: 'anchoring_owner_required'; readonly field: string }
  | { readonly code: 'anchoring_follow_up_required'; readonly field: string }
  | { readonly code: 'anchoring_review_in_past'; readonly field: string; readonly date: IsoDate };

/**
 * Why an anchoring plan cannot be saved: every item names its owner and how it is followed up,
 * and a review day is not already past; an agreed plan holds at least one item. A draft may
 * leave an item's owner and follow-up open.
 */
export function findAnchoringProblem(
  status: TaskforceAnchoringStatus,
  items: readonly AnchoringItemInput[],
  today: IsoDate,
): AnchoringProblem | null {
  if (status === 'agreed' && items.length === 0) return { code: 'anchoring_items_required', field: 'items' };
  for (const [index, item] of items.entries()) {
    if (item.reviewOn !== null && item.reviewOn < today)
      return { code: 'anchoring_review_in_past', field: `items.${index}.reviewOn`, date: today };
    if (status === 'draft') continue;
    if (item.ownerUserId === null) return { code: 'anchoring_owner_required', field: `items.${index}.ownerUserId` };
    if (item.followUp.trim() === '') return { code: 'anchoring_follow_up_required', field: `items.${index}.followUp` };
  }
  return null;
}

export type EffectDirection = 'better' | 'worse' | 'unchanged' | 'unknown';

export interface GoalEffect {
  /** Now minus baseline, in the measure's unit (percentage points, days or a count); null when now is hidden or empty. */
  readonly change: number | null;
  readonly direction: EffectDirection;
  /** Whether now has reached the target in the measure's good direction; null when unknown. */
  readonly targetReached: boolean | null;
}

/**
 * One goal's effect: baseline (frozen) against now (live, published). A measure without a good
 * direction (higherIsBetter null) moves, but is neither better nor worse.
 */
export function goalEffectOf(values: {
  readonly baseline: number;
  readonly now: number | null;
  readonly target: number;
  readonly higherIsBetter: boolean | null;
}): GoalEffect {
  const { baseline, now, target, higherIsBetter } = values;
  if (now === null) return { change: null, direction: 'unknown', targetReached: null };
  const change = Math.round((now - baseline) * 10) / 10;
  if (higherIsBetter === null) return { change, direction: change === 0 ? 'unchanged' : 'unknown', targetReached: null };
  const direction: EffectDirection = change === 0 ? 'unchanged' : change > 0 === higherIsBetter ? 'better' : 'worse';
  return { change, direction, targetReached: higherIsBetter ? now >= target : now <= target };
}

/** A goal's value as the Danish PDF prints it: a share in per cent, days, or a count (one decimal at most). */
export function formatGoalValueDa(display: 'share' | 'days' | 'count', value: number): string {
  const number = String(Math.round(value * 10) / 10).replace('.', ',');
  switch (display) {
    case 'share':
      return `${number} %`;
    case 'days':
      return `${number} dage`;
    case 'count':
      return number;
  }
}
