/**
 * Ankestyrelsen's legal case review through the API (issue 13 point 4): the sample drawn by the
 * documented, seeded rule (refused when larger than the population or outside the agreement's
 * data clause), the reviewers' person-level reads of the sampled cases only while the grant is
 * valid (each audited for the municipality with the citizen as subject, and in the read log the
 * municipality's administrator sees), the review form's pre-answers confirmed or overruled (a
 * note required), a case outside the sample refused, the results, and the grant's end by expiry
 * or by the administrator: afterwards every read answers 404. Another municipality sees nothing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { TaskforceCaseReview, TaskforceReviewCase } from '@hjemvej/contract';
import { call, useTestApp, type RefusalBody } from './support/test-app';
import { createOrganisation, createUser } from './support/factories';
import { addTaskforceStaff, createTaskforceApplication, createTaskforceCourse } from './support/taskforce-factories';
import { fromToday, signInFromOwnAddresses, taskforceSetting } from './support/taskforce-setting';
import { auditEvent, auditEvents } from './support/audit-events';

const t = useTestApp();

const signInAs = signInFromOwnAddresses(t, 30);

const reviewUrl = (courseId: string) => `/api/taskforce/courses/${courseId}/case-review`;
const caseUrl = (courseId: string, caseId: string) => `${reviewUrl(courseId)}/cases/${caseId}`;

const drawBody = {
  periodFrom: '2025-01-01',
  periodTo: '2025-06-30',
  size: 5,
  stratifyBy: 'shelter',
  seed: 'ankestyrelsen-2025',
  purpose: 'Juridisk sagsgennemgang i taskforce-forløbet',
  accessUntil: fromToday(30),
};

async function setting() {
  const s = await taskforceSetting(t, signInAs);
  const ankestyrelsen = await createOrganisation(t.db, { kind: 'national_agency', name: 'Ankestyrelsen (test)' });
  const reviewer = await createUser(t.db, ankestyrelsen.id, { role: 'legal_reviewer' });
  const otherAgency = await createOrganisation(t.db, { kind: 'national_agency', name: 'Anden styrelse (test)' });
  const otherReviewer = await createUser(t.db, otherAgency.id, { role: 'legal_reviewer' });
  // Both reviewers work on the course (so reach it); only the one whose agency drew the sample reads its cases.
  await addTaskforceStaff(t.db, s.course.id, [reviewer.id, otherReviewer.id]);
  return {
    ...s,
    reviewer,
    reviewerSession: await signInAs(reviewer),
    otherReviewerSession: await signInAs(otherReviewer),
    adminSession: await signInAs(s.admin),
  };
}

async function giveDataClause(courseId: string, validUntil: string | null = fromToday(60)) {
  await t.db
    .updateTable('taskforce_courses')
    .set({ data_period_from: '2025-01-01', data_period_to: '2025-12-31', data_valid_until: validUntil })
    .where('id', '=', courseId)
    .execute();
}

describe('the legal case review', () => {
  let s: Awaited<ReturnType<typeof setting>>;
  let drawn: TaskforceCaseReview;

  beforeAll(async () => {
    s = await setting();
  });

  it('refuses a sample without the agreement’s data clause, or outlasting it, naming the field', async () => {
    const none = await call(t.app, s.reviewerSession, { method: 'POST', url: reviewUrl(s.course.id), payload: drawBody });
    expect(none.statusCode).toBe(422);
    expect(none.json<RefusalBody>().error.fields[0]?.path).toBe('accessUntil');
    await giveDataClause(s.course.id, fromToday(10));
    const tooLong = await call(t.app, s.reviewerSession, { method: 'POST', url: reviewUrl(s.course.id), payload: drawBody });
    expect(tooLong.statusCode).toBe(422);
    expect(tooLong.json<RefusalBody>().error.fields[0]?.path).toBe('accessUntil');
    await giveDataClause(s.course.id);
  });

  it('refuses a sample larger than the population, naming the field, and writes nothing', async () => {
    const response = await call(t.app, s.reviewerSession, {
      method: 'POST',
      url: reviewUrl(s.course.id),
      payload: { ...drawBody, size: 8 },
    });
    expect(response.statusCode).toBe(422);
    const field = response.json<RefusalBody>().error.fields[0];
    expect(field?.path).toBe('size');
    expect(field?.message).toContain('7');
    expect(await t.db.selectFrom('taskforce_case_reviews').select('id').where('course_id', '=', s.course.id).execute()).toEqual(
      [],
    );
  });

  it('only a reviewer draws: the taskforce consultant and the municipality are refused', async () => {
    for (const session of [s.consultantSession, s.adminSession]) {
      const response = await call(t.app, session, { method: 'POST', url: reviewUrl(s.course.id), payload: drawBody });
      expect(response.statusCode).toBe(403);
    }
  });

  it('draws the sample by the documented, seeded rule and stores rule, seed and population', async () => {
    const response = await call(t.app, s.reviewerSession, { method: 'POST', url: reviewUrl(s.course.id), payload: drawBody });
    expect(response.statusCode, response.body).toBe(201);
    drawn = response.json<TaskforceCaseReview>();
    const review = drawn.review;
    expect(review?.populationSize).toBe(7);
    expect(review?.seed).toBe('ankestyrelsen-2025');
    expect(review?.cases).toHaveLength(5);
    expect(review?.ruleText).toContain('5 af 7');
    expect(review?.strata).toEqual([expect.objectContaining({ population: 7, drawn: 5 })]);
    expect(review?.grant.isValid).toBe(true);
    expect(drawn.abilities.canReview).toBe(true);
    // The draw is audited for the municipality, naming the sampled citizens.
    const event = await auditEvent(t.db, { action: 'taskforce_case_review.draw', subjectId: review?.id ?? '' }, [
      'data_organisation_id',
      'changes',
    ]);
    expect(event.data_organisation_id).toBe(s.organisation.id);
    expect((event.changes as { sampledCitizenIds: string[] }).sampledCitizenIds).toHaveLength(5);
    // One sample per course.
    const again = await call(t.app, s.reviewerSession, { method: 'POST', url: reviewUrl(s.course.id), payload: drawBody });
    expect(again.statusCode).toBe(409);
  });

  it('lets the reviewer read a sampled case with pre-answers and evidence, audited for the municipality', async () => {
    const first = drawn.review?.cases[0];
    const response = await call(t.app, s.reviewerSession, { method: 'GET', url: caseUrl(s.course.id, first?.id ?? '') });
    expect(response.statusCode, response.body).toBe(200);
    const sampled = response.json<TaskforceReviewCase>();
    const pre = (id: string) => sampled.checkpoints.find((c) => c.checkpoint === id);
    expect(pre('handlekommune_documented')?.preAnswer).toBe('yes');
    expect(pre('notification_110_6')?.preAnswer).toBe('yes');
    expect(pre('notification_110_6')?.evidence[0]?.code).toBe('notification_on_time');
    expect(pre('hearing')?.preAnswer).toBeNull();
    const caseRow = await t.db
      .selectFrom('taskforce_case_review_cases')
      .select('citizen_id')
      .where('id', '=', first?.id ?? '')
      .executeTakeFirstOrThrow();
    const events = await auditEvents(t.db, { action: 'taskforce_case_review.case_read', subjectId: first?.id ?? '' }, [
      'citizen_id',
      'data_organisation_id',
      'actor_user_id',
    ]);
    expect(events).toEqual([
      { citizen_id: caseRow.citizen_id, data_organisation_id: s.organisation.id, actor_user_id: s.reviewer.id },
    ]);
    // The municipality's administrator sees who read which case; the leader does not.
    const admin = (await call(t.app, s.adminSession, { method: 'GET', url: reviewUrl(s.course.id) })).json<TaskforceCaseReview>();
    expect(admin.review?.reads?.map((r) => [r.caseId, r.position])).toEqual([[first?.id, 1]]);
    expect(admin.review?.reads?.[0]?.userName).toContain('legal_reviewer');
    expect(admin.abilities.canEndGrant).toBe(true);
    const leader = (
      await call(t.app, s.leaderSession, { method: 'GET', url: reviewUrl(s.course.id) })
    ).json<TaskforceCaseReview>();
    expect(leader.review?.reads).toBeNull();
    expect(leader.abilities.canEndGrant).toBe(false);
  });

  it('confirms or overrules each pre-answer, a note required to overrule', async () => {
    const id = drawn.review?.cases[0]?.id ?? '';
    const sampled = (
      await call(t.app, s.reviewerSession, { method: 'GET', url: caseUrl(s.course.id, id) })
    ).json<TaskforceReviewCase>();
    const answers = sampled.checkpoints.map((c) => ({
      checkpoint: c.checkpoint,
      answer: c.preAnswer ?? 'yes',
      note: null as string | null,
    }));
    const overruled = answers.findIndex((a) => a.checkpoint === 'handlekommune_documented');
    answers[overruled] = { checkpoint: 'handlekommune_documented', answer: 'no', note: null };
    const missingNote = await call(t.app, s.reviewerSession, {
      method: 'PUT',
      url: `${caseUrl(s.course.id, id)}/answers`,
      payload: { answers },
    });
    expect(missingNote.statusCode).toBe(422);
    expect(missingNote.json<RefusalBody>().error.fields.map((f) => f.path)).toEqual([`answers.${overruled}.note`]);
    const missingAnswer = await call(t.app, s.reviewerSession, {
      method: 'PUT',
      url: `${caseUrl(s.course.id, id)}/answers`,
      payload: { answers: answers.slice(1) },
    });
    expect(missingAnswer.statusCode).toBe(422);
    // Every problem at once: the first checkpoint's missing answer and the overruled one's note.
    expect(missingAnswer.json<RefusalBody>().error.fields.map((f) => f.path)).toEqual([
      'answers.0.answer',
      `answers.${overruled - 1}.note`,
    ]);
    answers[overruled] = {
      checkpoint: 'handlekommune_documented',
      answer: 'no',
      note: 'Handlekommunen er ikke begrundet i sagen.',
    };
    const saved = await call(t.app, s.reviewerSession, {
      method: 'PUT',
      url: `${caseUrl(s.course.id, id)}/answers`,
      payload: { answers },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const result = saved.json<TaskforceReviewCase>();
    expect(result.isReviewed).toBe(true);
    expect(result.checkpoints.find((c) => c.checkpoint === 'handlekommune_documented')).toMatchObject({
      preAnswer: 'yes',
      answer: 'no',
      isOverruled: true,
    });
    const overview = (
      await call(t.app, s.reviewerSession, { method: 'GET', url: reviewUrl(s.course.id) })
    ).json<TaskforceCaseReview>();
    expect(overview.review?.reviewedCount).toBe(1);
    expect(overview.review?.results.find((r) => r.checkpoint === 'handlekommune_documented')).toMatchObject({
      share: { kind: 'value', share: 0, yes: 0, no: 1 },
      overruled: 1,
    });
    // Outside the circle (the taskforce consultant) the shares are suppressed.
    const consultant = (
      await call(t.app, s.consultantSession, { method: 'GET', url: reviewUrl(s.course.id) })
    ).json<TaskforceCaseReview>();
    expect(consultant.review?.results.every((r) => r.share.kind === 'suppressed')).toBe(true);
    expect(consultant.review?.reads).toBeNull();
  });

  it('refuses a case outside the sample, another course’s case, and readers without the grant (404)', async () => {
    const outside = '00000000-0000-4000-8000-000000000001';
    for (const url of [caseUrl(s.course.id, outside), `${caseUrl(s.course.id, outside)}/answers`]) {
      const response = await call(t.app, s.reviewerSession, {
        method: url.endsWith('answers') ? 'PUT' : 'GET',
        url,
        payload: url.endsWith('answers') ? { answers: [] } : undefined,
      });
      expect(response.statusCode).toBe(404);
    }
    const id = drawn.review?.cases[1]?.id ?? '';
    expect((await call(t.app, s.otherReviewerSession, { method: 'GET', url: caseUrl(s.course.id, id) })).statusCode).toBe(404);
    expect((await call(t.app, s.consultantSession, { method: 'GET', url: caseUrl(s.course.id, id) })).statusCode).toBe(403);
    // A second course: its case-review address does not open this course's case.
    const application = await createTaskforceApplication(t.db, {
      municipalityId: s.organisation.id,
      status: 'accepted',
      season: { year: 2026, term: 'spring' },
    });
    const other = await createTaskforceCourse(t.db, { applicationId: application.id, municipalityId: s.organisation.id });
    expect((await call(t.app, s.reviewerSession, { method: 'GET', url: caseUrl(other.id, id) })).statusCode).toBe(404);
    // Another municipality sees nothing of it.
    expect((await call(t.app, s.otherSession, { method: 'GET', url: reviewUrl(s.course.id) })).statusCode).toBe(404);
  });

  it('answers 404 to every read after the grant’s date has passed', async () => {
    const id = drawn.review?.cases[1]?.id ?? '';
    expect((await call(t.app, s.reviewerSession, { method: 'GET', url: caseUrl(s.course.id, id) })).statusCode).toBe(200);
    await t.db
      .updateTable('taskforce_case_reviews')
      .set({ access_until: fromToday(-1) })
      .where('course_id', '=', s.course.id)
      .execute();
    const after = await call(t.app, s.reviewerSession, { method: 'GET', url: caseUrl(s.course.id, id) });
    expect(after.statusCode).toBe(404);
    const overview = (
      await call(t.app, s.reviewerSession, { method: 'GET', url: reviewUrl(s.course.id) })
    ).json<TaskforceCaseReview>();
    expect(overview.review?.grant.isValid).toBe(false);
    expect(overview.abilities.canReview).toBe(false);
    await t.db
      .updateTable('taskforce_case_reviews')
      .set({ access_until: fromToday(30) })
      .where('course_id', '=', s.course.id)
      .execute();
  });

  it('lets the municipality’s administrator end the grant; reads then answer 404', async () => {
    const leader = await call(t.app, s.leaderSession, { method: 'POST', url: `${reviewUrl(s.course.id)}/grant/end` });
    expect(leader.statusCode).toBe(403);
    const ended = await call(t.app, s.adminSession, { method: 'POST', url: `${reviewUrl(s.course.id)}/grant/end` });
    expect(ended.statusCode, ended.body).toBe(200);
    const review = ended.json<TaskforceCaseReview>().review;
    expect(review?.grant.isValid).toBe(false);
    expect(review?.grant.endedBy).toContain('municipal_admin');
    const id = drawn.review?.cases[2]?.id ?? '';
    expect((await call(t.app, s.reviewerSession, { method: 'GET', url: caseUrl(s.course.id, id) })).statusCode).toBe(404);
    const answer = await call(t.app, s.reviewerSession, {
      method: 'PUT',
      url: `${caseUrl(s.course.id, id)}/answers`,
      payload: { answers: [] },
    });
    expect(answer.statusCode).toBe(404);
    const refused = await auditEvents(t.db, { action: 'access.refused', actorUserId: s.reviewer.id }, ['outcome']);
    expect(refused.length).toBeGreaterThan(0);
    const endEvent = await auditEvent(t.db, { action: 'taskforce_case_review.grant_end', subjectId: review?.id ?? '' }, [
      'data_organisation_id',
    ]);
    expect(endEvent.data_organisation_id).toBe(s.organisation.id);
    // The read log stays for the administrator.
    const admin = (await call(t.app, s.adminSession, { method: 'GET', url: reviewUrl(s.course.id) })).json<TaskforceCaseReview>();
    expect(admin.review?.reads?.length).toBeGreaterThanOrEqual(3);
  });
});
