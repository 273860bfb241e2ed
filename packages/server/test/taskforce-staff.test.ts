/**
 * The taskforce's own people on a course through the API (issue 13, Access: the national people
 * "see the municipality's courses they work on"): a consultant or reviewer not on the course's
 * staff finds nothing of it (404 on the course and everything under it, absent from the list)
 * while still planning the applications; the accepting consultant is put on the staff; a
 * consultant on the course or the national agency's administrator adds and removes people (only
 * the taskforce's consultants and reviewers, the course keeping a consultant), audited.
 */
import { describe, expect, it } from 'vitest';
import type {
  TaskforceApplication,
  TaskforceApplicationList,
  TaskforceCourse,
  TaskforceCourseList,
  TaskforceStaffCandidateList,
} from '@hjemvej/contract';
import { call, useTestApp, type RefusalBody } from './support/test-app';
import { createUser } from './support/factories';
import { createTaskforceApplication } from './support/taskforce-factories';
import { signInFromOwnAddresses, taskforceSetting } from './support/taskforce-setting';
import { auditEvents } from './support/audit-events';

const t = useTestApp();
const signInAs = signInFromOwnAddresses(t, 32);

const courseUrl = (id: string) => `/api/taskforce/courses/${id}`;
const staffUrl = (id: string) => `${courseUrl(id)}/staff`;

async function setting() {
  const s = await taskforceSetting(t, signInAs);
  const offStaff = await createUser(t.db, s.agency.id, { role: 'national_consultant' });
  const reviewer = await createUser(t.db, s.agency.id, { role: 'legal_reviewer' });
  const nationalAdmin = await createUser(t.db, s.agency.id, { role: 'national_admin' });
  return {
    ...s,
    offStaff,
    reviewer,
    offStaffSession: await signInAs(offStaff),
    reviewerSession: await signInAs(reviewer),
    nationalAdminSession: await signInAs(nationalAdmin),
    adminSession: await signInAs(s.admin),
  };
}

