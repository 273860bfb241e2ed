import { describe, expect, it } from 'vitest';
import { assignableRoles, hasPermission, isRoleAllowedInOrganisation, roleDefinitions, roles } from './roles';

describe('roles and permissions', () => {
  it('defines every role exactly once, each with at least one organisation kind', () => {
    expect(Object.keys(roleDefinitions).sort()).toEqual([...roles].sort());
    for (const role of roles) expect(roleDefinitions[role].organisationKinds.length).toBeGreaterThan(0);
  });

  it('lets administrators manage users and leaves caseworkers out', () => {
    expect(hasPermission('municipal_admin', 'users.manage')).toBe(true);
    expect(hasPermission('caseworker', 'users.manage')).toBe(false);
    expect(hasPermission('system_admin', 'system.manage')).toBe(true);
  });

  it('never gives the national consultant access to individuals', () => {
    expect(hasPermission('national_consultant', 'citizens.read')).toBe(false);
    expect(hasPermission('national_consultant', 'statistics.national')).toBe(true);
  });

  it('keeps shelter roles in shelters and municipal roles in municipalities', () => {
    expect(isRoleAllowedInOrganisation('shelter_staff', 'shelter')).toBe(true);
    expect(isRoleAllowedInOrganisation('shelter_staff', 'municipality')).toBe(false);
    expect(assignableRoles('municipality')).toEqual(['caseworker', 'support_worker', 'unit_member', 'leader', 'municipal_admin']);
    expect(assignableRoles('shelter')).toEqual(['shelter_staff', 'shelter_leader', 'leader']);
  });

  it('shows the full CPR number only to caseworkers, leaders and shelter leaders', () => {
    const withCpr = roles.filter((role) => hasPermission(role, 'citizens.cpr'));
    expect(withCpr.sort()).toEqual(['caseworker', 'leader', 'shelter_leader']);
    for (const role of withCpr) expect(hasPermission(role, 'citizens.read')).toBe(true);
  });
});
