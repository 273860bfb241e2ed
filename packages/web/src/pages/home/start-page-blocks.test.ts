import { describe, expect, it } from 'vitest';
import { hasPermission, type Role } from '@hjemvej/domain';
import { startPageBlocks } from './start-page-blocks';

const as = (role: Role) => (permission: Parameters<typeof hasPermission>[1]) => hasPermission(role, permission);

describe('the start page per role', () => {
  it('gives the caseworker tasks and the citizens needing attention, the leader the oversight too', () => {
    expect(startPageBlocks(as('caseworker'), 'municipality')).toEqual(['myTasks', 'attention']);
    expect(startPageBlocks(as('leader'), 'municipality')).toEqual(['myTasks', 'attention', 'oversight']);
  });

  it('gives whoever may carry cases their own citizens first', () => {
    expect(startPageBlocks(as('caseworker'), 'municipality', 'caseworker', true)[0]).toBe('myCitizens');
    expect(startPageBlocks(as('support_worker'), 'municipality', 'support_worker', false)).not.toContain('myCitizens');
  });

  it('gives a partner their tasks and the flowcards they are a lane in, and an administrator none of the casework', () => {
    expect(startPageBlocks(as('partner_member'), 'partner')).toEqual(['myTasks', 'lanes']);
    expect(startPageBlocks(as('municipal_admin'), 'municipality')).toEqual([]);
  });

  it('gives the support worker their caseload first', () => {
    expect(startPageBlocks(as('support_worker'), 'municipality', 'support_worker')).toEqual(['caseload', 'myTasks', 'attention']);
    expect(startPageBlocks(as('caseworker'), 'municipality', 'caseworker')).not.toContain('caseload');
  });

  it('tells the caseworker of the municipality’s citizens newly admitted to a shelter', () => {
    expect(startPageBlocks(as('caseworker'), 'municipality', 'caseworker')).toEqual(['myTasks', 'attention', 'admissions']);
    expect(startPageBlocks(as('shelter_staff'), 'shelter', 'shelter_staff')).not.toContain('admissions');
  });

  it('gives a shelter’s staff and leader their residents first', () => {
    expect(startPageBlocks(as('shelter_staff'), 'shelter', 'shelter_staff')).toEqual(['residents', 'myTasks', 'attention']);
    expect(startPageBlocks(as('shelter_leader'), 'shelter', 'shelter_leader')).toContain('residents');
    expect(startPageBlocks(as('caseworker'), 'municipality', 'caseworker')).not.toContain('residents');
  });

  it('gives the system administrator the organisations and their users', () => {
    expect(startPageBlocks(as('system_admin'), 'operator')).toEqual(['organisations']);
  });
});
