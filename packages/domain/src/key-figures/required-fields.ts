/**
 * K15 data quality, part (c): required fields filled per registration (HUD HMIS Data Quality's
 * completeness, next-wave §A.3 "Required fields filled per snapshot"), for the course
 * documentation's registrations (intake, status, exit; `course/course-registrations.ts`).
 *
 * A registration may be saved with fields left empty (the worker fills in what is known), so
 * completeness is measured, not enforced. The fields K15 treats as required per kind:
 *
 * - **intake**: housing status; the VIVE homelessness category while not housed; referral
 *   source; contact frequency; each of the eight life areas rated by the worker *and* by the citizen;
 * - **status**: as the intake, without the referral source (it belongs to the start);
 * - **exit**: exit reason (with its text when "andet"); destination; housing status.
 *
 * Supplementary services (an empty list is a valid answer), the citizen's own words, the note
 * and the references to assessment, plan and decision are not required.
 *
 * The dashboard counts it as the measure `k15_required_fields` (one member row per registration,
 * `reference.ts`; the SQL in key-figures-queries.ts repeats these rules on the stored JSON).
 */
import type { IsoDate } from '../calendar/iso-date';
import {
  type ContactFrequency,
  type ExitDestination,
  type ExitReason,
  type LifeAreaRating,
  type ReferralSource,
  type RegistrationHousingStatus,
  type RegistrationKind,
  registrationKinds,
} from '../course/course-registrations';
import { lifeAreas, type LifeArea } from '../course/vum';
import type { HomelessCategory } from '../citizen/housing-situation';

export interface RegistrationFields {
  readonly kind: RegistrationKind;
  readonly registeredOn: IsoDate;
  readonly housingStatus: RegistrationHousingStatus | null;
  readonly homelessCategory: HomelessCategory | null;
  readonly referralSource: ReferralSource | null;
  readonly contactFrequency: ContactFrequency | null;
  readonly lifeAreas: readonly {
    readonly lifeArea: LifeArea;
    readonly workerRating: LifeAreaRating | null;
    readonly citizenRating: LifeAreaRating | null;
  }[];
  readonly exitReason: ExitReason | null;
  readonly exitReasonText: string | null;
  readonly exitDestination: ExitDestination | null;
}

/** The required fields a registration leaves empty, by name ("lifeAreas.housing.citizenRating"); [] when complete. */
export function missingRequiredFields(r: RegistrationFields): string[] {
  const missing: string[] = [];
  if (r.housingStatus === null) missing.push('housingStatus');
  if (r.kind === 'exit') {
    if (r.exitReason === null) missing.push('exitReason');
    else if (r.exitReason === 'other' && !r.exitReasonText?.trim()) missing.push('exitReasonText');
    if (r.exitDestination === null) missing.push('exitDestination');
    return missing;
  }
  if (r.housingStatus === 'not_housed' && r.homelessCategory === null) missing.push('homelessCategory');
  if (r.kind === 'intake' && r.referralSource === null) missing.push('referralSource');
  if (r.contactFrequency === null) missing.push('contactFrequency');
  for (const area of lifeAreas) {
    const entry = r.lifeAreas.find((l) => l.lifeArea === area);
    if (entry?.workerRating == null) missing.push(`lifeAreas.${area}.workerRating`);
    if (entry?.citizenRating == null) missing.push(`lifeAreas.${area}.citizenRating`);
  }
  return missing;
}

export interface CompletenessCount {
  /** Registrations in the period with every required field filled. */
  readonly complete: number;
  readonly total: number;
  /** complete ÷ total; null when there were none. */
  readonly share: number | null;
}

/**
 * The share of registrations dated in the period (from–to, both included) with every required
 * field filled, per registration kind. A registration counts as it stands now (its latest
 * version): a field filled in later makes it complete.
 */
export function requiredFieldsFilled(
  registrations: readonly RegistrationFields[],
  period: { readonly from: IsoDate; readonly to: IsoDate },
): Readonly<Record<RegistrationKind, CompletenessCount>> {
  const counts = Object.fromEntries(registrationKinds.map((k) => [k, { complete: 0, total: 0 }])) as Record<
    RegistrationKind,
    { complete: number; total: number }
  >;
  for (const r of registrations) {
    if (r.registeredOn < period.from || r.registeredOn > period.to) continue;
    counts[r.kind].total += 1;
    if (missingRequiredFields(r).length === 0) counts[r.kind].complete += 1;
  }
  const result = {} as Record<RegistrationKind, CompletenessCount>;
  for (const kind of registrationKinds) {
    const { complete, total } = counts[kind];
    result[kind] = { complete, total, share: total === 0 ? null : complete / total };
  }
  return result;
}
