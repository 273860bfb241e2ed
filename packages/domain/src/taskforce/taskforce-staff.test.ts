import { describe, expect, it } from 'vitest';
import { removalLeavesNoConsultant } from './taskforce-staff';

describe('removalLeavesNoConsultant', () => {
  const consultant = { userId: 'c1', role: 'national_consultant' as const };
  const other = { userId: 'c2', role: 'national_consultant' as const };
  const reviewer = { userId: 'r1', role: 'legal_reviewer' as const };

  it('refuses taking off the last consultant, even with reviewers left', () => {
    expect(removalLeavesNoConsultant([consultant, reviewer], 'c1')).toBe(true);
    expect(removalLeavesNoConsultant([consultant], 'c1')).toBe(true);
  });

  it('allows taking off a consultant while another stays, and any reviewer', () => {
    expect(removalLeavesNoConsultant([consultant, other, reviewer], 'c1')).toBe(false);
    expect(removalLeavesNoConsultant([consultant, reviewer], 'r1')).toBe(false);
  });

  it('has nothing to refuse for someone not on the staff', () => {
    expect(removalLeavesNoConsultant([consultant], 'nobody')).toBe(false);
  });
});
