/**
 * Course documentation (individforløb, next-wave §A.2): dated registrations on a support course.
 *
 * - **intake** at the start, once per course;
 * - **status** every `intervalMonths` (default 3) after the intake or the latest status;
 * - **exit** (ophør), which ends the course.
 *
 * Intake and status rate the eight life areas twice: by the worker, and by the citizen in the
 * citizen's own words (a rating and free text). The code lists are Inference (the Rambøll
 * Results questionnaire was not found, next-wave §G.1): codes are English and stable, the
 * screen shows them in Danish.
 *
 * Pure rules only: when the next registration is due, what may be registered, and what can be
 * pre-filled from what Hjemvej already knows.
 */
import { addDays, addMonths, type IsoDate } from '../calendar/iso-date';
import type { HomelessCategory, HousingCategory } from '../citizen/housing-situation';
import { homelessCategories } from '../citizen/housing-situation';
import type { CourseEndReason } from '../key-figures/timeline';
import { lifeAreas, type LifeArea, type SupportNeed, type VumArea } from './vum';

export const registrationKinds = ['intake', 'status', 'exit'] as const;
export type RegistrationKind = (typeof registrationKinds)[number];

/** 1 = great difficulties … 5 = goes well. */
export const lifeAreaRatings = [1, 2, 3, 4, 5] as const;
export type LifeAreaRating = (typeof lifeAreaRatings)[number];

/** Henvendelse: who referred the citizen to the course (Housing First for Unge). */
export const referralSources = ['shelter_110', 'authority', 'prison_service', 'hospital_treatment', 'self', 'other'] as const;
export type ReferralSource = (typeof referralSources)[number];

export const contactFrequencies = ['daily', 'several_weekly', 'weekly', 'every_other_week', 'monthly', 'less_often'] as const;
export type ContactFrequency = (typeof contactFrequencies)[number];

/** Supplerende indsatser started or running alongside the support. */
export const supplementaryServices = [
  'substance_treatment',
  'psychiatric_treatment',
  'somatic_treatment',
  'employment_measures',
  'debt_advice',
  'mentor_or_network',
  'other',
] as const;
export type SupplementaryService = (typeof supplementaryServices)[number];

/** The citizen's housing at the registration. */
export const registrationHousingStatuses = ['not_housed', 'lease_signed', 'moved_in'] as const;
export type RegistrationHousingStatus = (typeof registrationHousingStatuses)[number];

/** Ophør: a closed list plus "other" with text (next-wave §A.2). */
export const exitReasons = [
  'planned_end',
  'cti_completed',
  'citizen_declined',
  'moved_municipality',
  'transferred',
  'long_term_treatment',
  'imprisoned',
  'lost_contact',
  'lost_housing',
  'died',
  'other',
] as const;
export type ExitReason = (typeof exitReasons)[number];

/** Where the citizen went at the exit (modelled on DST § 110 "udskrevet til", whose list was not found). */
export const exitDestinations = [
  'own_home',
  'residential_offer',
  'shelter_110',
  'family_friends',
  'hospital_treatment',
  'prison',
  'other_municipality',
  'other',
  'unknown',
] as const;
export type ExitDestination = (typeof exitDestinations)[number];

/** The support course's own end reason (migration 0004), which an exit registration sets. */
export const courseEndReasonOfExit: Readonly<Record<ExitReason, CourseEndReason>> = {
  planned_end: 'completed',
  cti_completed: 'completed',
  citizen_declined: 'citizen_declined',
  moved_municipality: 'moved_away',
  transferred: 'transferred',
  long_term_treatment: 'other',
  imprisoned: 'other',
  lost_contact: 'other',
  lost_housing: 'lost_housing',
  died: 'died',
  other: 'other',
};

export interface LifeAreaRatingEntry {
  readonly lifeArea: LifeArea;
  readonly workerRating: LifeAreaRating | null;
  readonly citizenRating: LifeAreaRating | null;
  /** The citizen's own words. */
  readonly citizenWords: string | null;
}

export const defaultRegistrationIntervalMonths = 3;
/** A registration is shown as due this many days before its due date. */
export const registrationDueSoonDays = 14;

