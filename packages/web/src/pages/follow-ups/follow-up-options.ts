import type { HomelessCategory } from '@hjemvej/domain';
import type { FollowUpSchedule } from '@hjemvej/contract';
import type { BadgeTone } from '../../components/status-badge';
import { allValues } from '../../forms/all-values';

export type FollowUpMilestoneItem = FollowUpSchedule['items'][number]['milestones'][number];
export type FollowUpState = FollowUpMilestoneItem['state'];
export const followUpStateOptions = allValues<FollowUpState>()(['done', 'upcoming', 'due', 'overdue', 'not_applicable']);

export const followUpStateTone: Record<FollowUpState, BadgeTone> = {
  done: 'success',
  upcoming: 'neutral',
  due: 'warning',
  overdue: 'danger',
  not_applicable: 'neutral',
};

export type ReturnCategory = HomelessCategory | 'unknown';
