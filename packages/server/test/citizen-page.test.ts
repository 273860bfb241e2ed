/**
 * The citizen page in one request (issue 9 point 4): the same sections the section routes answer,
 * only those the reader reads (need-to-know), 404 outside the circle, and one audit event naming
 * what was shown.
 */
import { describe, expect, it } from 'vitest';
import { citizenPageSections, type CitizenPage, type CitizenPageSection } from '@hjemvej/contract';
import { call, signInAs, useTestApp, type Session } from './support/test-app';
import { municipalityWithCitizen, signedInMunicipality } from './support/scenarios';
import {
  createAssessment,
  createConsent,
  createCourseRegistration,
  createDecision,
  createFollowUp,
  createHousingAllocation,
  createHousingPeriod,
  createNetworkMeeting,
  createPlan,
  createShelterWithStaff,
  createStay,
  createSupportCourse,
  createTask,
  createUnit,
  createUser,
} from './support/factories';
import { auditEvents } from './support/audit-events';

const t = useTestApp();

/** A citizen with a record in every section, and colleagues with narrower reach. */
async function setting() {
  const m = await municipalityWithCitizen(t, { firstName: 'Palle', lastName: 'Sidesen' });
  const citizenId = m.citizen.id;
  const shelter = await createShelterWithStaff(t.db);
  await createHousingPeriod(t.db, { citizenId, category: 'shelter_110', fromDate: '2025-01-06' });
  await createStay(t.db, { citizenId, shelterId: shelter.organisation.id, admittedOn: '2025-01-06' });
  await createAssessment(t.db, { citizenId });
  await createPlan(t.db, { citizenId, kind: '142', madeOn: '2025-01-10' });
  await createDecision(t.db, { citizenId, organisationId: m.organisation.id });
  const allocation = await createHousingAllocation(t.db, { citizenId, allocatedOn: '2025-01-20', moveInOn: '2025-02-01' });
  const course = await createSupportCourse(t.db, {
    citizenId,
    teamUnitId: m.unit.id,
    workerUserId: m.caseworker.id,
    startedOn: '2025-01-20',
  });
  await createCourseRegistration(t.db, { supportCourseId: course.id, citizenId, registeredOn: '2025-01-21' });
  await createFollowUp(t.db, { citizenId, housingAllocationId: allocation.id, checkedOn: '2025-05-01' });
  await createConsent(t.db, { organisationId: m.organisation.id, citizenId, partnerId: m.partner.id, categories: ['identity'] });
  await createNetworkMeeting(t.db, { organisationId: m.organisation.id, citizenId });
  const jobcentre = await createUnit(t.db, m.organisation.id, { name: 'Jobcenter', kind: 'jobcenter' });
  const care = await createUnit(t.db, m.organisation.id, { name: 'Hjemmepleje', kind: 'hjemmepleje' });
  for (const unit of [m.unit, jobcentre, care])
    await createTask(t.db, { organisationId: m.organisation.id, citizenId, unitId: unit.id, title: `Opgave for ${unit.id}` });
  const jobUser = await createUser(t.db, m.organisation.id, { role: 'unit_member', unitIds: [jobcentre.id] });
  const careUser = await createUser(t.db, m.organisation.id, { role: 'unit_member', unitIds: [care.id] });
  const outsideUnit = await createUnit(t.db, m.organisation.id, { name: 'Andet jobcenter', kind: 'jobcenter' });
  const outsideUser = await createUser(t.db, m.organisation.id, { role: 'unit_member', unitIds: [outsideUnit.id] });
  return {
    ...m,
    course,
    job: await signInAs(t.app, jobUser),
    care: await signInAs(t.app, careUser),
    outside: await signInAs(t.app, outsideUser),
  };
}

/** The section routes the page used to call, by the page's section names. */
function sectionUrls(
  citizenId: string,
  courseIds: string[],
): Record<Exclude<CitizenPageSection, 'courseRegistrations'>, string> & {
  courseRegistrations: string[];
} {
  const base = `/api/citizens/${citizenId}`;
  return {
    emergencyAccesses: `${base}/emergency-accesses`,
    legalChecks: `${base}/legal-checks`,
    tasks: `${base}/tasks`,
    stays: `${base}/shelter-stays`,
    housingPeriods: `${base}/housing-periods`,
    assessments: `${base}/assessments`,
    plans: `${base}/plans`,
    decisions: `${base}/decisions`,
    versionHistory: `${base}/version-history`,
    housingProfile: `${base}/housing-profile`,
    housingAllocations: `${base}/housing-allocations`,
    supportCourses: `${base}/support-courses`,
    courseRegistrations: courseIds.map((id) => `/api/support-courses/${id}/registrations`),
    followUps: `${base}/follow-ups`,
    networkMeetings: `${base}/network-meetings`,
    consents: `${base}/consents`,
  };
}

