/**
 * The outcome follow-ups 3, 6 and 12 months after a move-in (does the citizen keep the home?):
 * when each is due, and its state on a day. One rule for the citizen's follow-up list and for
 * the caseworker's start page.
 */
import { addDays, addMonths, type IsoDate } from '../calendar/iso-date';

export const followUpMonths = [3, 6, 12] as const;
export type FollowUpMonth = (typeof followUpMonths)[number];

/** A follow-up is 'due' from this many days before its date until this many days after; then 'overdue'. */
export const followUpDueWindowDays = 14;

export type FollowUpState = 'done' | 'not_applicable' | 'upcoming' | 'due' | 'overdue';

export function followUpState(dueOn: IsoDate, done: boolean, homeLost: boolean, today: IsoDate): FollowUpState {
  if (done) return 'done';
  if (homeLost) return 'not_applicable';
  if (today < addDays(dueOn, -followUpDueWindowDays)) return 'upcoming';
  if (today <= addDays(dueOn, followUpDueWindowDays)) return 'due';
  return 'overdue';
}

export interface FollowUpDue {
  readonly allocationId: string;
  readonly milestone: FollowUpMonth;
  readonly dueOn: IsoDate;
  readonly state: 'due' | 'overdue';
}

/**
 * The follow-ups to do now for a citizen's homes moved into: due (within the window around the
 * date) or overdue, not yet recorded, and none after a follow-up found the home lost.
 */
export function followUpsToDo(
  homes: readonly { readonly allocationId: string; readonly moveInOn: IsoDate }[],
  recorded: readonly { readonly allocationId: string; readonly milestone: number; readonly keepsHome: boolean }[],
  today: IsoDate,
): FollowUpDue[] {
  return homes.flatMap((home) => {
    const own = recorded.filter((r) => r.allocationId === home.allocationId);
    const homeLost = own.some((r) => !r.keepsHome);
    return followUpMonths.flatMap((milestone) => {
      const dueOn = addMonths(home.moveInOn, milestone);
      const state = followUpState(
        dueOn,
        own.some((r) => r.milestone === milestone),
        homeLost,
        today,
      );
      return state === 'due' || state === 'overdue' ? [{ allocationId: home.allocationId, milestone, dueOn, state }] : [];
    });
  });
}
