import { describe, expect, it } from 'vitest';
import {
  abilitiesOf,
  agreementRules,
  programmeRules,
  citizenAbilityNames,
  citizenRules,
  stayRules,
  taskAbilityNames,
  taskRules,
  taskforceApplicationRules,
  taskforceCourseRules,
  taskforceReachOf,
  taskforceCourseReachOf,
  reachesTaskforceCourse,
  mayJoinTaskforceStaff,
  type PolicyActor,
} from './policies';
import type { OrganisationKind, Role } from './roles';

const actor = (
  role: Role,
  organisationKind: OrganisationKind,
  organisationId = 'org-1',
  unitIds: string[] = [],
): PolicyActor => ({
  role,
  organisationKind,
  organisationId,
  unitIds,
});

const ownCitizen = { handlekommuneId: 'org-1' };
const otherCitizen = { handlekommuneId: 'org-2' };

describe('citizen policy', () => {
  it('lets the municipality write the course and a shelter only read it', () => {
    expect(citizenRules.writeCourse(actor('caseworker', 'municipality'), ownCitizen)).toBe(true);
    expect(citizenRules.writeCourse(actor('shelter_staff', 'shelter'), ownCitizen)).toBe(false);
    expect(citizenRules.writeCourse(actor('municipal_admin', 'municipality'), ownCitizen)).toBe(false);
  });

  it('lets only a § 110 shelter admit', () => {
    expect(citizenRules.admit(actor('shelter_staff', 'shelter'), ownCitizen)).toBe(true);
    expect(citizenRules.admit(actor('leader', 'shelter'), ownCitizen)).toBe(true);
    expect(citizenRules.admit(actor('caseworker', 'municipality'), ownCitizen)).toBe(false);
  });

  it('keeps meetings and consents with the handlekommune', () => {
    const caseworker = actor('caseworker', 'municipality');
    expect(citizenRules.holdMeetings(caseworker, ownCitizen)).toBe(true);
    expect(citizenRules.holdMeetings(caseworker, otherCitizen)).toBe(false);
    expect(citizenRules.holdMeetings(caseworker, { handlekommuneId: null })).toBe(false);
    expect(citizenRules.manageConsents(caseworker, ownCitizen)).toBe(true);
    expect(citizenRules.manageConsents(actor('unit_member', 'municipality'), ownCitizen)).toBe(false);
    // A shelter whose id happened to equal the handlekommune is still no municipality.
    expect(citizenRules.manageConsents(actor('leader', 'shelter'), ownCitizen)).toBe(false);
  });

  it('answers every rule as an ability, named can…', () => {
    const abilities = abilitiesOf(citizenRules, actor('support_worker', 'municipality'), ownCitizen);
    expect(Object.keys(abilities).sort()).toEqual([...citizenAbilityNames].sort());
    expect(abilities).toEqual({
      canEdit: true,
      canRevealCpr: false,
      canWriteCourse: true,
      canWriteHousing: true,
      canCreateTasks: true,
      canAdmit: false,
      canHoldMeetings: true,
      canManageConsents: true,
    });
  });
});

describe('stay policy', () => {
  it('lets only the shelter where the stay is change it', () => {
    expect(stayRules.edit(actor('shelter_staff', 'shelter', 'shelter-1'), { shelterId: 'shelter-1' })).toBe(true);
    expect(stayRules.edit(actor('shelter_staff', 'shelter', 'shelter-2'), { shelterId: 'shelter-1' })).toBe(false);
    expect(stayRules.edit(actor('caseworker', 'municipality', 'shelter-1'), { shelterId: 'shelter-1' })).toBe(false);
  });
});

describe('agreement policy', () => {
  it('lets only the organisation that wrote the agreement change it', () => {
    expect(agreementRules.edit(actor('leader', 'municipality', 'org-1'), { organisationId: 'org-1' })).toBe(true);
    expect(agreementRules.edit(actor('leader', 'shelter', 'org-2'), { organisationId: 'org-1' })).toBe(false);
    expect(agreementRules.edit(actor('caseworker', 'municipality', 'org-1'), { organisationId: 'org-1' })).toBe(false);
  });
});

