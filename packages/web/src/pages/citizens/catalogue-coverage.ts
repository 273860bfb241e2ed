/**
 * Compile-time check (never imported at runtime): both catalogues name every housing category,
 * discharge reason, referral, intake problem, notification state, timeline kind and lane.
 * `npx tsc -p packages/web` fails when one is missing.
 */
import type { HousingCategory } from '@hjemvej/domain';
import type { Texts } from '../../i18n/catalogues';
import type { ProblemKey, Referral } from '../shelter-stays/stay-options';
import type { DischargeReason } from '@hjemvej/contract';
import type { SpanColour, TimelineKind, TimelineLane } from './timeline/timeline-model';

interface Catalogue {
  housingCategory: Record<HousingCategory, string>;
  shelterStays: {
    dischargeReasonOption: Record<DischargeReason, string>;
    referralOption: Record<Referral, string>;
    problem: Record<ProblemKey, string>;
    notificationState: {
      on_time: string;
      before_reform: string;
      late_one: string;
      late_other: string;
      pending_one: string;
      pending_other: string;
      missing_one: string;
      missing_other: string;
    };
  };
  citizens: {
    field: Record<'firstName' | 'lastName' | 'alias' | 'phone' | 'email' | 'contactNote', string>;
    timeline: { kind: Record<TimelineKind, string>; lane: Record<TimelineLane, string>; legend: Record<SpanColour, string> };
  };
}

export type CitizenCatalogueCoverage = [
  Texts<'da'> extends Catalogue ? true : never,
  Texts<'en'> extends Catalogue ? true : never,
];
export const citizenCatalogueCoverage: CitizenCatalogueCoverage = [true, true];
