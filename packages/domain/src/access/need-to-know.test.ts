import { describe, expect, it } from 'vitest';
import { consentCategories } from '../consent/sharing-rules';
import {
  categoryOfVumArea,
  dataCategories,
  emergencyAccessEndsAt,
  mayBeResponsibleCaseworker,
  mayRead,
  mayRegisterCitizens,
  needToKnowOf,
  roleNeedToKnow,
} from './need-to-know';
import { roles, type Role, type UnitKind } from './roles';

describe('need-to-know', () => {
  it('extends the partner consents’ vocabulary: one set of category names', () => {
    for (const category of consentCategories) expect(dataCategories).toContain(category);
  });

  it('has a rule with a Danish explanation for every role', () => {
    for (const role of roles) expect(roleNeedToKnow[role].explanationDa.length).toBeGreaterThan(10);
  });

  it('lets the authority’s caseworker reach the whole municipality and read everything', () => {
    const nk = needToKnowOf({ role: 'caseworker', organisationKind: 'municipality', unitKinds: ['myndighed'] });
    expect(nk.reach).toBe('municipality');
    expect(mayRead(nk, 'health')).toBe(true);
    expect(mayRead(nk, 'decisions')).toBe(true);
  });

  it('keeps a jobcentre member to its task’s citizens: name, contact, housing, tasks and plan goals, never the assessment', () => {
    const nk = needToKnowOf({ role: 'unit_member', organisationKind: 'municipality', unitKinds: ['jobcenter'] });
    expect(nk.reach).toBe('units');
    expect(nk.categories).toEqual(['identity', 'contact', 'housing', 'plan_goals', 'tasks']);
    for (const hidden of ['assessment', 'health', 'plans', 'decisions', 'stays', 'consents'] as const)
      expect(mayRead(nk, hidden)).toBe(false);
    expect(nk.mayUseEmergencyAccess).toBe(true);
  });

  it('gives home care the health areas without the social assessment, and the allocation unit its register', () => {
    const care = needToKnowOf({ role: 'unit_member', organisationKind: 'municipality', unitKinds: ['hjemmepleje'] });
    expect(mayRead(care, 'health')).toBe(true);
    expect(mayRead(care, 'assessment')).toBe(false);
    const allocation = needToKnowOf({ role: 'unit_member', organisationKind: 'municipality', unitKinds: ['boliganvisning'] });
    expect(allocation.reachesHousingRegister).toBe(true);
    expect(mayRead(allocation, 'assessment')).toBe(false);
  });

  it('unions the categories of a member’s units', () => {
    const nk = needToKnowOf({ role: 'unit_member', organisationKind: 'municipality', unitKinds: ['jobcenter', 'hjemmepleje'] });
    expect(nk.categories).toEqual(['identity', 'contact', 'housing', 'plan_goals', 'health', 'tasks']);
  });

  it('lets a leader reach the municipality through a myndighed unit, otherwise the units’ citizens', () => {
    expect(needToKnowOf({ role: 'leader', organisationKind: 'municipality', unitKinds: ['myndighed', 'cti'] }).reach).toBe(
      'municipality',
    );
    expect(needToKnowOf({ role: 'leader', organisationKind: 'municipality', unitKinds: ['cti'] }).reach).toBe('units');
    expect(needToKnowOf({ role: 'leader', organisationKind: 'shelter', unitKinds: ['shelter'] }).reach).toBe('shelter_residents');
  });

  it('gives administrators, consultants and operators nobody', () => {
    for (const role of ['municipal_admin', 'national_consultant', 'system_admin', 'partner_member'] as const) {
      const nk = needToKnowOf({ role, organisationKind: 'municipality', unitKinds: [] });
      expect(nk.reach).toBe('none');
      expect(nk.categories).toEqual([]);
      expect(nk.mayUseEmergencyAccess).toBe(false);
    }
  });

  it('lets the authority and the shelters register citizens, not a unit that reaches only its own', () => {
    expect(
      mayRegisterCitizens(needToKnowOf({ role: 'caseworker', organisationKind: 'municipality', unitKinds: ['myndighed'] })),
    ).toBe(true);
    expect(mayRegisterCitizens(needToKnowOf({ role: 'shelter_staff', organisationKind: 'shelter', unitKinds: [] }))).toBe(true);
    expect(
      mayRegisterCitizens(needToKnowOf({ role: 'unit_member', organisationKind: 'municipality', unitKinds: ['jobcenter'] })),
    ).toBe(false);
  });

  it('files health areas of the assessment under health', () => {
    expect(categoryOfVumArea('mental_functions')).toBe('health');
    expect(categoryOfVumArea('relations')).toBe('assessment');
  });

  it('ends an emergency access after four hours', () => {
    expect(emergencyAccessEndsAt(new Date('2026-12-05T10:00:00Z')).toISOString()).toBe('2026-12-05T14:00:00.000Z');
  });
});

describe('mayBeResponsibleCaseworker', () => {
  const municipal = (role: Role, unitKinds: UnitKind[] = []) => ({ role, organisationKind: 'municipality' as const, unitKinds });

  it('is the users who carry the municipality’s cases', () => {
    expect(mayBeResponsibleCaseworker(municipal('caseworker'))).toBe(true);
    expect(mayBeResponsibleCaseworker(municipal('leader'))).toBe(true);
    expect(mayBeResponsibleCaseworker(municipal('leader', ['myndighed']))).toBe(true);
    expect(mayBeResponsibleCaseworker(municipal('unit_member', ['myndighed']))).toBe(true);
  });

  it('is nobody who reaches only their units’ citizens, reads part of them, or works elsewhere', () => {
    expect(mayBeResponsibleCaseworker(municipal('support_worker', ['cti']))).toBe(false);
    expect(mayBeResponsibleCaseworker(municipal('leader', ['cti']))).toBe(false);
    expect(mayBeResponsibleCaseworker(municipal('unit_member', ['jobcenter']))).toBe(false);
    expect(mayBeResponsibleCaseworker(municipal('municipal_admin'))).toBe(false);
    expect(mayBeResponsibleCaseworker({ role: 'shelter_staff', organisationKind: 'shelter', unitKinds: [] })).toBe(false);
    expect(mayBeResponsibleCaseworker({ role: 'leader', organisationKind: 'shelter', unitKinds: [] })).toBe(false);
  });
});
