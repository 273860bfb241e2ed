import { describe, expect, it } from 'vitest';
import type { CourseSnapshot } from '../course/snapshot';
import { dueWithin } from './due-soon';

const base: CourseSnapshot = { citizenId: 'c1', stays: [], plans: [], decisions: [], housingAllocations: [], supportCourses: [] };
const stay = (admittedOn: string, notifiedOn: string | null = null) => ({
  id: 's1',
  admittedOn,
  dischargedOn: null,
  handlekommuneNotifiedOn: notifiedOn,
});

describe('dueWithin', () => {
  it('finds nothing for a course the rules ask nothing of', () => {
    expect(dueWithin(base, '2025-03-03', 7)).toEqual({ overdue: [], due: [] });
  });

  it('calls what the rules miss today overdue, and what they warn of due', () => {
    // Admitted Monday, not notified: the notification is pending (warning), the § 142 plan missing.
    const result = dueWithin({ ...base, stays: [stay('2025-03-03')] }, '2025-03-03', 7);
    expect(result.overdue.map((f) => f.ruleId)).toContain('shelter_plan_142');
    expect(result.due.map((f) => [f.ruleId, f.asOf])).toEqual([['handlekommune_notification_110_6', '2025-03-03']]);
  });

  it('calls due what would need action by the window’s last day', () => {
    // A stay that begins in four days: no plan is asked for today, but it is within the week.
    const result = dueWithin({ ...base, stays: [stay('2025-03-07', '2025-03-07')] }, '2025-03-03', 7);
    expect(result.overdue).toEqual([]);
    expect(result.due).toEqual(
      expect.arrayContaining([expect.objectContaining({ ruleId: 'shelter_plan_142', status: 'missing', asOf: '2025-03-10' })]),
    );
  });

  it('counts a finding once, overdue before due', () => {
    const result = dueWithin({ ...base, stays: [stay('2025-01-06')] }, '2025-03-03', 7);
    const keys = [...result.overdue, ...result.due].map((f) => `${f.ruleId}:${f.subjectId ?? ''}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(result.overdue.map((f) => f.ruleId)).toEqual(
      expect.arrayContaining(['shelter_plan_142', 'handlekommune_notification_110_6']),
    );
  });
});