describe('task policy', () => {
  const task = { unitId: 'unit-1', organisationId: 'org-1' };

  it('lets the unit work its task and others who see it comment', () => {
    const member = actor('unit_member', 'municipality', 'org-1', ['unit-1']);
    const caseworker = actor('caseworker', 'municipality', 'org-1', ['unit-2']);
    expect(abilitiesOf(taskRules, member, task)).toMatchObject({ canWork: true, canComment: true });
    expect(abilitiesOf(taskRules, caseworker, task)).toMatchObject({ canWork: false, canComment: true, canMarkUrgent: true });
    expect(Object.keys(abilitiesOf(taskRules, member, task)).sort()).toEqual([...taskAbilityNames].sort());
  });

  it('lets a partner mark urgent only in its own unit', () => {
    expect(taskRules.markUrgent(actor('partner_member', 'partner', 'p-1', ['unit-1']), task)).toBe(true);
    expect(taskRules.markUrgent(actor('partner_member', 'partner', 'p-1', ['unit-9']), task)).toBe(false);
  });

  it('lets a leader of the task’s organisation reopen it without being a member', () => {
    expect(taskRules.reopen(actor('leader', 'municipality', 'org-1'), task)).toBe(true);
    expect(taskRules.reopen(actor('leader', 'municipality', 'org-2'), task)).toBe(false);
    expect(taskRules.reopen(actor('caseworker', 'municipality', 'org-1'), task)).toBe(false);
  });

  it('lets only those who read the whole course write it; the allocation unit writes housing (need-to-know)', () => {
    const jobcentre: PolicyActor = { ...actor('unit_member', 'municipality'), unitKinds: ['jobcenter'] };
    const allocation: PolicyActor = { ...actor('unit_member', 'municipality'), unitKinds: ['boliganvisning'] };
    const support: PolicyActor = { ...actor('support_worker', 'municipality'), unitKinds: ['cti'] };
    expect(citizenRules.writeCourse(jobcentre, ownCitizen)).toBe(false);
    expect(citizenRules.writeHousing(jobcentre, ownCitizen)).toBe(false);
    expect(citizenRules.writeCourse(allocation, ownCitizen)).toBe(false);
    expect(citizenRules.writeHousing(allocation, ownCitizen)).toBe(true);
    expect(citizenRules.writeCourse(support, ownCitizen)).toBe(true);
    expect(citizenRules.writeHousing(support, ownCitizen)).toBe(true);
    expect(citizenRules.manageConsents(jobcentre, ownCitizen)).toBe(false);
    expect(citizenRules.createTasks(jobcentre, ownCitizen)).toBe(true);
    expect(citizenRules.createTasks(actor('shelter_staff', 'shelter'), ownCitizen)).toBe(false);
  });
});

describe('programme policy', () => {
  const programme = { organisationId: 'agency-1' };
  it('lets the owning agency’s consultants manage the programme', () => {
    expect(programmeRules.manage(actor('national_consultant', 'national_agency', 'agency-1'), programme)).toBe(true);
  });
  it('refuses another agency’s consultant', () => {
    expect(programmeRules.manage(actor('national_consultant', 'national_agency', 'agency-2'), programme)).toBe(false);
  });
  it('refuses every municipal, shelter, partner and operator role, even with the agency’s id', () => {
    const others: [Role, OrganisationKind][] = [
      ['leader', 'municipality'],
      ['municipal_admin', 'municipality'],
      ['caseworker', 'municipality'],
      ['shelter_leader', 'shelter'],
      ['partner_member', 'partner'],
      ['system_admin', 'operator'],
    ];
    for (const [role, kind] of others) expect(programmeRules.manage(actor(role, kind, 'agency-1'), programme)).toBe(false);
  });
});

