import { describe, expect, it } from 'vitest';
import { findStatusDecisionProblem, findStatusMeetingProblem, isOnStatusAgenda } from './status-meeting';

describe('a status meeting', () => {
  const base = { today: '2026-06-10', courseStart: '2025-09-01', previousHeldOn: '2026-03-01' };

  it('is held by today, inside the course and after the previous meeting', () => {
    expect(findStatusMeetingProblem({ ...base, heldOn: '2026-06-10' })).toBeNull();
    expect(findStatusMeetingProblem({ ...base, heldOn: '2026-06-11' })).toEqual({
      code: 'meeting_in_future',
      field: 'heldOn',
      date: '2026-06-10',
    });
    expect(findStatusMeetingProblem({ ...base, previousHeldOn: null, heldOn: '2025-08-31' })?.code).toBe('meeting_before_course');
    expect(findStatusMeetingProblem({ ...base, heldOn: '2026-03-01' })?.code).toBe('meeting_before_previous');
  });

  it('follows up the actions due since the previous meeting, up to its day', () => {
    expect(isOnStatusAgenda(null, null, '2026-06-10')).toBe(false);
    expect(isOnStatusAgenda('2025-10-01', null, '2026-06-10')).toBe(true);
    expect(isOnStatusAgenda('2026-03-01', '2026-03-01', '2026-06-10')).toBe(false);
    expect(isOnStatusAgenda('2026-03-02', '2026-03-01', '2026-06-10')).toBe(true);
    expect(isOnStatusAgenda('2026-06-11', '2026-03-01', '2026-06-10')).toBe(false);
  });

  it('refuses a decision without an owner or a due date, or due in the past, naming the field', () => {
    const ok = { ownerUserId: 'u', dueOn: '2026-07-01' };
    expect(findStatusDecisionProblem([ok], '2026-06-10')).toBeNull();
    expect(findStatusDecisionProblem([ok, { ownerUserId: null, dueOn: '2026-07-01' }], '2026-06-10')).toEqual({
      code: 'decision_owner_required',
      field: 'decisions.1.ownerUserId',
    });
    expect(findStatusDecisionProblem([{ ownerUserId: 'u', dueOn: null }], '2026-06-10')?.field).toBe('decisions.0.dueOn');
    expect(findStatusDecisionProblem([{ ownerUserId: 'u', dueOn: '2026-06-09' }], '2026-06-10')?.code).toBe(
      'decision_due_in_past',
    );
  });
});