async function readPage(session: Session, citizenId: string) {
  const response = await call(t.app, session, { method: 'GET', url: `/api/citizens/${citizenId}/page` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<CitizenPage>();
}

/** Every section the page shows equals what its own route answers the same reader. */
async function expectSectionsAsTheirRoutes(session: Session, page: CitizenPage) {
  const detail = await call(t.app, session, { method: 'GET', url: `/api/citizens/${page.citizen.id}` });
  expect(page.citizen).toEqual(detail.json());
  const urls = sectionUrls(page.citizen.id, page.supportCourses?.items.map((c) => c.id) ?? []);
  for (const name of page.sections) {
    const url = urls[name];
    const answers = [];
    for (const u of Array.isArray(url) ? url : [url]) {
      const response = await call(t.app, session, { method: 'GET', url: u });
      expect(response.statusCode, `${name}: ${response.body}`).toBe(200);
      answers.push(response.json());
    }
    expect(page[name], name).toEqual(Array.isArray(url) ? answers : answers[0]);
  }
  for (const name of Object.keys(urls) as CitizenPageSection[])
    if (!page.sections.includes(name)) expect(page[name], name).toBeNull();
}

async function eventsOf(userId: string, citizenId: string) {
  return auditEvents(t.db, { actorUserId: userId, citizenId }, ['action', 'subject_type', 'subject_id', 'changes', 'outcome']);
}

describe('the citizen page in one request', () => {
  it('shows the caseworker every section, each as its own route answers it, with one audit event naming them', async () => {
    const s = await setting();
    const before = await eventsOf(s.session.userId, s.citizen.id);
    const page = await readPage(s.session, s.citizen.id);
    const after = await eventsOf(s.session.userId, s.citizen.id);
    expect(after.slice(before.length)).toEqual([
      {
        action: 'citizen.page',
        subject_type: 'citizen',
        subject_id: s.citizen.id,
        changes: { sections: page.sections },
        outcome: 'ok',
      },
    ]);
    // Every section: the caseworker reads every category and carries the case.
    expect(page.sections).toEqual([...citizenPageSections]);
    expect(page.citizen.firstName).toBe('Palle');
    expect(page.supportCourses?.items.map((c) => c.id)).toEqual([s.course.id]);
    expect(page.courseRegistrations?.[0]?.items).toHaveLength(1);
    expect(page.stays?.items).toHaveLength(1);
    expect(page.networkMeetings?.items).toHaveLength(1);
    await expectSectionsAsTheirRoutes(s.session, page);
  });

  it('shows a jobcentre member and home care only the sections of their categories', async () => {
    const s = await setting();
    const job = await readPage(s.job, s.citizen.id);
    expect(job.citizen.access.categories).toEqual(['identity', 'contact', 'housing', 'plan_goals', 'tasks']);
    expect(job.sections).toEqual(['tasks', 'housingPeriods', 'housingProfile', 'housingAllocations']);
    await expectSectionsAsTheirRoutes(s.job, job);

    const care = await readPage(s.care, s.citizen.id);
    expect(care.sections).toEqual(['tasks', 'housingPeriods', 'assessments', 'housingProfile', 'housingAllocations']);
    await expectSectionsAsTheirRoutes(s.care, care);
    const events = await eventsOf(s.care.userId, s.citizen.id);
    expect(events.filter((e) => e.action === 'citizen.page').map((e) => e.changes)).toEqual([{ sections: care.sections }]);
  });

  it('is not found for another municipality and for a colleague outside the circle, like a citizen that does not exist', async () => {
    const s = await setting();
    const other = await signedInMunicipality(t);
    const missing = await call(t.app, s.session, {
      method: 'GET',
      url: '/api/citizens/00000000-0000-4000-8000-000000000000/page',
    });
    expect(missing.statusCode).toBe(404);
    for (const session of [other.session, s.outside]) {
      const response = await call(t.app, session, { method: 'GET', url: `/api/citizens/${s.citizen.id}/page` });
      expect(response.statusCode).toBe(404);
      expect(response.json()).toEqual(missing.json());
      expect(response.body).not.toContain('Sidesen');
    }
    const refused = await eventsOf(s.outside.userId, s.citizen.id);
    expect(refused.map((e) => e.action)).not.toContain('citizen.page');
  });
});
