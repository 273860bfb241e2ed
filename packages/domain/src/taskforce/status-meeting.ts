/**
 * The taskforce course's status meetings (issue 13 point 7): when a meeting may be held, which of
 * the plan's actions its agenda follows up, and what a decision needs to become a task.
 */
import type { IsoDate } from '../calendar/iso-date';

export type StatusMeetingProblem =
  | { readonly code: 'meeting_in_future'; readonly field: 'heldOn'; readonly date: IsoDate }
  | { readonly code: 'meeting_before_course'; readonly field: 'heldOn'; readonly date: IsoDate }
  | { readonly code: 'meeting_before_previous'; readonly field: 'heldOn'; readonly date: IsoDate };

/**
 * Why a status meeting cannot be recorded on the day: a meeting is recorded once held (its goal
 * values are read on live data up to that day), inside the course, and after the previous one.
 */
export function findStatusMeetingProblem(values: {
  readonly heldOn: IsoDate;
  readonly today: IsoDate;
  readonly courseStart: IsoDate | null;
  readonly previousHeldOn: IsoDate | null;
}): StatusMeetingProblem | null {
  const { heldOn, today, courseStart, previousHeldOn } = values;
  if (heldOn > today) return { code: 'meeting_in_future', field: 'heldOn', date: today };
  if (courseStart !== null && heldOn < courseStart) return { code: 'meeting_before_course', field: 'heldOn', date: courseStart };
  if (previousHeldOn !== null && heldOn <= previousHeldOn)
    return { code: 'meeting_before_previous', field: 'heldOn', date: previousHeldOn };
  return null;
}

/** The actions a meeting follows up: due after the previous meeting (or ever, at the first) and by the meeting's day. */
export function isOnStatusAgenda(dueOn: IsoDate | null, previousHeldOn: IsoDate | null, heldOn: IsoDate): boolean {
  if (dueOn === null) return false;
  return (previousHeldOn === null || dueOn > previousHeldOn) && dueOn <= heldOn;
}

export type StatusDecisionProblem =
  | { readonly code: 'decision_owner_required'; readonly field: string }
  | { readonly code: 'decision_due_required'; readonly field: string }
  | { readonly code: 'decision_due_in_past'; readonly field: string };

/** The first decision that cannot become a task: each needs an owner and a due date, today or later. */
export function findStatusDecisionProblem(
  decisions: readonly { readonly ownerUserId: string | null; readonly dueOn: IsoDate | null }[],
  today: IsoDate,
): StatusDecisionProblem | null {
  for (const [index, decision] of decisions.entries()) {
    if (decision.ownerUserId === null) return { code: 'decision_owner_required', field: `decisions.${index}.ownerUserId` };
    if (decision.dueOn === null) return { code: 'decision_due_required', field: `decisions.${index}.dueOn` };
    if (decision.dueOn < today) return { code: 'decision_due_in_past', field: `decisions.${index}.dueOn` };
  }
  return null;
}
