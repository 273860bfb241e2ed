import type { HomelessCategory } from '@hjemvej/domain';
import type { FollowUpSchedule } from '@hjemvej/contract';
import type { BadgeTone } from '../../components/status-badge';

/**
 * The contract's enumerations, as plain values: the contract module's runtime (zod) stays out of
 * the bundle. The `Exhaustive` checks fail to compile when the contract gains a value.
 */
type Exhaustive<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : false;

export type FollowUpMilestoneItem = FollowUpSchedule['items'][number]['milestones'][number];
export type FollowUpState = FollowUpMilestoneItem['state'];
export const followUpStateOptions = [
  'done',
  'upcoming',
  'due',
  'overdue',
  'not_applicable',
] as const satisfies readonly FollowUpState[];
export const followUpStatesComplete: Exhaustive<FollowUpState, (typeof followUpStateOptions)[number]> = true;

export const followUpStateTone: Record<FollowUpState, BadgeTone> = {
  done: 'success',
  upcoming: 'neutral',
  due: 'warning',
  overdue: 'danger',
  not_applicable: 'neutral',
};

export type ReturnCategory = HomelessCategory | 'unknown';