export interface RegisteredOn {
  readonly kind: RegistrationKind;
  readonly registeredOn: IsoDate;
}

export interface CourseDates {
  readonly startedOn: IsoDate;
  readonly endedOn: IsoDate | null;
}

export interface NextRegistration {
  readonly kind: 'intake' | 'status';
  readonly dueOn: IsoDate;
}

/**
 * The next registration the course is waiting for: the intake at the course start, then a
 * status `intervalMonths` after the intake or the latest status. None once the course has
 * ended or has an exit.
 */
export function nextRegistrationDue(
  course: CourseDates,
  registrations: readonly RegisteredOn[],
  intervalMonths: number = defaultRegistrationIntervalMonths,
): NextRegistration | null {
  if (course.endedOn !== null || registrations.some((r) => r.kind === 'exit')) return null;
  const latest = registrations
    .filter((r) => r.kind !== 'exit')
    .map((r) => r.registeredOn)
    .sort()
    .at(-1);
  if (latest === undefined || !registrations.some((r) => r.kind === 'intake')) return { kind: 'intake', dueOn: course.startedOn };
  return { kind: 'status', dueOn: addMonths(latest, intervalMonths) };
}

export type RegistrationDueState = 'upcoming' | 'due' | 'overdue';

/** Upcoming until `registrationDueSoonDays` before the due date, due through the due date, overdue after. */
export function registrationDueState(dueOn: IsoDate, today: IsoDate): RegistrationDueState {
  if (today > dueOn) return 'overdue';
  if (today >= addDays(dueOn, -registrationDueSoonDays)) return 'due';
  return 'upcoming';
}

export type RegistrationRefusal =
  | { readonly code: 'registration_course_ended'; readonly field: 'kind'; readonly endedOn: IsoDate }
  | { readonly code: 'registration_second_intake'; readonly field: 'kind'; readonly intakeOn: IsoDate }
  | { readonly code: 'registration_exit_before_intake'; readonly field: 'kind' }
  | { readonly code: 'registration_status_before_intake'; readonly field: 'kind' }
  | { readonly code: 'registration_before_course_start'; readonly field: 'registeredOn'; readonly startedOn: IsoDate }
  | { readonly code: 'registration_before_intake'; readonly field: 'registeredOn'; readonly intakeOn: IsoDate }
  | { readonly code: 'registration_after_exit'; readonly field: 'registeredOn'; readonly exitOn: IsoDate }
  | { readonly code: 'registration_intake_after_others'; readonly field: 'registeredOn'; readonly firstOn: IsoDate }
  | { readonly code: 'registration_exit_before_others'; readonly field: 'registeredOn'; readonly lastOn: IsoDate };

/**
 * Why a registration is refused, or null. `others` are the course's other registrations (a
 * changed registration leaves itself out). A new registration on an ended course is refused;
 * correcting one already made stays possible, within the same date rules. The most telling
 * reason comes first.
 */
export function refuseRegistration(
  course: CourseDates,
  others: readonly RegisteredOn[],
  candidate: RegisteredOn,
  mode: 'new' | 'change' = 'new',
): RegistrationRefusal | null {
  const intake = others.find((r) => r.kind === 'intake');
  const exit = others.find((r) => r.kind === 'exit');
  const endedOn = exit?.registeredOn ?? course.endedOn;
  if (mode === 'new' && endedOn !== null) return { code: 'registration_course_ended', field: 'kind', endedOn };
  if (candidate.kind === 'exit' && exit) return { code: 'registration_course_ended', field: 'kind', endedOn: exit.registeredOn };
  if (candidate.kind === 'intake' && intake)
    return { code: 'registration_second_intake', field: 'kind', intakeOn: intake.registeredOn };
  if (candidate.kind === 'exit' && !intake) return { code: 'registration_exit_before_intake', field: 'kind' };
  if (candidate.kind === 'status' && !intake) return { code: 'registration_status_before_intake', field: 'kind' };
  if (candidate.registeredOn < course.startedOn)
    return { code: 'registration_before_course_start', field: 'registeredOn', startedOn: course.startedOn };
  if (candidate.kind !== 'intake' && intake && candidate.registeredOn < intake.registeredOn)
    return { code: 'registration_before_intake', field: 'registeredOn', intakeOn: intake.registeredOn };
  if (candidate.kind === 'intake') {
    const first = others
      .map((r) => r.registeredOn)
      .sort()
      .at(0);
    if (first !== undefined && candidate.registeredOn > first)
      return { code: 'registration_intake_after_others', field: 'registeredOn', firstOn: first };
  }
  if (exit && candidate.registeredOn > exit.registeredOn)
    return { code: 'registration_after_exit', field: 'registeredOn', exitOn: exit.registeredOn };
  if (candidate.kind === 'exit') {
    const last = others
      .map((r) => r.registeredOn)
      .sort()
      .at(-1);
    if (last !== undefined && candidate.registeredOn < last)
      return { code: 'registration_exit_before_others', field: 'registeredOn', lastOn: last };
  }
  return null;
}

