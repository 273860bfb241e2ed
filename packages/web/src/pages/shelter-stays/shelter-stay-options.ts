import type { AdmissionBody, DischargeReason, ShelterStay, StayProblems } from '@hjemvej/contract';
import { allValues } from '../../forms/all-values';

export const dischargeReasonOptions = allValues<DischargeReason>()([
  'planned',
  'citizen_left',
  'expelled',
  'transferred',
  'died',
  'other',
]);

export type ProblemKey = keyof StayProblems;
export const problemKeys = allValues<ProblemKey>()(['social', 'psychiatric', 'substanceUse', 'debt', 'income']);

export type Referral = AdmissionBody['referral'];
export const referralOptions = allValues<Referral>()(['self', 'referred']);

export type NotificationState = ShelterStay['notification']['state'];
export const notificationStateOptions = allValues<NotificationState>()([
  'on_time',
  'late',
  'pending',
  'missing',
  'before_reform',
]);
