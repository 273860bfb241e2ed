/**
 * The two-month goal from first contact to own home (seed 004: "udflytningen … inden for to
 * måneder"). The clock starts at the first contact and stops at the move-in; the goal in
 * calendar days is the municipality's (default 61).
 */
import { addDays, compareIsoDates, daysBetween, type IsoDate } from '../calendar/iso-date';

export type HousingGoalState = 'running' | 'overdue' | 'met' | 'missed';

export interface HousingGoalClock {
  readonly startedOn: IsoDate;
  readonly goalOn: IsoDate;
  readonly goalDays: number;
  /** Days from the first contact to today, or to the move-in when it happened. */
  readonly daysElapsed: number;
  /** Days left to the goal (negative when past it); 0 once moved in. */
  readonly daysLeft: number;
  readonly movedInOn: IsoDate | null;
  readonly state: HousingGoalState;
}

/** The first contact: recorded, else the earliest of the record's creation and the first § 110 admission. */
export function firstContactOf(recorded: IsoDate | null, createdOn: IsoDate, firstAdmissionOn: IsoDate | null): IsoDate {
  if (recorded !== null) return recorded;
  if (firstAdmissionOn !== null && compareIsoDates(firstAdmissionOn, createdOn) < 0) return firstAdmissionOn;
  return createdOn;
}

export function housingGoalClock(input: {
  readonly firstContactOn: IsoDate;
  readonly movedInOn: IsoDate | null;
  readonly goalDays: number;
  readonly today: IsoDate;
}): HousingGoalClock {
  const { firstContactOn, movedInOn, goalDays, today } = input;
  const goalOn = addDays(firstContactOn, goalDays);
  const end = movedInOn ?? today;
  const daysElapsed = Math.max(0, daysBetween(firstContactOn, end));
  if (movedInOn !== null) {
    const state = compareIsoDates(movedInOn, goalOn) <= 0 ? 'met' : 'missed';
    return { startedOn: firstContactOn, goalOn, goalDays, daysElapsed, daysLeft: 0, movedInOn, state };
  }
  const daysLeft = daysBetween(today, goalOn);
  return {
    startedOn: firstContactOn,
    goalOn,
    goalDays,
    daysElapsed,
    daysLeft,
    movedInOn: null,
    state: daysLeft < 0 ? 'overdue' : 'running',
  };
}

/**
 * The goal on a flowcard's axis of working days: the fewest working days that `goalDays`
 * calendar days after day 0 hold, whatever weekday the card is started on (a leftover of r
 * days beyond the whole weeks holds at least r − 2 working days, when it includes a weekend).
 * Holidays are not counted, as the flowcard plan counts none: it has no start date.
 */
export function housingGoalWorkingDays(goalDays: number): number {
  const days = Math.max(0, Math.floor(goalDays));
  return Math.floor(days / 7) * 5 + Math.max(0, (days % 7) - 2);
}