// ── Prefill ────────────────────────────────────────────────────────────────────────────────

/** The VUM 2.0 areas that speak to each life area (Inference: FFB's areas do not map one to one). */
const vumAreasOfLifeArea: Readonly<Record<LifeArea, readonly VumArea[]>> = {
  housing: ['community_life'],
  mental_health: ['mental_functions'],
  physical_health: ['health', 'physical_functions'],
  finances: ['social_conditions'],
  daily_activities: ['self_care', 'practical_tasks'],
  network_social_relations: ['relations'],
  substance_use: [],
  education_employment: [],
};

/** A support need as a suggested worker rating (more support needed = lower rating). */
const ratingOfSupportNeed: Readonly<Record<SupportNeed, LifeAreaRating | null>> = {
  none: 5,
  light: 4,
  moderate: 3,
  high: 2,
  complete: 1,
  not_assessed: null,
};

export interface KnownCourseFacts {
  readonly today: IsoDate;
  /** The housing-situation period open on the registration day (or the latest one). */
  readonly housingCategory: HousingCategory | null;
  /** The course's allocation, if any. */
  readonly allocation: { readonly leaseSignedOn: IsoDate | null; readonly moveInOn: IsoDate | null } | null;
  /** The latest VUM 2.0 assessment. */
  readonly assessment: {
    readonly id: string;
    readonly assessedOn: IsoDate;
    readonly areas: readonly { readonly area: VumArea; readonly supportNeed: SupportNeed }[];
  } | null;
  /** The plan in force (§ 141/§ 142). */
  readonly plan: { readonly id: string; readonly madeOn: IsoDate; readonly lifeAreas: readonly LifeArea[] } | null;
  /** The § 85 a decision the course delivers. */
  readonly decision: { readonly id: string; readonly decidedOn: IsoDate } | null;
  /** An open or recent § 110 stay at the course start (the likely referral). */
  readonly stayAtStart: boolean;
  /** The course's latest registration, whose answers carry forward. */
  readonly previous: {
    readonly referralSource: ReferralSource | null;
    readonly contactFrequency: ContactFrequency | null;
    readonly supplementaryServices: readonly SupplementaryService[];
    readonly lifeAreas: readonly LifeAreaRatingEntry[];
  } | null;
}

export interface RegistrationPrefill {
  readonly registeredOn: IsoDate;
  readonly housingStatus: RegistrationHousingStatus | null;
  readonly homelessCategory: HomelessCategory | null;
  readonly referralSource: ReferralSource | null;
  readonly contactFrequency: ContactFrequency | null;
  readonly supplementaryServices: readonly SupplementaryService[];
  /** Worker ratings suggested from the previous registration, else the assessment; the citizen's are never guessed. */
  readonly lifeAreas: readonly LifeAreaRatingEntry[];
  readonly assessmentId: string | null;
  readonly planId: string | null;
  readonly decisionId: string | null;
  /** Where each pre-filled value came from, for the worker to confirm. */
  readonly sources: readonly ('housing_period' | 'allocation' | 'assessment' | 'plan' | 'decision' | 'stay' | 'previous')[];
}

