/**
 * Compile-time check (never imported at runtime): both catalogues name every allocation status,
 * support method, end reason, contact kind, CTI phase name, rule status and follow-up state.
 * `npx tsc -p packages/web` fails when one is missing.
 */
import type { Texts } from '../../i18n/catalogues';
import type { FollowUpState } from '../follow-ups/follow-up-options';
import type { AllocationStatus } from '../housing-allocations/allocation-options';
import type { ContactKind, CtiPhaseName, EndReason, RuleStatus } from './support-options';
import type { SupportMethod } from '@hjemvej/domain';

interface Catalogue {
  housingAllocations: { status: Record<AllocationStatus, string> };
  supportCourses: {
    method: Record<SupportMethod, string>;
    methodHint: Record<SupportMethod, string>;
    endReason: Record<EndReason, string>;
    contactKind: Record<ContactKind, string>;
    cti: { phaseName: Record<CtiPhaseName, string>; status: Record<RuleStatus, string>; phaseHint: Record<CtiPhaseName, string> };
  };
  followUps: { state: Record<FollowUpState, string> };
}

export type HousingSupportCatalogueCoverage = [
  Texts<'da'> extends Catalogue ? true : never,
  Texts<'en'> extends Catalogue ? true : never,
];
export const housingSupportCatalogueCoverage: HousingSupportCatalogueCoverage = [true, true];