describe('the taskforce’s people on a course', () => {
  it('shows a course and everything under it only to the national people on its staff', async () => {
    const s = await setting();
    const id = s.course.id;
    const own = await call(t.app, s.consultantSession, { method: 'GET', url: courseUrl(id) });
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json<TaskforceCourse>().staff.map((p) => p.userId)).toEqual([s.consultant.id]);

    for (const url of [
      courseUrl(id),
      `${courseUrl(id)}/data-packages`,
      `${courseUrl(id)}/plan`,
      `${courseUrl(id)}/status-meetings`,
      `${courseUrl(id)}/case-review`,
      `${courseUrl(id)}/report`,
      `${courseUrl(id)}/anchoring`,
      `${courseUrl(id)}/effects`,
    ]) {
      for (const session of [s.offStaffSession, s.reviewerSession]) {
        const refused = await call(t.app, session, { method: 'GET', url });
        expect(refused.statusCode, url).toBe(404);
      }
    }
    const write = await call(t.app, s.offStaffSession, {
      method: 'POST',
      url: `${courseUrl(id)}/data-packages`,
      payload: { from: '2025-01-01', to: '2025-06-30' },
    });
    expect(write.statusCode).toBe(404);
    const list = await call(t.app, s.offStaffSession, { method: 'GET', url: '/api/taskforce/courses' });
    expect(list.json<TaskforceCourseList>().items.map((c) => c.id)).not.toContain(id);
    const listed = await call(t.app, s.consultantSession, { method: 'GET', url: '/api/taskforce/courses' });
    expect(listed.json<TaskforceCourseList>().items.map((c) => c.id)).toContain(id);
    // The applications stay every consultant's: planning the seasons is national work.
    const applications = await call(t.app, s.offStaffSession, { method: 'GET', url: '/api/taskforce/applications' });
    expect(applications.json<TaskforceApplicationList>().items.map((a) => a.municipalityId)).toContain(s.organisation.id);
  });

  it('puts the accepting consultant on the new course’s staff', async () => {
    const s = await setting();
    const application = await createTaskforceApplication(t.db, { municipalityId: s.other.organisation.id });
    const season = { year: new Date().getFullYear() + 1 + Math.floor(Math.random() * 7), term: 'autumn' as const };
    await t.db
      .insertInto('taskforce_seasons')
      .values({ year: season.year, term: season.term, capacity: 20 })
      .onConflict((oc) => oc.columns(['year', 'term']).doUpdateSet({ capacity: 20 }))
      .execute();
    const accepted = await call(t.app, s.offStaffSession, {
      method: 'POST',
      url: `/api/taskforce/applications/${application.id}/decision`,
      payload: { decision: 'accept', version: 1, season },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const courseId = accepted.json<TaskforceApplication>().courseId ?? '';
    const course = await call(t.app, s.offStaffSession, { method: 'GET', url: courseUrl(courseId) });
    expect(course.statusCode, course.body).toBe(200);
    expect(course.json<TaskforceCourse>().staff).toEqual([
      expect.objectContaining({
        userId: s.offStaff.id,
        role: 'national_consultant',
        organisationName: 'Social- og Boligstyrelsen (test)',
      }),
    ]);
    expect(course.json<TaskforceCourse>().abilities.canManageStaff).toBe(true);
    // The consultant who set up the other course does not reach this one.
    expect((await call(t.app, s.consultantSession, { method: 'GET', url: courseUrl(courseId) })).statusCode).toBe(404);
  });

  it('lets a consultant on the course add and remove the taskforce’s people, keeping a consultant, audited', async () => {
    const s = await setting();
    const id = s.course.id;
    const candidates = await call(t.app, s.consultantSession, { method: 'GET', url: `${courseUrl(id)}/staff-candidates` });
    expect(candidates.statusCode, candidates.body).toBe(200);
    const candidateIds = candidates.json<TaskforceStaffCandidateList>().items.map((c) => c.userId);
    expect(candidateIds).toEqual(expect.arrayContaining([s.offStaff.id, s.reviewer.id]));
    expect(candidateIds).not.toContain(s.consultant.id);
    expect(candidateIds).not.toContain(s.admin.id);

    const added = await call(t.app, s.consultantSession, {
      method: 'POST',
      url: staffUrl(id),
      payload: { userId: s.reviewer.id },
    });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json<TaskforceCourse>().staff.map((p) => p.userId)).toEqual([s.consultant.id, s.reviewer.id]);
    // Now the reviewer reaches the course and what is under it.
    expect((await call(t.app, s.reviewerSession, { method: 'GET', url: courseUrl(id) })).statusCode).toBe(200);
    expect((await call(t.app, s.reviewerSession, { method: 'GET', url: `${courseUrl(id)}/case-review` })).statusCode).toBe(200);
    // A reviewer on the course does not manage its staff.
    const byReviewer = await call(t.app, s.reviewerSession, {
      method: 'POST',
      url: staffUrl(id),
      payload: { userId: s.offStaff.id },
    });
    expect(byReviewer.statusCode).toBe(403);

    const last = await call(t.app, s.consultantSession, { method: 'DELETE', url: `${staffUrl(id)}/${s.consultant.id}` });
    expect(last.statusCode).toBe(422);
    expect(last.json<RefusalBody>().error.fields[0]?.path).toBe('userId');
    expect(last.json<RefusalBody>().error.fields[0]?.message).toContain('mindst én konsulent');

    const removed = await call(t.app, s.consultantSession, { method: 'DELETE', url: `${staffUrl(id)}/${s.reviewer.id}` });
    expect(removed.statusCode, removed.body).toBe(204);
    expect((await call(t.app, s.reviewerSession, { method: 'GET', url: courseUrl(id) })).statusCode).toBe(404);
    // Someone not on the staff is not found there.
    const notOn = await call(t.app, s.consultantSession, { method: 'DELETE', url: `${staffUrl(id)}/${s.reviewer.id}` });
    expect(notOn.statusCode).toBe(404);

    const events = await auditEvents(
      t.db,
      { subjectId: id, action: ['taskforce_course.staff_add', 'taskforce_course.staff_remove'] },
      ['action', 'data_organisation_id'],
    );
    expect(events.map((e) => e.action)).toEqual(['taskforce_course.staff_add', 'taskforce_course.staff_remove']);
    expect(events.every((e) => e.data_organisation_id === s.organisation.id)).toBe(true);
  });

  it('refuses to add anyone but an active consultant or reviewer of a national organisation, naming userId in Danish and English', async () => {
    const s = await setting();
    const id = s.course.id;
    const inactive = await createUser(t.db, s.agency.id, { role: 'national_consultant', isActive: false });
    for (const userId of [s.admin.id, s.leader.id, inactive.id, s.consultant.id]) {
      const refused = await call(t.app, s.consultantSession, { method: 'POST', url: staffUrl(id), payload: { userId } });
      expect(refused.statusCode, userId).toBe(422);
      expect(refused.json<RefusalBody>().error.fields[0]?.path).toBe('userId');
    }
    const danish = await call(t.app, s.consultantSession, {
      method: 'POST',
      url: staffUrl(id),
      payload: { userId: s.leader.id },
    });
    expect(danish.json<RefusalBody>().error.fields[0]?.message).toContain('Kun aktive konsulenter');
    const english = await call(t.app, s.consultantSession, {
      method: 'POST',
      url: staffUrl(id),
      payload: { userId: s.leader.id },
      headers: { 'accept-language': 'en' },
    });
    expect(english.json<RefusalBody>().error.fields[0]?.message).toContain('Only active taskforce consultants');
    // The municipality sees its course and its staff, but does not manage the taskforce's people.
    const asMunicipality = await call(t.app, s.adminSession, { method: 'GET', url: courseUrl(id) });
    expect(asMunicipality.json<TaskforceCourse>().abilities.canManageStaff).toBe(false);
    const byMunicipality = await call(t.app, s.adminSession, {
      method: 'POST',
      url: staffUrl(id),
      payload: { userId: s.reviewer.id },
    });
    expect(byMunicipality.statusCode).toBe(403);
    // A consultant not on the course does not find it.
    const byStranger = await call(t.app, s.offStaffSession, {
      method: 'POST',
      url: staffUrl(id),
      payload: { userId: s.offStaff.id },
    });
    expect(byStranger.statusCode).toBe(404);
  });

  it('lets the national agency’s administrator reach every course and manage its staff, without running it', async () => {
    const s = await setting();
    const id = s.course.id;
    const course = await call(t.app, s.nationalAdminSession, { method: 'GET', url: courseUrl(id) });
    expect(course.statusCode, course.body).toBe(200);
    expect(course.json<TaskforceCourse>().abilities).toMatchObject({ canManageStaff: true, canPlan: false, canEditPlan: false });
    const list = await call(t.app, s.nationalAdminSession, { method: 'GET', url: '/api/taskforce/courses' });
    expect(list.json<TaskforceCourseList>().items.map((c) => c.id)).toContain(id);
    const added = await call(t.app, s.nationalAdminSession, {
      method: 'POST',
      url: staffUrl(id),
      payload: { userId: s.offStaff.id },
    });
    expect(added.statusCode, added.body).toBe(201);
    const removed = await call(t.app, s.nationalAdminSession, { method: 'DELETE', url: `${staffUrl(id)}/${s.consultant.id}` });
    expect(removed.statusCode, removed.body).toBe(204);
    expect((await call(t.app, s.consultantSession, { method: 'GET', url: courseUrl(id) })).statusCode).toBe(404);
    expect((await call(t.app, s.offStaffSession, { method: 'GET', url: courseUrl(id) })).statusCode).toBe(200);
  });
});
