import { supportCourseEndReasons, type SupportMethod } from '@hjemvej/domain';
import type { SupportContact, SupportCourse } from '@hjemvej/contract';
import type { BadgeTone } from '../../components/status-badge';

/**
 * The contract's enumerations, as plain values: the contract module's runtime (zod) stays out of
 * the bundle. The `Exhaustive` checks fail to compile when the contract gains a value.
 */
type Exhaustive<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : false;

export const methodOptions = ['cti', 'icm', 'act', 'm_act'] as const satisfies readonly SupportMethod[];
export const methodsComplete: Exhaustive<SupportMethod, (typeof methodOptions)[number]> = true;

export type EndReason = NonNullable<SupportCourse['endReason']>;
export const endReasonOptions = supportCourseEndReasons satisfies readonly EndReason[];
export const endReasonsComplete: Exhaustive<EndReason, (typeof endReasonOptions)[number]> = true;

export type ContactKind = SupportContact['kind'];
export const contactKindOptions = ['visit', 'phone', 'meeting', 'other'] as const satisfies readonly ContactKind[];
export const contactKindsComplete: Exhaustive<ContactKind, (typeof contactKindOptions)[number]> = true;

export type CtiPhase = NonNullable<SupportCourse['cti']>['phases'][number];
export type CtiPhaseName = CtiPhase['name'];
export const ctiPhaseNameOptions = ['transition', 'try_out', 'transfer'] as const satisfies readonly CtiPhaseName[];
export const ctiPhaseNamesComplete: Exhaustive<CtiPhaseName, (typeof ctiPhaseNameOptions)[number]> = true;

export type RuleStatus = NonNullable<SupportCourse['cti']>['transition']['status'];
export const ruleStatusOptions = [
  'met',
  'missing',
  'overdue',
  'warning',
  'not_applicable',
] as const satisfies readonly RuleStatus[];
export const ruleStatusesComplete: Exhaustive<RuleStatus, (typeof ruleStatusOptions)[number]> = true;

export const ruleStatusTone: Record<RuleStatus, BadgeTone> = {
  met: 'success',
  missing: 'warning',
  overdue: 'danger',
  warning: 'warning',
  not_applicable: 'neutral',
};