describe('taskforce policy', () => {
  const consultant = { ...actor('national_consultant', 'national_agency', 'agency'), userId: 'consultant-1' };
  const leader = actor('leader', 'municipality', 'org-1');
  const admin = actor('municipal_admin', 'municipality', 'org-1');
  const otherAdmin = actor('municipal_admin', 'municipality', 'org-2');
  const caseworker = actor('caseworker', 'municipality', 'org-1');
  const shelterLeader = actor('leader', 'shelter', 'org-1');

  it('reaches every municipality for the taskforce, the own for leaders and administrators, none for others', () => {
    expect(taskforceReachOf(consultant)).toBe('all');
    expect(taskforceReachOf(leader)).toBe('own');
    expect(taskforceReachOf(admin)).toBe('own');
    expect(taskforceReachOf(caseworker)).toBe('none');
    expect(taskforceReachOf(shelterLeader)).toBe('none');
    expect(taskforceReachOf(actor('system_admin', 'operator'))).toBe('none');
  });

  it('lets the municipality change an open application and the taskforce decide it', () => {
    const open = { municipalityId: 'org-1', status: 'submitted' as const };
    const accepted = { municipalityId: 'org-1', status: 'accepted' as const };
    expect(taskforceApplicationRules.edit(admin, open)).toBe(true);
    expect(taskforceApplicationRules.edit(admin, accepted)).toBe(false);
    expect(taskforceApplicationRules.edit(otherAdmin, open)).toBe(false);
    expect(taskforceApplicationRules.edit(consultant, open)).toBe(false);
    expect(taskforceApplicationRules.decide(consultant, open)).toBe(true);
    expect(taskforceApplicationRules.decide(consultant, { ...open, status: 'deferred' })).toBe(true);
    expect(taskforceApplicationRules.decide(consultant, accepted)).toBe(false);
    expect(taskforceApplicationRules.decide(admin, open)).toBe(false);
  });

  it('lets the taskforce plan the course and both sides name people and mark activities done', () => {
    const course = { municipalityId: 'org-1', staffUserIds: ['consultant-1'] };
    expect(taskforceCourseRules.plan(consultant, course)).toBe(true);
    expect(taskforceCourseRules.plan(leader, course)).toBe(false);
    expect(taskforceCourseRules.editOrganisation(leader, course)).toBe(true);
    expect(taskforceCourseRules.editOrganisation(otherAdmin, course)).toBe(false);
    expect(taskforceCourseRules.markDone(consultant, course)).toBe(true);
    expect(taskforceCourseRules.markDone(caseworker, course)).toBe(false);
    expect(taskforceCourseRules.freezeData(consultant, course)).toBe(true);
    expect(taskforceCourseRules.freezeData(leader, course)).toBe(false);
    expect(taskforceCourseRules.editPlan(leader, course)).toBe(true);
    expect(taskforceCourseRules.editPlan(consultant, course)).toBe(true);
    expect(taskforceCourseRules.editPlan(otherAdmin, course)).toBe(false);
  });

  it('reaches a course for the national people on its staff, the national administrator and the own municipality', () => {
    const course = { municipalityId: 'org-1', staffUserIds: ['consultant-1', 'reviewer-1'] };
    const offStaff = { ...consultant, userId: 'consultant-2' };
    const reviewer = { ...actor('legal_reviewer', 'national_agency', 'appeals'), userId: 'reviewer-1' };
    const otherReviewer = { ...reviewer, userId: 'reviewer-2' };
    const nationalAdmin = { ...actor('national_admin', 'national_agency', 'agency'), userId: 'admin-1' };
    expect(taskforceCourseReachOf(consultant)).toBe('staff');
    expect(taskforceCourseReachOf(reviewer)).toBe('staff');
    expect(taskforceCourseReachOf(nationalAdmin)).toBe('all');
    expect(taskforceCourseReachOf(leader)).toBe('own');
    expect(taskforceCourseReachOf(caseworker)).toBe('none');
    expect(taskforceCourseReachOf(actor('system_admin', 'operator'))).toBe('none');
    expect(reachesTaskforceCourse(consultant, course)).toBe(true);
    expect(reachesTaskforceCourse(offStaff, course)).toBe(false);
    expect(reachesTaskforceCourse(reviewer, course)).toBe(true);
    expect(reachesTaskforceCourse(otherReviewer, course)).toBe(false);
    expect(reachesTaskforceCourse(nationalAdmin, course)).toBe(true);
    expect(reachesTaskforceCourse(leader, course)).toBe(true);
    expect(reachesTaskforceCourse(otherAdmin, course)).toBe(false);
    expect(reachesTaskforceCourse(caseworker, course)).toBe(false);
    // A municipal administrator's users.manage is not the national one.
    expect(reachesTaskforceCourse(admin, { ...course, municipalityId: 'org-2' })).toBe(false);
    // The applications stay with every consultant: planning the seasons is national work.
    expect(taskforceReachOf(offStaff)).toBe('all');
  });

  it('lets only a consultant on the staff run the course, and the staff be managed by its consultants and the national administrator', () => {
    const course = { municipalityId: 'org-1', staffUserIds: ['consultant-1', 'reviewer-1'] };
    const offStaff = { ...consultant, userId: 'consultant-2' };
    const reviewer = { ...actor('legal_reviewer', 'national_agency', 'appeals'), userId: 'reviewer-1' };
    const nationalAdmin = { ...actor('national_admin', 'national_agency', 'agency'), userId: 'admin-1' };
    expect(taskforceCourseRules.plan(offStaff, course)).toBe(false);
    expect(taskforceCourseRules.editPlan(offStaff, course)).toBe(false);
    expect(taskforceCourseRules.plan(reviewer, course)).toBe(false);
    expect(taskforceCourseRules.plan(nationalAdmin, course)).toBe(false);
    expect(taskforceCourseRules.manageStaff(consultant, course)).toBe(true);
    expect(taskforceCourseRules.manageStaff(offStaff, course)).toBe(false);
    expect(taskforceCourseRules.manageStaff(reviewer, course)).toBe(false);
    expect(taskforceCourseRules.manageStaff(nationalAdmin, course)).toBe(true);
    expect(taskforceCourseRules.manageStaff(leader, course)).toBe(false);
    expect(taskforceCourseRules.manageStaff(admin, course)).toBe(false);
  });

  it('lets the taskforce’s consultants and reviewers join a course’s staff, nobody else', () => {
    expect(mayJoinTaskforceStaff({ role: 'national_consultant', organisationKind: 'national_agency' })).toBe(true);
    expect(mayJoinTaskforceStaff({ role: 'legal_reviewer', organisationKind: 'national_agency' })).toBe(true);
    expect(mayJoinTaskforceStaff({ role: 'national_admin', organisationKind: 'national_agency' })).toBe(false);
    expect(mayJoinTaskforceStaff({ role: 'leader', organisationKind: 'municipality' })).toBe(false);
    expect(mayJoinTaskforceStaff({ role: 'national_consultant', organisationKind: 'municipality' })).toBe(false);
  });
});
