/**
 * Every route that reads or changes data is probed by a user of ANOTHER municipality.
 * Item routes must answer 404, exactly like a record that does not exist; collection
 * routes 403 or an answer without any of the other municipality's data. A new route
 * without a probe here makes this suite fail.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { InjectOptions } from 'fastify';
import { sql } from 'kysely';
import { hasPermission, planTaskforcePhases, type Role } from '@hjemvej/domain';
import { securedRoutes } from '../src/http/secured-route';
import type { Db } from '../src/database/connection';
import { call, signIn, signInAs, useTestApp, type Session } from './support/test-app';
import {
  createCitizen,
  createHousingPeriod,
  createMunicipalityWithStaff,
  createShelterWithStaff,
  createStay,
  createUnit,
  createUser,
} from './support/factories';
import { createAssessment, createDecision, createPlan } from './support/factories';
import { createCourseRegistration, createFollowUp, createHousingAllocation, createSupportCourse } from './support/factories';
import { createAgreement, createConsent, createFlowcard, createNetworkMeeting, createTask } from './support/factories';
import { createAgencyWithConsultant, createProgramme } from './support/factories';
import {
  createAllocationAgreement,
  createDwelling,
  createGuaranteeCase,
  createHousingOffer,
  createVacancy,
  makeHousingAssociation,
} from './support/housing-supply-factories';
import {
  createTaskforceApplication,
  createTaskforceCourse,
  createTaskforceDataPackage,
  createTaskforcePlan,
  createTaskforceReport,
} from './support/taskforce-factories';
import { createTaskforceCaseReview } from './support/taskforce-case-review-factories';
import { auditEvent, auditEvents } from './support/audit-events';

/** A municipality with staff and a partner, a citizen with a linked duplicate, a housing period and a stay at a shelter. */
async function createOwner(db: Db) {
  const staff = await createMunicipalityWithStaff(db);
  const shelter = await createShelterWithStaff(db);
  const citizen = await createCitizen(db, { handlekommuneId: staff.organisation.id });
  await db.updateTable('citizens').set({ responsible_user_id: staff.caseworker.id }).where('id', '=', citizen.id).execute();
  const duplicate = await createCitizen(db, { handlekommuneId: staff.organisation.id, cpr: citizen.cpr });
  const linked = await createCitizen(db, { handlekommuneId: staff.organisation.id });
  await db.updateTable('citizens').set({ merged_into_id: citizen.id }).where('id', '=', linked.id).execute();
  const period = await createHousingPeriod(db, { citizenId: citizen.id, category: 'shelter_110', fromDate: '2025-01-06' });
  const stay = await createStay(db, { citizenId: citizen.id, shelterId: shelter.organisation.id, admittedOn: '2025-01-06' });
  const assessment = await createAssessment(db, { citizenId: citizen.id });
  const plan = await createPlan(db, { citizenId: citizen.id, kind: '142', madeOn: '2025-01-10' });
  const decision = await createDecision(db, { citizenId: citizen.id, organisationId: staff.organisation.id });
  const allocation = await createHousingAllocation(db, {
    citizenId: citizen.id,
    allocatedOn: '2025-01-20',
    moveInOn: '2025-02-01',
  });
  const course = await createSupportCourse(db, {
    citizenId: citizen.id,
    teamUnitId: staff.unit.id,
    workerUserId: staff.caseworker.id,
    startedOn: '2025-01-20',
  });
  const registration = await createCourseRegistration(db, {
    supportCourseId: course.id,
    citizenId: citizen.id,
    registeredOn: '2025-01-21',
  });
  const followUp = await createFollowUp(db, {
    citizenId: citizen.id,
    housingAllocationId: allocation.id,
    checkedOn: '2025-05-01',
  });
  const flowcard = await createFlowcard(db, {
    organisationId: staff.organisation.id,
    steps: [{ key: 'a', title: 'Ejerens trin', responsibleUnitId: staff.unit.id, checklist: ['Punkt'] }],
  });
  const task = await createTask(db, {
    organisationId: staff.organisation.id,
    citizenId: citizen.id,
    unitId: staff.unit.id,
    title: 'Ejerens opgave',
    dueOn: '2025-01-01',
  });
  const doneTask = await createTask(db, {
    organisationId: staff.organisation.id,
    citizenId: citizen.id,
    unitId: staff.unit.id,
    status: 'done',
  });
  const consent = await createConsent(db, {
    organisationId: staff.organisation.id,
    citizenId: citizen.id,
    partnerId: staff.partner.id,
    categories: ['identity', 'housing'],
  });
  const meeting = await createNetworkMeeting(db, { organisationId: staff.organisation.id, citizenId: citizen.id });
  const agreement = await createAgreement(db, {
    organisationId: staff.organisation.id,
    parties: [{ unitId: staff.unit.id, organisationId: staff.organisation.id }, { organisationId: staff.partner.id }],
  });
  await makeHousingAssociation(db, staff.partner.id);
  const allocationAgreement = await createAllocationAgreement(db, {
    organisationId: staff.organisation.id,
    housingOrganisationId: staff.partner.id,
  });
  const dwelling = await createDwelling(db, {
    organisationId: staff.organisation.id,
    housingOrganisationId: staff.partner.id,
    agreementId: allocationAgreement.id,
  });
  const vacancy = await createVacancy(db, {
    organisationId: staff.organisation.id,
    dwellingId: dwelling.id,
    availableFrom: '2025-02-01',
  });
  const offer = await createHousingOffer(db, {
    organisationId: staff.organisation.id,
    vacancyId: vacancy.id,
    citizenId: citizen.id,
  });
  const guaranteeCase = await createGuaranteeCase(db, { organisationId: staff.organisation.id, dwellingId: dwelling.id });
  const emergencyAccess = await db
    .insertInto('emergency_accesses')
    .values({
      organisation_id: staff.organisation.id,
      user_id: staff.caseworker.id,
      citizen_id: citizen.id,
      reason: 'Ejerens nødadgang til prøven',
      expires_at: new Date(Date.now() + 3_600_000),
      reviewed_at: null,
      reviewed_by_user_id: null,
      review_note: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  // A programme of a national agency with the owner municipality and shelter as members.
  const agency = await createAgencyWithConsultant(db);
  const programme = await createProgramme(db, {
    organisationId: agency.organisation.id,
    ownerUserId: agency.consultant.id,
    members: [{ organisationId: staff.organisation.id }, { organisationId: shelter.organisation.id }],
  });
  const taskforceApplication = await createTaskforceApplication(db, { municipalityId: staff.organisation.id });
  const acceptedApplication = await createTaskforceApplication(db, {
    municipalityId: staff.organisation.id,
    status: 'accepted',
    season: { year: 2025, term: 'autumn' },
  });
  const taskforceCourse = await createTaskforceCourse(db, {
    applicationId: acceptedApplication.id,
    municipalityId: staff.organisation.id,
    staff: [agency.consultant.id],
  });
  const taskforcePackage = await createTaskforceDataPackage(db, {
    courseId: taskforceCourse.id,
    municipalityId: staff.organisation.id,
  });
  const taskforcePlan = await createTaskforcePlan(db, {
    courseId: taskforceCourse.id,
    packageId: taskforcePackage.id,
    ownerUserId: staff.caseworker.id,
  });
  const taskforceCaseReview = await createTaskforceCaseReview(db, {
    courseId: taskforceCourse.id,
    municipalityId: staff.organisation.id,
    reviewerOrganisationId: agency.organisation.id,
    citizenId: citizen.id,
  });
  const taskforceReport = await createTaskforceReport(db, { courseId: taskforceCourse.id, packageId: taskforcePackage.id });
  // A support team with a fidelity measurement (K14): about the team, but the municipality's own.
  const fidelityTeam = await createUnit(db, staff.organisation.id, { name: 'Ejerens CTI-team', kind: 'cti' });
  const fidelity = await db
    .insertInto('fidelity_measurements')
    .values({
      organisation_id: staff.organisation.id,
      unit_id: fidelityTeam.id,
      method: 'cti',
      measured_on: '2025-06-01',
      rater_type: 'self',
      collection_method: 'self_report',
      method_version: 1,
      common_version: 1,
      answers: JSON.stringify([{ itemId: 'cti.phased.1', answer: 'yes' }]),
      created_by_user_id: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return {
    fidelityTeam,
    fidelity,
    emergencyAccess,
    taskforceCaseReview,
    taskforceReport,
    taskforcePackage,
    taskforcePlan,
    agency,
    programme,
    taskforceApplication,
    taskforceCourse,
    ...staff,
    allocationAgreement,
    dwelling,
    vacancy,
    offer,
    guaranteeCase,
    flowcard,
    task,
    doneTask,
    shelter,
    citizen,
    duplicate,
    linked,
    period,
    stay,
    assessment,
    plan,
    decision,
    allocation,
    course,
    registration,
    followUp,
    consent,
    meeting,
    agreement,
  };
}

type Owner = Awaited<ReturnType<typeof createOwner>>;
type Probe = (owner: Owner) => Omit<InjectOptions, 'method'> & { url: string };

/** Routes anyone may call; each with the reason it needs no scope. */
const publicRoutes: Record<string, string> = {
  'GET /api/health': 'no data',
  'GET /api/openapi.json': 'API description only',
  'GET /api/auth/session': 'the caller’s own session',
  'POST /api/auth/sign-in': 'signing in',
  'POST /api/auth/sign-out': 'ends the caller’s own session',
  'GET /api/auth/oidc/start': 'redirect to the identity provider',
  'GET /api/auth/oidc/callback': 'return from the identity provider',
};

/** The programme routes about one programme (probed by strangers, and by another agency's consultant). */
const programmeProbes: Record<string, Probe> = {
  'GET /api/programmes/:id': (o) => ({ url: `/api/programmes/${o.programme.id}` }),
  'PATCH /api/programmes/:id': (o) => ({ url: `/api/programmes/${o.programme.id}`, payload: { version: 1, name: 'Overtaget' } }),
  'POST /api/programmes/:id/members': (o) => ({
    url: `/api/programmes/${o.programme.id}/members`,
    payload: { organisationId: o.organisation.id, role: 'participant', methods: ['cti'], joinedOn: '2025-02-01' },
  }),
  'PATCH /api/programmes/:id/members/:memberId': (o) => ({
    url: `/api/programmes/${o.programme.id}/members/${o.programme.memberIds[0] ?? ''}`,
    payload: { role: 'ambassador' },
  }),
  'DELETE /api/programmes/:id/members/:memberId': (o) => ({
    url: `/api/programmes/${o.programme.id}/members/${o.programme.memberIds[0] ?? ''}`,
  }),
  'POST /api/programmes/:id/activities': (o) => ({
    url: `/api/programmes/${o.programme.id}/activities`,
    payload: { kind: 'phone_advice', occurredOn: '2025-03-01', topic: 'Overtaget' },
  }),
  'GET /api/programmes/:id/figures': (o) => ({
    url: `/api/programmes/${o.programme.id}/figures?from=2025-01-01&to=2025-12-31&referenceDate=2026-01-31`,
  }),
};

/** Item routes: addressed at the owner's records, they must answer 404 to a stranger. */
const itemProbes: Record<string, Probe> = {
  'GET /api/users/:id': (o) => ({ url: `/api/users/${o.caseworker.id}` }),
  'PATCH /api/users/:id': (o) => ({ url: `/api/users/${o.caseworker.id}`, payload: { displayName: 'Overtaget' } }),
  'POST /api/users/:id/password': (o) => ({
    url: `/api/users/${o.caseworker.id}/password`,
    payload: { password: 'en-helt-ny-adgangskode' },
  }),
  'PATCH /api/units/:id': (o) => ({ url: `/api/units/${o.unit.id}`, payload: { name: 'Overtaget' } }),
  'PATCH /api/partners/:id': (o) => ({ url: `/api/partners/${o.partner.id}`, payload: { name: 'Overtaget' } }),
  'DELETE /api/partners/:id': (o) => ({ url: `/api/partners/${o.partner.id}` }),
  'GET /api/citizens/:id': (o) => ({ url: `/api/citizens/${o.citizen.id}` }),
  'GET /api/citizens/:id/cpr': (o) => ({ url: `/api/citizens/${o.citizen.id}/cpr` }),
  'PATCH /api/citizens/:id': (o) => ({ url: `/api/citizens/${o.citizen.id}`, payload: { version: 1, firstName: 'Overtaget' } }),
  'POST /api/citizens/:id/link': (o) => ({
    url: `/api/citizens/${o.citizen.id}/link`,
    payload: { otherCitizenId: o.duplicate.id },
  }),
  'POST /api/citizens/:id/split': (o) => ({
    url: `/api/citizens/${o.citizen.id}/split`,
    payload: { otherCitizenId: o.linked.id },
  }),
  'GET /api/citizens/:id/housing-periods': (o) => ({ url: `/api/citizens/${o.citizen.id}/housing-periods` }),
  'POST /api/citizens/:id/housing-periods': (o) => ({
    url: `/api/citizens/${o.citizen.id}/housing-periods`,
    payload: { category: 'unknown', fromDate: '2025-02-03' },
  }),
  'PATCH /api/housing-periods/:id': (o) => ({ url: `/api/housing-periods/${o.period.id}`, payload: { toDate: '2025-01-07' } }),
  'GET /api/citizens/:id/shelter-stays': (o) => ({ url: `/api/citizens/${o.citizen.id}/shelter-stays` }),
  'POST /api/citizens/:id/shelter-stays': (o) => ({
    url: `/api/citizens/${o.citizen.id}/shelter-stays`,
    payload: { admittedOn: '2025-03-03', referral: 'self' },
  }),
  'PATCH /api/shelter-stays/:id': (o) => ({
    url: `/api/shelter-stays/${o.stay.id}`,
    payload: { version: 1, intake: { notes: 'Overtaget' } },
  }),
  'POST /api/shelter-stays/:id/notification': (o) => ({
    url: `/api/shelter-stays/${o.stay.id}/notification`,
    payload: { sentOn: '2025-01-07' },
  }),
  'POST /api/shelter-stays/:id/discharge': (o) => ({
    url: `/api/shelter-stays/${o.stay.id}/discharge`,
    payload: { dischargedOn: '2025-01-08', reason: 'other', destination: 'unknown' },
  }),
  'GET /api/citizens/:id/legal-checks': (o) => ({ url: `/api/citizens/${o.citizen.id}/legal-checks` }),
  'GET /api/citizens/:id/page': (o) => ({ url: `/api/citizens/${o.citizen.id}/page` }),
  'GET /api/citizens/:id/assessments': (o) => ({ url: `/api/citizens/${o.citizen.id}/assessments` }),
  'POST /api/citizens/:id/assessments': (o) => ({
    url: `/api/citizens/${o.citizen.id}/assessments`,
    payload: { assessedOn: '2025-02-03', citizenView: 'Overtaget' },
  }),
  'GET /api/assessments/:id': (o) => ({ url: `/api/assessments/${o.assessment.id}` }),
  'PATCH /api/assessments/:id': (o) => ({
    url: `/api/assessments/${o.assessment.id}`,
    payload: { version: 1, citizenView: 'Overtaget' },
  }),
  'GET /api/assessments/:id/versions': (o) => ({ url: `/api/assessments/${o.assessment.id}/versions` }),
  'GET /api/assessments/:id/versions/:version': (o) => ({ url: `/api/assessments/${o.assessment.id}/versions/1` }),
  'GET /api/assessments/:id/compare': (o) => ({ url: `/api/assessments/${o.assessment.id}/compare?from=1&to=1` }),
  'GET /api/citizens/:id/version-history': (o) => ({ url: `/api/citizens/${o.citizen.id}/version-history` }),
  'GET /api/citizens/:id/plans': (o) => ({ url: `/api/citizens/${o.citizen.id}/plans` }),
  'POST /api/citizens/:id/plans': (o) => ({
    url: `/api/citizens/${o.citizen.id}/plans`,
    payload: { kind: '141', madeOn: '2025-02-03' },
  }),
  'GET /api/plans/:id': (o) => ({ url: `/api/plans/${o.plan.id}` }),
  'PATCH /api/plans/:id': (o) => ({ url: `/api/plans/${o.plan.id}`, payload: { version: 1, citizenWishes: 'Overtaget' } }),
  'GET /api/plans/:id/versions': (o) => ({ url: `/api/plans/${o.plan.id}/versions` }),
  'GET /api/plans/:id/versions/:version': (o) => ({ url: `/api/plans/${o.plan.id}/versions/1` }),
  'GET /api/plans/:id/compare': (o) => ({ url: `/api/plans/${o.plan.id}/compare?from=1&to=1` }),
  'GET /api/citizens/:id/decisions': (o) => ({ url: `/api/citizens/${o.citizen.id}/decisions` }),
  'POST /api/citizens/:id/decisions': (o) => ({
    url: `/api/citizens/${o.citizen.id}/decisions`,
    payload: { kind: '85', outcome: 'granted', decidedOn: '2025-02-03' },
  }),
  'GET /api/decisions/:id': (o) => ({ url: `/api/decisions/${o.decision.id}` }),
  'PATCH /api/decisions/:id': (o) => ({ url: `/api/decisions/${o.decision.id}`, payload: { version: 1, reasons: 'Overtaget' } }),
  'GET /api/decisions/:id/versions': (o) => ({ url: `/api/decisions/${o.decision.id}/versions` }),
  'GET /api/decisions/:id/versions/:version': (o) => ({ url: `/api/decisions/${o.decision.id}/versions/1` }),
  'GET /api/decisions/:id/compare': (o) => ({ url: `/api/decisions/${o.decision.id}/compare?from=1&to=1` }),
  'GET /api/decisions/:id/letter': (o) => ({ url: `/api/decisions/${o.decision.id}/letter` }),
  'GET /api/citizens/:id/housing-allocations': (o) => ({ url: `/api/citizens/${o.citizen.id}/housing-allocations` }),
  'POST /api/citizens/:id/housing-allocations': (o) => ({
    url: `/api/citizens/${o.citizen.id}/housing-allocations`,
    payload: { address: 'Overtaget 1', allocatedOn: '2025-02-03' },
  }),
  'GET /api/housing-allocations/:id': (o) => ({ url: `/api/housing-allocations/${o.allocation.id}` }),
  'PATCH /api/housing-allocations/:id': (o) => ({
    url: `/api/housing-allocations/${o.allocation.id}`,
    payload: { version: 1, note: 'Overtaget' },
  }),
  'POST /api/housing-allocations/:id/move-in': (o) => ({
    url: `/api/housing-allocations/${o.allocation.id}/move-in`,
    payload: { version: 1, moveInOn: '2025-02-03' },
  }),
  'POST /api/housing-allocations/:id/follow-ups': (o) => ({
    url: `/api/housing-allocations/${o.allocation.id}/follow-ups`,
    payload: { milestone: 6, checkedOn: '2025-08-01', keepsHome: false },
  }),
  'GET /api/citizens/:id/follow-ups': (o) => ({ url: `/api/citizens/${o.citizen.id}/follow-ups` }),
  'PATCH /api/follow-ups/:id': (o) => ({ url: `/api/follow-ups/${o.followUp.id}`, payload: { version: 1, note: 'Overtaget' } }),
  'GET /api/citizens/:id/support-courses': (o) => ({ url: `/api/citizens/${o.citizen.id}/support-courses` }),
  'POST /api/citizens/:id/support-courses': (o) => ({
    url: `/api/citizens/${o.citizen.id}/support-courses`,
    payload: { method: 'icm', teamUnitId: o.unit.id, workerUserId: o.caseworker.id, startedOn: '2025-02-03' },
  }),
  'GET /api/support-courses/:id': (o) => ({ url: `/api/support-courses/${o.course.id}` }),
  'PATCH /api/support-courses/:id': (o) => ({
    url: `/api/support-courses/${o.course.id}`,
    payload: { version: 1, note: 'Overtaget' },
  }),
  'POST /api/support-courses/:id/end': (o) => ({
    url: `/api/support-courses/${o.course.id}/end`,
    payload: { version: 1, endedOn: '2025-02-03', endReason: 'other' },
  }),
  'PUT /api/support-courses/:id/cti-phases/:phase': (o) => ({
    url: `/api/support-courses/${o.course.id}/cti-phases/1`,
    payload: { version: 1, startedOn: '2025-02-03' },
  }),
  'GET /api/support-courses/:id/registrations': (o) => ({ url: `/api/support-courses/${o.course.id}/registrations` }),
  'GET /api/support-courses/:id/registrations/prefill': (o) => ({
    url: `/api/support-courses/${o.course.id}/registrations/prefill`,
  }),
  'POST /api/support-courses/:id/registrations': (o) => ({
    url: `/api/support-courses/${o.course.id}/registrations`,
    payload: { kind: 'status', registeredOn: '2025-03-01' },
  }),
  'PATCH /api/course-registrations/:id': (o) => ({
    url: `/api/course-registrations/${o.registration.id}`,
    payload: { version: 1, note: 'Overtaget' },
  }),
  'GET /api/course-registrations/:id/versions': (o) => ({ url: `/api/course-registrations/${o.registration.id}/versions` }),
  'GET /api/course-registrations/:id/versions/:version': (o) => ({
    url: `/api/course-registrations/${o.registration.id}/versions/1`,
  }),
  'GET /api/course-registrations/:id/compare': (o) => ({
    url: `/api/course-registrations/${o.registration.id}/compare?from=1&to=1`,
  }),
  'POST /api/support-courses/:id/contacts': (o) => ({
    url: `/api/support-courses/${o.course.id}/contacts`,
    payload: { contactOn: '2025-02-03', kind: 'visit', note: 'Overtaget' },
  }),
  // Flowcards (issue 4)
  'GET /api/flowcards/:id': (o) => ({ url: `/api/flowcards/${o.flowcard.id}` }),
  'PUT /api/flowcards/:id': (o) => ({
    url: `/api/flowcards/${o.flowcard.id}`,
    payload: {
      version: 1,
      name: 'Overtaget',
      steps: [{ key: 'a', title: 'Overtaget', responsibleUnitId: o.unit.id, deadlineWorkingDays: 1 }],
    },
  }),
  'PUT /api/flowcards/:id/archived': (o) => ({ url: `/api/flowcards/${o.flowcard.id}/archived`, payload: { isArchived: true } }),
  'GET /api/flowcards/:id/versions': (o) => ({ url: `/api/flowcards/${o.flowcard.id}/versions` }),
  'GET /api/flowcards/:id/versions/:version': (o) => ({ url: `/api/flowcards/${o.flowcard.id}/versions/1` }),
  'GET /api/flowcards/:id/compare': (o) => ({ url: `/api/flowcards/${o.flowcard.id}/compare?from=1&to=1` }),
  // Tasks (issue 4)
  'POST /api/citizens/:id/flowcard-runs': (o) => ({
    url: `/api/citizens/${o.citizen.id}/flowcard-runs`,
    payload: { flowcardId: o.flowcard.id },
  }),
  'GET /api/citizens/:id/tasks': (o) => ({ url: `/api/citizens/${o.citizen.id}/tasks` }),
  'POST /api/citizens/:id/tasks': (o) => ({
    url: `/api/citizens/${o.citizen.id}/tasks`,
    payload: { title: 'Overtaget', unitId: o.unit.id },
  }),
  'PUT /api/citizens/:id/urgent': (o) => ({ url: `/api/citizens/${o.citizen.id}/urgent`, payload: { urgent: true } }),
  'GET /api/tasks/:id': (o) => ({ url: `/api/tasks/${o.task.id}` }),
  'POST /api/tasks/:id/take': (o) => ({ url: `/api/tasks/${o.task.id}/take`, payload: {} }),
  'POST /api/tasks/:id/release': (o) => ({ url: `/api/tasks/${o.task.id}/release`, payload: {} }),
  'POST /api/tasks/:id/unblock': (o) => ({ url: `/api/tasks/${o.task.id}/unblock`, payload: {} }),
  'POST /api/tasks/:id/comments': (o) => ({ url: `/api/tasks/${o.task.id}/comments`, payload: { text: 'Overtaget' } }),
  'POST /api/tasks/:id/block': (o) => ({ url: `/api/tasks/${o.task.id}/block`, payload: { waitingFor: 'Overtaget' } }),
  'POST /api/tasks/:id/done': (o) => ({ url: `/api/tasks/${o.task.id}/done`, payload: {} }),
  'POST /api/tasks/:id/reopen': (o) => ({ url: `/api/tasks/${o.doneTask.id}/reopen`, payload: { reason: 'Overtaget' } }),
  'PUT /api/tasks/:id/urgent': (o) => ({ url: `/api/tasks/${o.task.id}/urgent`, payload: { urgent: true } }),
  'PUT /api/tasks/:id/checklist/:index': (o) => ({ url: `/api/tasks/${o.task.id}/checklist/0`, payload: { done: true } }),
  // Programmes: another agency's consultant gets 404 (below); municipal and shelter roles 403.
  ...programmeProbes,
  // Collaboration: consents, the partner's consented view, network meetings, agreements.
  'GET /api/citizens/:id/emergency-accesses': (o) => ({ url: `/api/citizens/${o.citizen.id}/emergency-accesses` }),
  'POST /api/emergency-accesses/:id/review': (o) => ({
    url: `/api/emergency-accesses/${o.emergencyAccess.id}/review`,
    payload: { note: 'Overtaget' },
  }),
  'GET /api/citizens/:id/consents': (o) => ({ url: `/api/citizens/${o.citizen.id}/consents` }),
  'POST /api/citizens/:id/consents': (o) => ({
    url: `/api/citizens/${o.citizen.id}/consents`,
    payload: {
      partnerId: o.partner.id,
      categories: ['housing'],
      purpose: 'Overtaget',
      givenOn: '2025-02-03',
      expiresOn: '2025-03-03',
    },
  }),
  'POST /api/consents/:id/withdraw': (o) => ({ url: `/api/consents/${o.consent.id}/withdraw`, payload: {} }),
  'GET /api/partner/citizens/:id': (o) => ({ url: `/api/partner/citizens/${o.citizen.id}` }),
  'GET /api/citizens/:id/network-meetings': (o) => ({ url: `/api/citizens/${o.citizen.id}/network-meetings` }),
  'POST /api/citizens/:id/network-meetings': (o) => ({
    url: `/api/citizens/${o.citizen.id}/network-meetings`,
    payload: { heldAt: '2025-02-03T10:00:00Z', title: 'Overtaget' },
  }),
  'GET /api/network-meetings/:id': (o) => ({ url: `/api/network-meetings/${o.meeting.id}` }),
  'PATCH /api/network-meetings/:id': (o) => ({
    url: `/api/network-meetings/${o.meeting.id}`,
    payload: { version: 1, notes: 'Overtaget' },
  }),
  'POST /api/network-meetings/:id/decisions': (o) => ({
    url: `/api/network-meetings/${o.meeting.id}/decisions`,
    payload: { text: 'Overtaget', ownerUnitId: o.unit.id, dueOn: '2025-04-01' },
  }),
  'GET /api/agreements/:id': (o) => ({ url: `/api/agreements/${o.agreement.id}` }),
  'PATCH /api/agreements/:id': (o) => ({ url: `/api/agreements/${o.agreement.id}`, payload: { version: 1, title: 'Overtaget' } }),
  // Housing supply (issue 12): dwellings, vacancies and offers are the owner municipality's and its housing association's.
  'POST /api/housing-supply/dwellings/:id/vacancies': (o) => ({
    url: `/api/housing-supply/dwellings/${o.dwelling.id}/vacancies`,
    payload: { availableFrom: '2025-03-01' },
  }),
  'GET /api/housing-supply/vacancies/:id': (o) => ({ url: `/api/housing-supply/vacancies/${o.vacancy.id}` }),
  'POST /api/housing-supply/vacancies/:id/end': (o) => ({
    url: `/api/housing-supply/vacancies/${o.vacancy.id}/end`,
    payload: { version: 1, endedOn: '2025-03-01', endReason: 'returned' },
  }),
  'GET /api/housing-supply/vacancies/:id/matches': (o) => ({ url: `/api/housing-supply/vacancies/${o.vacancy.id}/matches` }),
  'POST /api/housing-supply/vacancies/:id/offers': (o) => ({
    url: `/api/housing-supply/vacancies/${o.vacancy.id}/offers`,
    payload: { citizenId: o.citizen.id, offeredOn: '2025-03-01', answerDeadline: '2025-03-10' },
  }),
  'POST /api/housing-supply/offers/:id/answer': (o) => ({
    url: `/api/housing-supply/offers/${o.offer.id}/answer`,
    payload: { answer: 'accepted', version: 1, answeredOn: '2025-03-05' },
  }),
  'GET /api/citizens/:id/housing-profile': (o) => ({ url: `/api/citizens/${o.citizen.id}/housing-profile` }),
  'PUT /api/citizens/:id/housing-profile': (o) => ({
    url: `/api/citizens/${o.citizen.id}/housing-profile`,
    payload: {
      version: 0,
      wishedAreas: [],
      excludedAreas: [],
      householdSize: 1,
      affordableRent: 3500,
      needsAccessible: false,
      needs: '',
      readyToMoveOn: null,
      supportPlanned: false,
    },
  }),
  'PATCH /api/housing-supply/guarantee-cases/:id': (o) => ({
    url: `/api/housing-supply/guarantee-cases/${o.guaranteeCase.id}`,
    payload: { version: 1, note: 'Overtaget' },
  }),
  // The taskforce: a municipality's application reaches only the municipality and the national taskforce.
  'GET /api/taskforce/applications/:id': (o) => ({ url: `/api/taskforce/applications/${o.taskforceApplication.id}` }),
  'PATCH /api/taskforce/applications/:id': (o) => ({
    url: `/api/taskforce/applications/${o.taskforceApplication.id}`,
    payload: {
      version: 1,
      needs: { housingSupply: 'Overtaget', supportMethods: '', organisation: '', legalQuality: '' },
      expectations: 'Overtaget',
      contacts: [{ name: 'Fremmed', title: '', email: '', phone: '' }],
    },
  }),
  'POST /api/taskforce/applications/:id/decision': (o) => ({
    url: `/api/taskforce/applications/${o.taskforceApplication.id}/decision`,
    payload: { decision: 'decline', version: 1, reason: 'Overtaget' },
  }),
  'GET /api/taskforce/courses/:id': (o) => ({ url: `/api/taskforce/courses/${o.taskforceCourse.id}` }),
  'PUT /api/taskforce/courses/:id/phases': (o) => ({
    url: `/api/taskforce/courses/${o.taskforceCourse.id}/phases`,
    payload: {
      version: 1,
      phases: planTaskforcePhases('2025-09-01').map((p) => ({ ...p, actualStart: p.plannedStart })),
    },
  }),
  'POST /api/taskforce/courses/:id/activities': (o) => ({
    url: `/api/taskforce/courses/${o.taskforceCourse.id}/activities`,
    payload: { phase: 'analysis', kind: 'learning_activity', title: 'Overtaget', plannedOn: '2025-11-01' },
  }),
  'PATCH /api/taskforce/courses/:id/activities/:activityId': (o) => ({
    url: `/api/taskforce/courses/${o.taskforceCourse.id}/activities/${o.taskforceCourse.activityId}`,
    payload: { doneOn: '2025-09-08' },
  }),
  'PUT /api/taskforce/courses/:id/agreement': (o) => ({
    url: `/api/taskforce/courses/${o.taskforceCourse.id}/agreement`,
    payload: {
      version: 1,
      signedOn: null,
      document: 'Overtaget',
      dataScope: 'Overtaget',
      dataPeriodFrom: null,
      dataPeriodTo: null,
      dataAccess: '',
      dataValidUntil: null,
    },
  }),
  'PUT /api/taskforce/courses/:id/members': (o) => ({
    url: `/api/taskforce/courses/${o.taskforceCourse.id}/members`,
    payload: { version: 1, members: [{ body: 'steering_group', name: 'Overtaget', role: '' }] },
  }),
  // The frozen data package: the course's municipality and the taskforce only.
  'GET /api/taskforce/courses/:id/data-packages': (o) => ({
    url: `/api/taskforce/courses/${o.taskforceCourse.id}/data-packages`,
  }),
  'POST /api/taskforce/courses/:id/data-packages': (o) => ({
    url: `/api/taskforce/courses/${o.taskforceCourse.id}/data-packages`,
    payload: { from: '2025-01-01', to: '2025-06-30' },
  }),
  'GET /api/taskforce/courses/:id/data-packages/:packageId': (o) => ({
    url: `/api/taskforce/courses/${o.taskforceCourse.id}/data-packages/${o.taskforcePackage.id}`,
  }),
  // The development plan: the course's municipality and the taskforce only.
  'GET /api/taskforce/courses/:id/plan': (o) => ({ url: `/api/taskforce/courses/${o.taskforceCourse.id}/plan` }),
  'POST /api/taskforce/courses/:id/plan/points': (o) => ({
    url: `/api/taskforce/courses/${o.taskforceCourse.id}/plan/points`,
    payload: { theme: 'organisation', title: 'Overtaget' },
  }),
  'POST /api/taskforce/courses/:id/plan/points/:pointId/goals': (o) => ({
    url: `/api/taskforce/courses/${o.taskforceCourse.id}/plan/points/${o.taskforcePlan.pointId}/goals`,
    payload: {
      measure: 'k1_lead_time',
      baselinePackageId: o.taskforcePackage.id,
      target: 30,
      targetOn: '2027-06-30',
      ownerUserId: o.admin.id,
    },
  }),
  'POST /api/taskforce/courses/:id/plan/goals/:goalId/actions': (o) => ({
    url: `/api/taskforce/courses/${o.taskforceCourse.id}/plan/goals/${o.taskforcePlan.goalId}/actions`,
    payload: { title: 'Overtaget', ownerUserId: null, dueOn: null },
  }),
  'PUT /api/taskforce/courses/:id/plan/points/:pointId': (o) => ({
    url: `/api/taskforce/courses/${o.taskforceCourse.id}/plan/points/${o.taskforcePlan.pointId}`,
    payload: { theme: 'organisation', title: 'Overtaget' },
  }),
  'DELETE /api/taskforce/courses/:id/plan/points/:pointId': (o) => ({
    url: `/api/taskforce/courses/${o.taskforceCourse.id}/plan/points/${o.taskforcePlan.pointId}`,
  }),
  'PUT /api/taskforce/courses/:id/plan/goals/:goalId': (o) => ({
    url: `/api/taskforce/courses/${o.taskforceCourse.id}/plan/goals/${o.taskforcePlan.goalId}`,
    payload: { target: 1, targetOn: '2027-06-30', ownerUserId: o.admin.id },
  }),
  'DELETE /api/taskforce/courses/:id/plan/goals/:goalId': (o) => ({
    url: `/api/taskforce/courses/${o.taskforceCourse.id}/plan/goals/${o.taskforcePlan.goalId}`,
  }),
  'PUT /api/taskforce/courses/:id/plan/actions/:actionId': (o) => ({
    url: `/api/taskforce/courses/${o.taskforceCourse.id}/plan/actions/${o.taskforcePlan.actionId}`,
    payload: { title: 'Overtaget', ownerUserId: null, dueOn: null },
  }),
  'DELETE /api/taskforce/courses/:id/plan/actions/:actionId': (o) => ({
    url: `/api/taskforce/courses/${o.taskforceCourse.id}/plan/actions/${o.taskforcePlan.actionId}`,
  }),
  'POST /api/taskforce/courses/:id/plan/learning-activities': (o) => ({
    url: `/api/taskforce/courses/${o.taskforceCourse.id}/plan/learning-activities`,
    payload: { heldOn: '2026-01-10', theme: 'organisation', title: 'Overtaget' },
  }),
  // The status meetings: the course's municipality and the taskforce only.
  'GET /api/taskforce/courses/:id/status-meetings': (o) => ({
    url: `/api/taskforce/courses/${o.taskforceCourse.id}/status-meetings`,
  }),
  'POST /api/taskforce/courses/:id/status-meetings': (o) => ({
    url: `/api/taskforce/courses/${o.taskforceCourse.id}/status-meetings`,
    payload: { heldOn: '2026-01-10', minutes: 'Overtaget', decisions: [] },
  }),
  // The legal case review: the course's municipality, the taskforce and the review's reviewers only.
  'GET /api/taskforce/courses/:id/case-review': (o) => ({ url: `/api/taskforce/courses/${o.taskforceCourse.id}/case-review` }),
  'POST /api/taskforce/courses/:id/case-review': (o) => ({
    url: `/api/taskforce/courses/${o.taskforceCourse.id}/case-review`,
    payload: {
      periodFrom: '2025-01-01',
      periodTo: '2025-06-30',
      size: 1,
      stratifyBy: 'none',
      purpose: 'Overtaget stikprøve',
      accessUntil: '2026-12-31',
    },
  }),
  'GET /api/taskforce/courses/:id/case-review/cases/:caseId': (o) => ({
    url: `/api/taskforce/courses/${o.taskforceCourse.id}/case-review/cases/${o.taskforceCaseReview.caseId}`,
  }),
  'PUT /api/taskforce/courses/:id/case-review/cases/:caseId/answers': (o) => ({
    url: `/api/taskforce/courses/${o.taskforceCourse.id}/case-review/cases/${o.taskforceCaseReview.caseId}/answers`,
    payload: { answers: [] },
  }),
  'POST /api/taskforce/courses/:id/case-review/grant/end': (o) => ({
    url: `/api/taskforce/courses/${o.taskforceCourse.id}/case-review/grant/end`,
  }),
  // The analysis report, the anchoring plan and the effects: the course's municipality and the taskforce only.
  'GET /api/taskforce/courses/:id/report': (o) => ({ url: `/api/taskforce/courses/${o.taskforceCourse.id}/report` }),
  'PUT /api/taskforce/courses/:id/report': (o) => ({
    url: `/api/taskforce/courses/${o.taskforceCourse.id}/report`,
    payload: { version: 1, status: 'draft', dataPackageId: null, summary: 'Overtaget', analyses: {} },
  }),
  'POST /api/taskforce/courses/:id/report/recommendations': (o) => ({
    url: `/api/taskforce/courses/${o.taskforceCourse.id}/report/recommendations`,
    payload: { theme: 'organisation', title: 'Overtaget', evidenceMeasure: null, evidenceNote: 'Overtaget' },
  }),
  'PUT /api/taskforce/courses/:id/report/recommendations/:recommendationId': (o) => ({
    url: `/api/taskforce/courses/${o.taskforceCourse.id}/report/recommendations/${o.taskforceReport.recommendationId}`,
    payload: { version: 1, theme: 'organisation', title: 'Overtaget', evidenceMeasure: null, evidenceNote: 'Overtaget' },
  }),
  'DELETE /api/taskforce/courses/:id/report/recommendations/:recommendationId': (o) => ({
    url: `/api/taskforce/courses/${o.taskforceCourse.id}/report/recommendations/${o.taskforceReport.recommendationId}?version=1`,
  }),
  'POST /api/taskforce/courses/:id/report/recommendations/:recommendationId/development-point': (o) => ({
    url: `/api/taskforce/courses/${o.taskforceCourse.id}/report/recommendations/${o.taskforceReport.recommendationId}/development-point`,
  }),
  'GET /api/taskforce/courses/:id/report/pdf': (o) => ({ url: `/api/taskforce/courses/${o.taskforceCourse.id}/report/pdf` }),
  'GET /api/taskforce/courses/:id/anchoring': (o) => ({ url: `/api/taskforce/courses/${o.taskforceCourse.id}/anchoring` }),
  'PUT /api/taskforce/courses/:id/anchoring': (o) => ({
    url: `/api/taskforce/courses/${o.taskforceCourse.id}/anchoring`,
    payload: { version: 1, status: 'draft', description: 'Overtaget', items: [] },
  }),
  'GET /api/taskforce/courses/:id/effects': (o) => ({ url: `/api/taskforce/courses/${o.taskforceCourse.id}/effects` }),
  'GET /api/taskforce/courses/:id/effects/pdf': (o) => ({ url: `/api/taskforce/courses/${o.taskforceCourse.id}/effects/pdf` }),
  // The taskforce's people on the course: managed by its consultants and the national administrator only.
  'GET /api/taskforce/courses/:id/staff-candidates': (o) => ({
    url: `/api/taskforce/courses/${o.taskforceCourse.id}/staff-candidates`,
  }),
  'POST /api/taskforce/courses/:id/staff': (o) => ({
    url: `/api/taskforce/courses/${o.taskforceCourse.id}/staff`,
    payload: { userId: o.agency.consultant.id },
  }),
  'DELETE /api/taskforce/courses/:id/staff/:userId': (o) => ({
    url: `/api/taskforce/courses/${o.taskforceCourse.id}/staff/${o.agency.consultant.id}`,
  }),
};

/** Collection routes: scoped to the caller; the owner's records must not appear. */
const collectionProbes: Record<string, Probe> = {
  'GET /api/users': () => ({ url: '/api/users' }),
  'POST /api/users': (o) => ({
    url: '/api/users',
    payload: {
      displayName: 'Indtrænger',
      email: `ny.${o.unit.id.slice(0, 6)}@test.hjemvej.dk`,
      role: 'caseworker',
      unitIds: [o.unit.id],
      password: 'lang-nok-adgangskode',
    },
  }),
  'GET /api/roles': () => ({ url: '/api/roles' }),
  'GET /api/organisation': () => ({ url: '/api/organisation' }),
  'GET /api/units': () => ({ url: '/api/units' }),
  'GET /api/municipalities': () => ({ url: '/api/municipalities' }),
  // The system administrator's list: strangers' roles lack `system.manage` (403).
  'GET /api/organisations': () => ({ url: '/api/organisations' }),
  'GET /api/support-courses/caseload': () => ({ url: '/api/support-courses/caseload' }),
  // The owner's citizen has the owner's caseworker as responsible: a stranger's own list stays empty of it.
  'GET /api/citizens/mine': () => ({ url: '/api/citizens/mine' }),
  'GET /api/citizens/responsible-caseworkers': () => ({ url: '/api/citizens/responsible-caseworkers' }),
  'GET /api/shelter-stays/summary': () => ({ url: '/api/shelter-stays/summary' }),
  'POST /api/units': () => ({ url: '/api/units', payload: { name: 'Egen enhed', kind: 'other' } }),
  'GET /api/partners': () => ({ url: '/api/partners' }),
  'POST /api/partners': () => ({ url: '/api/partners', payload: { name: 'Egen partner', kind: 'partner', partnerType: 'ngo' } }),
  'GET /api/audit-events': (o) => ({ url: `/api/audit-events?userId=${o.caseworker.id}` }),
  'GET /api/home': () => ({ url: '/api/home' }),
  'PUT /api/me/preferences': () => ({ url: '/api/me/preferences', payload: { locale: 'en' } }),
  'GET /api/citizens': (o) => ({ url: `/api/citizens?search=${encodeURIComponent(o.citizen.lastName ?? '')}` }),
  // The same CPR number as the owner's citizen: the answer's possible duplicates must not reveal it.
  'POST /api/citizens': (o) => ({ url: '/api/citizens', payload: { cpr: o.citizen.cpr, alias: 'Indtrænger' } }),
  'GET /api/by-name-list': (o) => ({ url: `/api/by-name-list?search=${encodeURIComponent(o.citizen.lastName ?? '')}` }),
  // Flowcards (issue 4): the stranger's own only; a step in the owner's unit is refused as not own nor a partner's.
  'GET /api/flowcards': () => ({ url: '/api/flowcards?includeArchived=true' }),
  'GET /api/flowcards/unit-options': () => ({ url: '/api/flowcards/unit-options' }),
  // Templates propose the stranger's own and partners' units only, never the owner's.
  'GET /api/flowcards/templates': () => ({ url: '/api/flowcards/templates' }),
  // A lane is a step in one of the caller's own units: the owner's cards never reach the stranger.
  'GET /api/flowcards/lanes': () => ({ url: '/api/flowcards/lanes' }),
  'POST /api/flowcards': (o) => ({
    url: '/api/flowcards',
    payload: {
      name: 'Indtrænger',
      steps: [{ key: 'a', title: 'Indtrænger', responsibleUnitId: o.unit.id, deadlineWorkingDays: 1 }],
    },
  }),
  'GET /api/collaboration-settings': () => ({ url: '/api/collaboration-settings' }),
  'PUT /api/collaboration-settings': () => ({
    url: '/api/collaboration-settings',
    payload: { urgentDeadlineWorkingDays: 1, escalationMarginWorkingDays: 1, housingGoalDays: 30 },
  }),
  // Tasks and notifications (issue 4): the stranger's own units and notifications only.
  'GET /api/startable-flowcards': () => ({ url: '/api/startable-flowcards' }),
  'GET /api/task-units': () => ({ url: '/api/task-units' }),
  'GET /api/inbox': (o) => ({ url: `/api/inbox?unitId=${o.unit.id}` }),
  'GET /api/task-oversight': (o) => ({ url: `/api/task-oversight?unitId=${o.unit.id}` }),
  'GET /api/notifications': () => ({ url: '/api/notifications' }),
  'GET /api/notifications/unread-count': () => ({ url: '/api/notifications/unread-count' }),
  'POST /api/notifications/read': () => ({ url: '/api/notifications/read', payload: { all: true } }),
  'GET /api/partner/citizens': () => ({ url: '/api/partner/citizens' }),
  'GET /api/linked-units': () => ({ url: '/api/linked-units' }),
  'GET /api/agreements': () => ({ url: '/api/agreements' }),
  'POST /api/agreements': (o) => ({
    url: '/api/agreements',
    payload: {
      title: 'Indtrænger',
      agreed: 'x',
      validFrom: '2025-01-01',
      revisitOn: '2026-01-01',
      parties: [
        { unitId: o.unit.id, signingName: 'A' },
        { organisationId: o.partner.id, signingName: 'B' },
      ],
    },
  }),
  // Housing supply (issue 12): the stranger's own register only; the owner's dwelling or housing association is refused.
  'GET /api/housing-supply/settings': () => ({ url: '/api/housing-supply/settings' }),
  'PUT /api/housing-supply/settings': () => ({
    url: '/api/housing-supply/settings',
    payload: {
      version: 1,
      escalationDays: [7],
      priorityPolicy: 'ready_longest',
      priorityPolicyText: '',
      refusalConsequence: 'kept_on_list',
      refusalPolicyText: '',
      defaultMaxRent: 3500,
    },
  }),
  'GET /api/housing-supply/agreements': () => ({ url: '/api/housing-supply/agreements' }),
  'POST /api/housing-supply/agreements': (o) => ({
    url: '/api/housing-supply/agreements',
    payload: {
      title: 'Indtrænger',
      housingOrganisationId: o.partner.id,
      legalBasis: 'decision_quarter',
      share: 0.25,
      validFrom: '2025-01-01',
      revisitOn: '2026-01-01',
    },
  }),
  'GET /api/housing-supply/dwellings': () => ({ url: '/api/housing-supply/dwellings' }),
  'POST /api/housing-supply/dwellings': (o) => ({
    url: '/api/housing-supply/dwellings',
    payload: {
      housingOrganisationId: o.partner.id,
      agreementId: o.allocationAgreement.id,
      address: 'Indtrængervej 1',
      area: 'X',
      dwellingType: 'family',
      sizeM2: 40,
      rooms: 1,
      monthlyRent: 3000,
    },
  }),
  'GET /api/housing-supply/vacancies': () => ({ url: '/api/housing-supply/vacancies?year=2025' }),
  'GET /api/housing-supply/eviction-warnings': () => ({ url: '/api/housing-supply/eviction-warnings' }),
  'POST /api/housing-supply/eviction-warnings': (o) => ({
    url: '/api/housing-supply/eviction-warnings',
    payload: {
      cpr: o.citizen.cpr ?? undefined,
      tenantName: `${o.citizen.firstName ?? ''} ${o.citizen.lastName ?? ''}`,
      tenantAddress: 'Testvej 1',
      landlordName: 'Udlejer',
      receivedOn: '2025-03-01',
    },
  }),
  'GET /api/housing-supply/guarantee-cases': () => ({ url: '/api/housing-supply/guarantee-cases' }),
  'POST /api/housing-supply/guarantee-cases': (o) => ({
    url: '/api/housing-supply/guarantee-cases',
    payload: { dwellingId: o.dwelling.id, citizenId: o.citizen.id, movedOutOn: '2025-02-01', repairClaim: 1000 },
  }),
  'GET /api/housing-supply/overview': () => ({ url: '/api/housing-supply/overview?year=2025' }),
  'GET /api/housing-supply/overview/behind': () => ({
    url: '/api/housing-supply/overview/behind?year=2025&figure=eviction_warnings',
  }),
  'GET /api/time-report': () => ({ url: '/api/time-report?from=2025-01-01&to=2025-12-31' }),
  'GET /api/time-report/citizens': (o) => ({
    url: `/api/time-report/citizens?from=2025-01-01&to=2025-12-31&bar=unit:${o.unit.id}`,
  }),
  'GET /api/key-figures': () => ({
    url: '/api/key-figures?from=2025-01-01&to=2025-12-31&referenceDate=2026-01-31&breakdown=unit',
  }),
  'GET /api/key-figures/citizens': () => ({
    url: '/api/key-figures/citizens?from=2025-01-01&to=2025-12-31&referenceDate=2026-01-31&measure=k13_caseload&part=numerator',
  }),
  'GET /api/emergency-accesses': () => ({ url: '/api/emergency-accesses?status=all' }),
  'POST /api/emergency-accesses': (o) => ({
    url: '/api/emergency-accesses',
    payload: { cpr: o.citizen.cpr ?? '0101701234', reason: 'Borgeren står i skranken og har brug for hjælp nu' },
  }),
  'GET /api/national-figures': () => ({ url: '/api/national-figures?from=2025-01-01&to=2025-12-31&referenceDate=2026-01-31' }),
  'GET /api/status-report': () => ({ url: '/api/status-report?from=2025-01-01&to=2025-12-31&referenceDate=2026-01-31' }),
  'GET /api/status-report/pdf': () => ({ url: '/api/status-report/pdf?from=2025-01-01&to=2025-12-31&referenceDate=2026-01-31' }),
  'GET /api/status-report/xlsx': () => ({
    url: '/api/status-report/xlsx?from=2025-01-01&to=2025-12-31&referenceDate=2026-01-31',
  }),
  'GET /api/status-report/csv': () => ({ url: '/api/status-report/csv?from=2025-01-01&to=2025-12-31&referenceDate=2026-01-31' }),
  // Fidelity (K14): the caller's own municipality's support teams only; another's team is an unknown team.
  'GET /api/fidelity': () => ({ url: '/api/fidelity?referenceDate=2026-01-31' }),
  'POST /api/fidelity/measurements': (o) => ({
    url: '/api/fidelity/measurements',
    payload: {
      unitId: o.fidelityTeam.id,
      measuredOn: '2025-12-01',
      raterType: 'peer',
      collectionMethod: 'phone',
      methodVersion: 1,
      commonVersion: 1,
      answers: [{ itemId: 'cti.phased.1', answer: 'no' }],
    },
  }),
  // Programmes (the national agency): collections refused to every municipal and shelter role.
  'GET /api/programmes': () => ({ url: '/api/programmes' }),
  'GET /api/programmes/candidates': () => ({ url: '/api/programmes/candidates' }),
  'POST /api/programmes': (o) => ({
    url: '/api/programmes',
    payload: { name: 'Overtaget', startsOn: '2026-01-01', endsOn: '2026-12-31', ownerUserId: o.agency.consultant.id },
  }),
  'GET /api/taskforce/applications': () => ({ url: '/api/taskforce/applications' }),
  // The dashboard's course goals: the caller's own municipality only (a stranger's answer has none of the owner's).
  'GET /api/taskforce/dashboard-goals': () => ({ url: '/api/taskforce/dashboard-goals' }),
  'POST /api/taskforce/applications': () => ({
    url: '/api/taskforce/applications',
    payload: {
      needs: { housingSupply: 'Egen ansøgning', supportMethods: '', organisation: '', legalQuality: '' },
      expectations: 'Egen ansøgning',
      contacts: [{ name: 'Egen kontakt', title: '', email: '', phone: '' }],
    },
  }),
  'GET /api/taskforce/seasons': () => ({ url: '/api/taskforce/seasons' }),
  'GET /api/taskforce/courses': () => ({ url: '/api/taskforce/courses' }),
  'PUT /api/taskforce/seasons/:season': () => ({ url: '/api/taskforce/seasons/autumn-2099', payload: { capacity: 5 } }),
};

const t = useTestApp();
let owner: Owner;
let stranger: Session;
let strangerAdmin: Session;
let strangerShelter: Session;
let insiderJobcentre: Session;
let insiderSupport: Session;
let insiderCare: Session;
/** The role of each stranger, to know whether a refusal must be 404 (has the permission) or 403. */
const strangerRoles = new Map<Session, Role>();

beforeAll(async () => {
  owner = await createOwner(t.db);
  const other = await createMunicipalityWithStaff(t.db);
  const otherShelter = await createShelterWithStaff(t.db);
  stranger = await signInAs(t.app, other.caseworker);
  strangerAdmin = await signInAs(t.app, other.admin);
  strangerShelter = await signInAs(t.app, otherShelter.leader);
  strangerRoles.set(stranger, 'caseworker').set(strangerAdmin, 'municipal_admin').set(strangerShelter, 'shelter_leader');
  // The second axis (need-to-know): colleagues of the SAME municipality outside the citizen's circle.
  const jobcentre = await createUnit(t.db, owner.organisation.id, { name: 'Jobcenter', kind: 'jobcenter' });
  const otherTeam = await createUnit(t.db, owner.organisation.id, { name: 'ICM-team', kind: 'icm' });
  const care = await createUnit(t.db, owner.organisation.id, { name: 'Hjemmepleje', kind: 'hjemmepleje' });
  insiderJobcentre = await signInAs(
    t.app,
    await createUser(t.db, owner.organisation.id, { role: 'unit_member', unitIds: [jobcentre.id] }),
  );
  insiderSupport = await signInAs(
    t.app,
    await createUser(t.db, owner.organisation.id, { role: 'support_worker', unitIds: [otherTeam.id] }),
  );
  insiderCare = await signInAs(t.app, await createUser(t.db, owner.organisation.id, { role: 'unit_member', unitIds: [care.id] }));
  strangerRoles.set(insiderJobcentre, 'unit_member').set(insiderSupport, 'support_worker').set(insiderCare, 'unit_member');
  // Make sure the owner has audit events a stranger could try to see.
  await signInAs(t.app, owner.caseworker);
});

function key(method: string, url: string): string {
  return `${method} ${url}`;
}

/** Collections that are public registers: they may name organisations, never people. */
const publicRegisterRoutes = new Set(['GET /api/municipalities']);

/** What would give away the owner's citizen: the person and the records of their course. */
function citizenFingerprints(o: Owner): string[] {
  const cpr = o.citizen.cpr ?? '';
  return [
    o.citizen.id,
    o.citizen.firstName ?? '',
    o.citizen.lastName ?? '',
    cpr,
    `${cpr.slice(0, 6)}-${cpr.slice(6)}`,
    o.duplicate.id,
    o.linked.id,
    o.period.id,
    o.stay.id,
    o.assessment.id,
    o.plan.id,
    o.decision.id,
    o.allocation.id,
    o.course.id,
    o.followUp.id,
    o.task.id,
    o.doneTask.id,
    'Ejerens opgave',
    o.consent.id,
    o.meeting.id,
  ].filter((f) => f !== '');
}

function ownerFingerprints(o: Owner): string[] {
  return [
    o.organisation.id,
    o.organisation.name,
    o.unit.id,
    o.admin.id,
    o.admin.email,
    o.caseworker.id,
    o.caseworker.email,
    o.partner.id,
    o.partner.name,
    o.shelter.organisation.id,
    o.shelter.organisation.name,
    o.fidelity.id,
    o.fidelityTeam.id,
    o.fidelityTeam.name,
    ...citizenFingerprints(o),
    o.allocation.address,
    o.flowcard.id,
    o.flowcard.name,
    'Ejerens trin',
    o.agreement.id,
    o.agreement.title,
    o.programme.id,
    o.programme.name,
    ...o.programme.memberIds,
    o.programme.activityId,
    o.taskforceApplication.id,
    o.taskforceApplication.expectations,
    'Ejerens behov for boliger',
    'Ejerens kontaktperson',
    o.taskforceCourse.id,
    o.taskforceCourse.activityId,
    'Ejerens dataaftale',
    'Ejerens opstartsmøde',
    'Ejerens styregruppeformand',
    o.taskforcePackage.id,
    'Ejerens taskforcekonsulent',
    o.taskforcePlan.pointId,
    o.taskforcePlan.goalId,
    o.taskforcePlan.actionId,
    'Ejerens udviklingspunkt',
    'Ejerens handling',
    o.taskforceCaseReview.id,
    o.taskforceCaseReview.caseId,
    'Ejerens sagsgennemgang',
  ];
}

/** A stranger whose role holds the route's permission must get 404 (not yours = does not exist); else 403. */
function expectedRefusal(routeKey: string, session: Session): number {
  const route = securedRoutes.find((r) => `${r.method} ${r.url}` === routeKey);
  const role = strangerRoles.get(session);
  if (!route || !role) throw new Error(`unknown route or session: ${routeKey}`);
  return route.permission === null || hasPermission(role, route.permission) ? 404 : 403;
}

/**
 * The probe's answer to `session` has the `expected` status and names nothing of the owner, and is
 * the same as the answer for an id that does not exist at all (with `askAgain`, compared with a
 * second call of the real one, status and body).
 */
async function expectAnswerLikeMissing(
  session: Session,
  method: InjectOptions['method'],
  options: ReturnType<Probe>,
  expected: { readonly status: number; readonly label: string; readonly askAgain?: boolean },
): Promise<void> {
  const response = await call(t.app, session, { ...options, method });
  expect(response.statusCode, `${expected.label}: ${response.body}`).toBe(expected.status);
  for (const fingerprint of ownerFingerprints(owner)) expect(response.body).not.toContain(fingerprint);
  const missing = await call(t.app, session, {
    ...options,
    method,
    url: options.url.replace(/[0-9a-f-]{36}/, '00000000-0000-4000-8000-000000000000'),
  });
  if (expected.askAgain === true) {
    const real = await call(t.app, session, { ...options, method });
    expect(real.statusCode).toBe(missing.statusCode);
    expect(real.json()).toEqual(missing.json());
  } else {
    expect(response.json()).toEqual(missing.json());
  }
}

describe('access isolation between municipalities', () => {
  it('every API route is public with a reason, or has a cross-municipality probe', () => {
    const apiRoutes = t.app.routeCatalogue.filter((r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs'));
    expect(apiRoutes.length).toBeGreaterThan(15);
    const unprobed = apiRoutes
      .map((r) => key(r.method, r.url))
      .filter((k) => !(k in publicRoutes) && !(k in itemProbes) && !(k in collectionProbes));
    expect(unprobed, 'routes without an isolation probe: add them to access-isolation.test.ts').toEqual([]);
    const unsecured = apiRoutes.filter((r) => !r.isSecured && !(key(r.method, r.url) in publicRoutes));
    expect(unsecured, 'routes outside the secured pipeline that are not declared public').toEqual([]);
    const publicWithoutReason = apiRoutes.filter((r) => !r.isSecured && !r.isPublic && r.url !== '/api/openapi.json');
    expect(publicWithoutReason).toEqual([]);
  });

  for (const [routeKey, probe] of Object.entries(itemProbes)) {
    it(`${routeKey}: a stranger gets 404, like a record that does not exist`, async () => {
      const [method, url] = routeKey.split(' ') as [InjectOptions['method'], string];
      const options = probe(owner);
      for (const session of [stranger, strangerAdmin, strangerShelter])
        await expectAnswerLikeMissing(session, method, options, {
          status: expectedRefusal(routeKey, session),
          label: `${routeKey} as ${strangerRoles.get(session)}`,
          askAgain: true,
        });
      void url;
    });
  }

  for (const [routeKey, probe] of Object.entries(collectionProbes)) {
    it(`${routeKey}: a stranger sees nothing of the other municipality`, async () => {
      const [method] = routeKey.split(' ') as [InjectOptions['method']];
      for (const session of [stranger, strangerAdmin, strangerShelter]) {
        const response = await call(t.app, session, { ...probe(owner), method });
        expect(response.statusCode, response.body).toBeLessThan(500);
        if (response.statusCode < 300) {
          // A public register (the list of municipalities) names the owner municipality, and nothing else of it.
          const allowed = publicRegisterRoutes.has(routeKey)
            ? new Set([owner.organisation.id, owner.organisation.name])
            : new Set<string>();
          for (const fingerprint of ownerFingerprints(owner).filter((f) => !allowed.has(f)))
            expect(response.body).not.toContain(fingerprint);
        } else {
          expect([403, 404, 409, 422]).toContain(response.statusCode);
        }
      }
    });
  }

  describe('programmes: another national agency', () => {
    for (const [routeKey, probe] of Object.entries(programmeProbes)) {
      it(`${routeKey}: another agency's consultant gets 404, like a programme that does not exist`, async () => {
        const [method] = routeKey.split(' ') as [InjectOptions['method']];
        const otherAgency = await createAgencyWithConsultant(t.db);
        const session = await signInAs(t.app, otherAgency.consultant);
        await expectAnswerLikeMissing(session, method, probe(owner), { status: 404, label: routeKey });
      });
    }
    it('GET /api/programmes: another agency sees none of the programme', async () => {
      const otherAgency = await createAgencyWithConsultant(t.db);
      const session = await signInAs(t.app, otherAgency.consultant);
      const response = await call(t.app, session, { method: 'GET', url: '/api/programmes' });
      expect(response.statusCode).toBe(200);
      expect(response.body).not.toContain(owner.programme.id);
      expect(response.body).not.toContain(owner.programme.name);
    });
  });

  describe('taskforce courses: the national people not on the course’s staff', () => {
    const courseRoutes = Object.keys(itemProbes).filter((routeKey) => routeKey.includes(' /api/taskforce/courses/:id'));
    // The same agency as the consultant on the course's staff: working for it is not enough.
    const offStaff = new Map<'national_consultant' | 'legal_reviewer', Session>();
    beforeAll(async () => {
      for (const role of ['national_consultant', 'legal_reviewer'] as const) {
        const user = await createUser(t.db, owner.agency.organisation.id, { role });
        // From an address of their own: this file signs in about as often as one address may in a minute.
        offStaff.set(role, await signIn(t.app, user.email, user.password, { remoteAddress: `10.33.0.${offStaff.size + 1}` }));
      }
    });
    for (const routeKey of courseRoutes) {
      it(`${routeKey}: a consultant or reviewer of the taskforce not on the course gets 404 (403 without the permission)`, async () => {
        const probe = itemProbes[routeKey];
        const route = securedRoutes.find((r) => `${r.method} ${r.url}` === routeKey);
        if (!probe || !route) throw new Error(`no probe or route for ${routeKey}`);
        const [method] = routeKey.split(' ') as [InjectOptions['method']];
        for (const [role, session] of offStaff)
          await expectAnswerLikeMissing(session, method, probe(owner), {
            status: route.permission === null || hasPermission(role, route.permission) ? 404 : 403,
            label: `${routeKey} as ${role}`,
          });
      });
    }
    it('GET /api/taskforce/courses: a consultant not on the course does not see it', async () => {
      const session = offStaff.get('national_consultant');
      if (!session) throw new Error('not signed in');
      const response = await call(t.app, session, { method: 'GET', url: '/api/taskforce/courses' });
      expect(response.statusCode).toBe(200);
      expect(response.body).not.toContain(owner.taskforceCourse.id);
    });
  });

  describe('the legal case review’s person-level routes', () => {
    const caseRoutes = [
      'GET /api/taskforce/courses/:id/case-review/cases/:caseId',
      'PUT /api/taskforce/courses/:id/case-review/cases/:caseId/answers',
    ];
    for (const routeKey of caseRoutes) {
      it(`${routeKey}: a legal reviewer of another agency gets 404`, async () => {
        const probe = itemProbes[routeKey];
        if (!probe) throw new Error(`no probe for ${routeKey}`);
        const [method] = routeKey.split(' ') as [InjectOptions['method']];
        const otherAgency = await createAgencyWithConsultant(t.db);
        const reviewer = await createUser(t.db, otherAgency.organisation.id, { role: 'legal_reviewer' });
        const session = await signInAs(t.app, reviewer);
        const response = await call(t.app, session, { ...probe(owner), method });
        expect(response.statusCode, response.body).toBe(404);
        for (const fingerprint of ownerFingerprints(owner)) expect(response.body).not.toContain(fingerprint);
      });
    }
  });

  describe('need-to-know inside the municipality (the second axis)', () => {
    /** Routes about a citizen or the records of their course (not the organisation's own registers). */
    const citizenRoute =
      /\/api\/(citizens\/|assessments\/|plans\/|decisions\/|stays\/|housing-periods\/|housing-allocations\/|follow-ups\/|support-courses\/|consents\/|network-meetings\/|tasks\/|housing-supply\/offers\/)/;
    const insiders = () => [insiderJobcentre, insiderSupport, insiderCare];

    for (const [routeKey, probe] of Object.entries(itemProbes).filter(([k]) => citizenRoute.test(k))) {
      it(`${routeKey}: a colleague outside the citizen’s circle gets the stranger’s answer`, async () => {
        const [method] = routeKey.split(' ') as [InjectOptions['method']];
        const options = probe(owner);
        for (const session of insiders()) {
          const response = await call(t.app, session, { ...options, method });
          expect(response.statusCode, `${routeKey} as ${strangerRoles.get(session)}`).toBe(expectedRefusal(routeKey, session));
          for (const fingerprint of citizenFingerprints(owner)) expect(response.body).not.toContain(fingerprint);
          const missing = await call(t.app, session, {
            ...options,
            method,
            url: options.url.replace(/[0-9a-f-]{36}/, '00000000-0000-4000-8000-000000000000'),
          });
          expect(response.json()).toEqual(missing.json());
        }
      });
    }

    for (const [routeKey, probe] of Object.entries(collectionProbes).filter(([k]) => k !== 'POST /api/emergency-accesses')) {
      it(`${routeKey}: a colleague outside the citizen’s circle sees nothing of the citizen`, async () => {
        const [method] = routeKey.split(' ') as [InjectOptions['method']];
        for (const session of insiders()) {
          const response = await call(t.app, session, { ...probe(owner), method });
          expect(response.statusCode, response.body).toBeLessThan(500);
          if (response.statusCode < 300)
            for (const fingerprint of citizenFingerprints(owner))
              expect(response.body, `${routeKey} as ${strangerRoles.get(session)}`).not.toContain(fingerprint);
        }
      });
    }
  });

  it('the owner’s records were not changed by any probe', async () => {
    const tasks = await t.db
      .selectFrom('tasks')
      .select(['id', 'status', 'version', 'is_urgent'])
      .where('citizen_id', '=', owner.citizen.id)
      .orderBy('status')
      .execute();
    expect(tasks.map((x) => [x.status, x.version, x.is_urgent])).toEqual([
      ['done', 1, false],
      ['open', 1, false],
    ]);
    expect(await t.db.selectFrom('task_events').select('id').where('task_id', '=', owner.task.id).execute()).toEqual([]);
    expect(await t.db.selectFrom('flowcard_runs').select('id').where('citizen_id', '=', owner.citizen.id).execute()).toEqual([]);
    const flowcards = await t.db
      .selectFrom('flowcards')
      .select(['id', 'version', 'name', 'is_archived'])
      .where('organisation_id', '=', owner.organisation.id)
      .execute();
    expect(flowcards).toEqual([{ id: owner.flowcard.id, version: 1, name: owner.flowcard.name, is_archived: false }]);
    expect(
      await t.db
        .selectFrom('collaboration_settings')
        .select('organisation_id')
        .where('organisation_id', '=', owner.organisation.id)
        .execute(),
    ).toEqual([]);
    const caseworker = await t.db
      .selectFrom('users')
      .select(['display_name', 'password_hash'])
      .where('id', '=', owner.caseworker.id)
      .executeTakeFirstOrThrow();
    expect(caseworker.display_name).not.toBe('Overtaget');
    const unit = await t.db.selectFrom('units').select('name').where('id', '=', owner.unit.id).executeTakeFirstOrThrow();
    expect(unit.name).toBe('Myndighed voksne');
    const link = await t.db
      .selectFrom('organisation_partners')
      .select('partner_id')
      .where('organisation_id', '=', owner.organisation.id)
      .execute();
    expect(link).toHaveLength(1);
    const citizen = await t.db
      .selectFrom('citizens')
      .select(['first_name', 'version', 'merged_into_id'])
      .where('id', '=', owner.citizen.id)
      .executeTakeFirstOrThrow();
    expect(citizen).toEqual({ first_name: owner.citizen.firstName, version: 1, merged_into_id: null });
    const duplicate = await t.db
      .selectFrom('citizens')
      .select('merged_into_id')
      .where('id', '=', owner.duplicate.id)
      .executeTakeFirstOrThrow();
    expect(duplicate.merged_into_id).toBeNull();
    const linked = await t.db
      .selectFrom('citizens')
      .select('merged_into_id')
      .where('id', '=', owner.linked.id)
      .executeTakeFirstOrThrow();
    expect(linked.merged_into_id).toBe(owner.citizen.id);
    // The owner's citizen rows, table by table: each probe above was refused, so nothing moved.
    const unchangedByCitizen: [table: string, columns: string[], rows: Record<string, unknown>[]][] = [
      ['housing_periods', ['id', 'to_date'], [{ id: owner.period.id, to_date: null }]],
      [
        'shelter_stays',
        ['id', 'version', 'discharged_on', 'handlekommune_notified_on'],
        [{ id: owner.stay.id, version: 1, discharged_on: null, handlekommune_notified_on: null }],
      ],
      ['assessments', ['id', 'version', 'citizen_view'], [{ id: owner.assessment.id, version: 1, citizen_view: null }]],
      ['plans', ['id', 'version'], [{ id: owner.plan.id, version: 1 }]],
      ['decisions', ['id', 'version', 'reasons'], [{ id: owner.decision.id, version: 1, reasons: null }]],
      ['housing_allocations', ['id', 'version', 'note'], [{ id: owner.allocation.id, version: 1, note: null }]],
      ['support_courses', ['id', 'version', 'ended_on'], [{ id: owner.course.id, version: 1, ended_on: null }]],
      ['outcome_follow_ups', ['id', 'version'], [{ id: owner.followUp.id, version: 1 }]],
      ['citizen_consents', ['id', 'withdrawn_at'], [{ id: owner.consent.id, withdrawn_at: null }]],
      ['network_meetings', ['id', 'version'], [{ id: owner.meeting.id, version: 1 }]],
    ];
    for (const [table, columns, rows] of unchangedByCitizen) {
      const found = await sql<Record<string, unknown>>`
        select ${sql.join(columns.map((column) => sql.ref(column)))} from ${sql.table(table)}
        where citizen_id = ${owner.citizen.id}`.execute(t.db);
      expect({ table, rows: found.rows }).toEqual({ table, rows });
    }
    const contacts = await t.db
      .selectFrom('support_contacts')
      .select('id')
      .where('support_course_id', '=', owner.course.id)
      .execute();
    expect(contacts).toEqual([]);
    const decisions2 = await t.db
      .selectFrom('network_meeting_decisions')
      .select('id')
      .where('meeting_id', '=', owner.meeting.id)
      .execute();
    expect(decisions2).toEqual([]);
    const agreement = await t.db
      .selectFrom('collaboration_agreements')
      .select(['title', 'version'])
      .where('id', '=', owner.agreement.id)
      .executeTakeFirstOrThrow();
    expect(agreement).toEqual({ title: owner.agreement.title, version: 1 });
    const fidelity = await t.db
      .selectFrom('fidelity_measurements')
      .select('id')
      .where('organisation_id', '=', owner.organisation.id)
      .execute();
    expect(fidelity).toEqual([{ id: owner.fidelity.id }]);
    const sessions = await signInAs(t.app, owner.caseworker);
    expect(sessions.userId).toBe(owner.caseworker.id);
  });

  it('a refused access is audited, with who tried and what', async () => {
    await call(t.app, strangerAdmin, { method: 'GET', url: `/api/users/${owner.caseworker.id}` });
    const refusal = await auditEvent(t.db, {
      action: 'access.refused',
      actorUserId: strangerAdmin.userId,
      subjectId: owner.caseworker.id,
    });
    expect(refusal?.outcome).toBe('refused');
  });

  it('a user without the permission is refused (403) on management routes, and that is audited', async () => {
    const local = await createUser(t.db, owner.organisation.id, { role: 'support_worker' });
    const session = await signInAs(t.app, local);
    const response = await call(t.app, session, { method: 'POST', url: '/api/units', payload: { name: 'Ny', kind: 'other' } });
    expect(response.statusCode).toBe(403);
    const refusals = await auditEvents(t.db, { action: 'access.refused', actorUserId: local.id }, ['id']);
    expect(refusals.length).toBe(1);
  });
});
