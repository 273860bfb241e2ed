/**
 * A citizen's timeline: the dated events the key figures are computed from, as plain data.
 * One timeline per person (the surviving record with its linked records). Dates are ISO
 * calendar dates; `registeredOn` is the Danish calendar day the record was first saved.
 */
import { type IsoDate } from '../calendar/iso-date';
import { type HousingCategory } from '../citizen/housing-situation';
import { type LegalSex } from '../citizen/cpr';
import { type CtiPhaseStart, type Decision, type PlanKind, type SupportMethod } from '../course/snapshot';
import { type RegistrationFields } from './required-fields';

/** Why a stay ended (the shelter-stays module's closed list). */
export type DischargeReason = 'planned' | 'citizen_left' | 'expelled' | 'transferred' | 'died' | 'other';

export interface TimelineStay {
  readonly id: string;
  readonly shelterId: string;
  readonly admittedOn: IsoDate;
  readonly dischargedOn: IsoDate | null;
  readonly notifiedOn: IsoDate | null;
  readonly registeredOn: IsoDate;
  /** Null while the stay is open. */
  readonly dischargeReason: DischargeReason | null;
}

export interface TimelineAllocation {
  readonly id: string;
  readonly allocatedOn: IsoDate;
  readonly leaseSignedOn: IsoDate | null;
  readonly moveInOn: IsoDate | null;
  readonly withdrawnOn: IsoDate | null;
  readonly registeredOn: IsoDate;
}

export interface TimelineHousingPeriod {
  readonly category: HousingCategory;
  readonly from: IsoDate;
  readonly to: IsoDate | null;
}

/** The reasons a support course ended (the support-courses module's closed list). */
export type CourseEndReason = 'completed' | 'citizen_declined' | 'moved_away' | 'lost_housing' | 'transferred' | 'died' | 'other';

/** A course registration (intake, status, exit) as it stands now: its date, and the fields K15 requires. */
export interface TimelineRegistration extends RegistrationFields {
  readonly id: string;
}

export interface TimelineCourse {
  readonly id: string;
  readonly method: SupportMethod;
  readonly teamUnitId: string;
  readonly startedOn: IsoDate;
  readonly endedOn: IsoDate | null;
  readonly endReason: CourseEndReason | null;
  readonly ctiPhases: readonly CtiPhaseStart[];
  readonly registeredOn: IsoDate;
  /** The course documentation's registrations (intake, status, exit). */
  readonly registrations: readonly TimelineRegistration[];
}

export interface TimelinePlan {
  readonly id: string;
  readonly kind: PlanKind;
  readonly madeOn: IsoDate;
  readonly endedOn: IsoDate | null;
}

/** A decision as the § 110 stk. 5 check reads it (the citizen's provider wish plays no part there). */
export type TimelineDecision = Pick<Decision, 'id' | 'kind' | 'outcome' | 'method' | 'decidedOn' | 'periodFrom' | 'periodTo'>;

export interface TimelineFollowUp {
  readonly checkedOn: IsoDate;
  readonly keepsHome: boolean;
  readonly lostHomeOn: IsoDate | null;
}

export interface CitizenTimeline {
  readonly personId: string;
  readonly birthDate: IsoDate | null;
  readonly sex: LegalSex | null;
  /**
   * First registered contact in the current episode: the recorded first contact, else the
   * earlier of the record's creation and the first § 110 admission (as the time report).
   */
  readonly firstContactOn: IsoDate;
  readonly stays: readonly TimelineStay[];
  readonly allocations: readonly TimelineAllocation[];
  readonly housingPeriods: readonly TimelineHousingPeriod[];
  readonly courses: readonly TimelineCourse[];
  readonly plans: readonly TimelinePlan[];
  readonly decisions: readonly TimelineDecision[];
  readonly followUps: readonly TimelineFollowUp[];
  /**
   * "Klar til at flytte": the day the citizen was judged ready to move to own housing (the
   * housing profile, housing-supply module); null when none is recorded. The profile keeps
   * one date, not its history.
   */
  readonly readyToMoveOn: IsoDate | null;
  /** The handlekommune's status interval in months for course registrations (its collaboration settings). */
  readonly registrationIntervalMonths: number;
}
