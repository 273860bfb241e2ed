/**
 * `CourseSnapshot`: everything the legal rules need to know about one citizen's course, as
 * plain data. The server builds it from its tables; the rules never see a database row.
 *
 * Conventions: every date is an ISO calendar date 'YYYY-MM-DD' (see calendar/iso-date.ts);
 * "on" fields are the day something happened; `null` means "not (yet) happened". Ids are
 * opaque strings and are echoed back in rule results so the UI can link to the record.
 */
import { type IsoDate } from '../calendar/iso-date';

export const supportMethods = ['cti', 'icm', 'act', 'm_act'] as const;
export type SupportMethod = (typeof supportMethods)[number];

/** Why a support course ended: the contract's `endReason` and the web's choices. */
export const supportCourseEndReasons = [
  'completed',
  'citizen_declined',
  'moved_away',
  'lost_housing',
  'transferred',
  'died',
  'other',
] as const;

/** A stay at a § 110 shelter (forsorgshjem/herberg). */
export interface ShelterStay {
  readonly id: string;
  /** The day of the decision on admission (optagelse). */
  readonly admittedOn: IsoDate;
  /** The day the citizen left (udskrivning); null while staying. */
  readonly dischargedOn: IsoDate | null;
  /** The day the shelter notified the handlekommune (§ 110 stk. 6); null if not yet. */
  readonly handlekommuneNotifiedOn: IsoDate | null;
}

export const planKinds = ['141', '142'] as const;
/** '141': handleplan (§ 141); '142': helhedsorienteret plan for a shelter resident (§ 142). */
export type PlanKind = (typeof planKinds)[number];

export interface Plan {
  readonly id: string;
  readonly kind: PlanKind;
  /** The day the plan (its first version) was made. */
  readonly madeOn: IsoDate;
  /** The day the plan stopped applying, or null while it applies. */
  readonly endedOn: IsoDate | null;
}

export const decisionKinds = ['85a', '85', '107', '108', '110'] as const;
/** The Serviceloven paragraph the decision (afgørelse) is made under. */
export type DecisionKind = (typeof decisionKinds)[number];

export interface ProviderWish {
  /** The provider the citizen wished (§ 142 stk. 4), in the caseworker's words. */
  readonly wishedProvider: string;
  readonly followed: boolean;
  /** Required when `followed` is false (§ 85 a stk. 2). */
  readonly reasonIfNotFollowed: string | null;
}

export interface Decision {
  readonly id: string;
  readonly kind: DecisionKind;
  readonly decidedOn: IsoDate;
  readonly outcome: 'granted' | 'refused';
  /** For § 85 a: the Housing First method. */
  readonly method: SupportMethod | null;
  /** The period the granted help covers; `periodTo` null = until further notice. */
  readonly periodFrom: IsoDate | null;
  readonly periodTo: IsoDate | null;
  /** The citizen's wish of provider, or null when the citizen expressed none. */
  readonly providerWish: ProviderWish | null;
}

/** A decision as it is recorded: the wish in three fields, `wishFollowed` null when no wish was marked. */
export type RecordedDecision = Omit<Decision, 'id' | 'providerWish'> & {
  readonly wishedProvider: string | null;
  readonly wishFollowed: boolean | null;
  readonly reasonIfNotFollowed: string | null;
};

/** The recorded decision as the legal rules read it: a wish not marked as passed over counts as followed. */
export function decisionOf(id: string, d: RecordedDecision): Decision {
  return {
    id,
    kind: d.kind,
    decidedOn: d.decidedOn,
    outcome: d.outcome,
    method: d.method,
    periodFrom: d.periodFrom,
    periodTo: d.periodTo,
    providerWish:
      d.wishedProvider === null
        ? null
        : { wishedProvider: d.wishedProvider, followed: d.wishFollowed ?? true, reasonIfNotFollowed: d.reasonIfNotFollowed },
  };
}

/** An allocation (anvisning) of own housing. */
export interface HousingAllocation {
  readonly id: string;
  readonly allocatedOn: IsoDate;
  readonly leaseSignedOn: IsoDate | null;
  readonly moveInOn: IsoDate | null;
  /** Set when the offer was declined or withdrawn: the allocation then no longer counts. */
  readonly withdrawnOn: IsoDate | null;
}

export interface CtiPhaseStart {
  readonly phase: 1 | 2 | 3;
  readonly startedOn: IsoDate;
}

export interface SupportCourse {
  readonly id: string;
  readonly method: SupportMethod;
  /** Start of the course; for CTI the start of the contact-building period. */
  readonly startedOn: IsoDate;
  readonly endedOn: IsoDate | null;
  /** CTI only: the phases started so far. Empty while in contact-building. */
  readonly ctiPhases: readonly CtiPhaseStart[];
}

export interface CourseSnapshot {
  readonly citizenId: string;
  readonly stays: readonly ShelterStay[];
  readonly plans: readonly Plan[];
  readonly decisions: readonly Decision[];
  readonly housingAllocations: readonly HousingAllocation[];
  readonly supportCourses: readonly SupportCourse[];
}

export const snapshotIssueCodes = [
  'invalid_date',
  'discharge_before_admission',
  'notification_before_admission',
  'stays_overlap',
  'plan_ends_before_made',
  'decision_period_reversed',
  'provider_wish_reason_missing',
  'lease_before_allocation',
  'move_in_before_allocation',
  'withdrawn_before_allocation',
  'support_course_ends_before_start',
  'cti_phase_before_course_start',
  'cti_phases_out_of_order',
  'cti_phases_on_non_cti_course',
] as const;
export type SnapshotIssueCode = (typeof snapshotIssueCodes)[number];

export interface SnapshotIssue {
  readonly code: SnapshotIssueCode;
  /** The id of the record that is wrong. */
  readonly subjectId: string;
  /** The field(s) involved, for the UI to highlight. */
  readonly fields: readonly string[];
}