function housingStatusOf(facts: KnownCourseFacts): RegistrationHousingStatus | null {
  const a = facts.allocation;
  if (a?.moveInOn != null && a.moveInOn <= facts.today) return 'moved_in';
  if (a?.leaseSignedOn != null && a.leaseSignedOn <= facts.today) return 'lease_signed';
  if (facts.housingCategory === 'own_home_with_lease') return 'moved_in';
  if (facts.housingCategory !== null && (homelessCategories as readonly string[]).includes(facts.housingCategory))
    return 'not_housed';
  return null;
}

function suggestedWorkerRating(facts: KnownCourseFacts, area: LifeArea): LifeAreaRating | null {
  const carried = facts.previous?.lifeAreas.find((l) => l.lifeArea === area)?.workerRating;
  if (carried != null) return carried;
  const ratings = (facts.assessment?.areas ?? [])
    .filter((a) => vumAreasOfLifeArea[area].includes(a.area))
    .map((a) => ratingOfSupportNeed[a.supportNeed])
    .filter((r): r is LifeAreaRating => r !== null);
  return ratings.length === 0 ? null : (Math.min(...ratings) as LifeAreaRating);
}

/**
 * What a new registration can start from: the housing status from the allocation or the
 * housing period, the VIVE category while not housed, the referral from a § 110 stay at the
 * start, the previous registration's answers, worker ratings suggested from the previous
 * registration or the latest VUM assessment, and references to the assessment, plan and
 * decision. The citizen's own ratings and words are always left empty: only the citizen gives them.
 */
export function prefillRegistration(facts: KnownCourseFacts): RegistrationPrefill {
  const sources = new Set<RegistrationPrefill['sources'][number]>();
  const housingStatus = housingStatusOf(facts);
  if (housingStatus !== null) sources.add(facts.allocation?.leaseSignedOn != null ? 'allocation' : 'housing_period');
  const homelessCategory =
    housingStatus === 'not_housed' && facts.housingCategory !== null ? (facts.housingCategory as HomelessCategory) : null;
  const referralSource = facts.previous?.referralSource ?? (facts.stayAtStart ? 'shelter_110' : null);
  if (facts.previous) sources.add('previous');
  else if (referralSource !== null) sources.add('stay');
  const entries = lifeAreas.map((lifeArea) => ({
    lifeArea,
    workerRating: suggestedWorkerRating(facts, lifeArea),
    citizenRating: null,
    citizenWords: null,
  }));
  if (facts.assessment && !facts.previous && entries.some((e) => e.workerRating !== null)) sources.add('assessment');
  if (facts.plan) sources.add('plan');
  if (facts.decision) sources.add('decision');
  return {
    registeredOn: facts.today,
    housingStatus,
    homelessCategory,
    referralSource,
    contactFrequency: facts.previous?.contactFrequency ?? null,
    supplementaryServices: facts.previous?.supplementaryServices ?? [],
    lifeAreas: entries,
    assessmentId: facts.assessment?.id ?? null,
    planId: facts.plan?.id ?? null,
    decisionId: facts.decision?.id ?? null,
    sources: [...sources],
  };
}

/** Required fields left empty (for data quality): the eight worker ratings, and the kind's own fields. */
export function missingRegistrationFields(registration: {
  readonly kind: RegistrationKind;
  readonly housingStatus: RegistrationHousingStatus | null;
  readonly homelessCategory: HomelessCategory | null;
  readonly referralSource: ReferralSource | null;
  readonly contactFrequency: ContactFrequency | null;
  readonly lifeAreas: readonly LifeAreaRatingEntry[];
}): string[] {
  const missing: string[] = [];
  if (registration.housingStatus === null) missing.push('housingStatus');
  if (registration.housingStatus === 'not_housed' && registration.homelessCategory === null) missing.push('homelessCategory');
  if (registration.kind === 'exit') return missing;
  if (registration.kind === 'intake' && registration.referralSource === null) missing.push('referralSource');
  if (registration.contactFrequency === null) missing.push('contactFrequency');
  for (const area of lifeAreas) {
    const entry = registration.lifeAreas.find((l) => l.lifeArea === area);
    if (entry?.workerRating == null) missing.push(`lifeAreas.${area}.workerRating`);
  }
  return missing;
}
