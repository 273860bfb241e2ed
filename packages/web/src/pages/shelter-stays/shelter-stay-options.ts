import type { AdmissionBody, DischargeReason, ShelterStay, StayProblems } from '@hjemvej/contract';

/**
 * The contract's enumerations, as plain values: the contract module's runtime (zod) stays out of
 * the bundle. The `Exhaustive` checks fail to compile when the contract gains a value.
 */
type Exhaustive<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : false;

export const dischargeReasonOptions = [
  'planned',
  'citizen_left',
  'expelled',
  'transferred',
  'died',
  'other',
] as const satisfies readonly DischargeReason[];
export const dischargeReasonsComplete: Exhaustive<DischargeReason, (typeof dischargeReasonOptions)[number]> = true;

export type ProblemKey = keyof StayProblems;
export const problemKeys = ['social', 'psychiatric', 'substanceUse', 'debt', 'income'] as const satisfies readonly ProblemKey[];
export const problemKeysComplete: Exhaustive<ProblemKey, (typeof problemKeys)[number]> = true;

export type Referral = AdmissionBody['referral'];
export const referralOptions = ['self', 'referred'] as const satisfies readonly Referral[];
export const referralOptionsComplete: Exhaustive<Referral, (typeof referralOptions)[number]> = true;

export type NotificationState = ShelterStay['notification']['state'];
export const notificationStateOptions = [
  'on_time',
  'late',
  'pending',
  'missing',
  'before_reform',
] as const satisfies readonly NotificationState[];
export const notificationStatesComplete: Exhaustive<NotificationState, (typeof notificationStateOptions)[number]> = true;
