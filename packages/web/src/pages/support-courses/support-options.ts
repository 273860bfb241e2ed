import { supportCourseEndReasons, type SupportMethod } from '@hjemvej/domain';
import type { SupportContact, SupportCourse } from '@hjemvej/contract';
import type { BadgeTone } from '../../components/status-badge';
import { allValues } from '../../forms/all-values';

export const methodOptions = allValues<SupportMethod>()(['cti', 'icm', 'act', 'm_act']);

export type EndReason = NonNullable<SupportCourse['endReason']>;
export const endReasonOptions = allValues<EndReason>()(supportCourseEndReasons);

export type ContactKind = SupportContact['kind'];
export const contactKindOptions = allValues<ContactKind>()(['visit', 'phone', 'meeting', 'other']);

export type CtiPhase = NonNullable<SupportCourse['cti']>['phases'][number];
export type CtiPhaseName = CtiPhase['name'];
export const ctiPhaseNameOptions = allValues<CtiPhaseName>()(['transition', 'try_out', 'transfer']);

export type RuleStatus = NonNullable<SupportCourse['cti']>['transition']['status'];
export const ruleStatusOptions = allValues<RuleStatus>()(['met', 'missing', 'overdue', 'warning', 'not_applicable']);

export const ruleStatusTone: Record<RuleStatus, BadgeTone> = {
  met: 'success',
  missing: 'warning',
  overdue: 'danger',
  warning: 'warning',
  not_applicable: 'neutral',
};
