/**
 * The taskforce course's analysis report (issue 13 point 5) and anchoring (point 8) through the
 * API: the taskforce writes a draft the municipality does not see, publishes it (refused until
 * it has a package, an analysis per theme and a recommendation), a recommendation becomes a
 * development point; the anchoring plan is written by either side with its versions; the effect
 * presentation shows baseline against now, suppressed, as JSON and PDF; the dashboard card shows
 * the own municipality's goals. Another municipality sees nothing (404); bad input is refused
 * naming the field with nothing written.
 */
import { describe, expect, it } from 'vitest';
import type {
  TaskforceAnchoring,
  TaskforceDashboardGoals,
  TaskforceEffects,
  TaskforcePlan,
  TaskforceReportAnswer,
} from '@hjemvej/contract';
import { call, useTestApp, type RefusalBody } from './support/test-app';
import { createCitizen } from './support/factories';
import { createTaskforceCaseReview } from './support/taskforce-case-review-factories';
import { addPointWithGoal, fromToday, signInFromOwnAddresses, taskforceSettingWithPackage } from './support/taskforce-setting';

const t = useTestApp();

const signInAs = signInFromOwnAddresses(t, 31);

const analyses = {
  housing_supply: 'For få boliger til målgruppen.',
  support_methods: 'CTI bruges, men afsluttes sjældent.',
  organisation: 'Lange ventetider mellem myndighed og bolig.',
  legal_quality: 'Handleplaner tilbydes ikke systematisk.',
};

async function withPackage() {
  const s = await taskforceSettingWithPackage(t, signInAs);
  return { ...s, reportUrl: `/api/taskforce/courses/${s.course.id}/report` };
}

describe('the analysis report', () => {
  it('is drafted by the taskforce, hidden from the municipality until published, and its recommendation becomes a point', async () => {
    const s = await withPackage();
    // Nothing yet: both sides get an empty answer; the municipality may not write.
    const empty = await call(t.app, s.leaderSession, { method: 'GET', url: s.reportUrl });
    expect(empty.statusCode, empty.body).toBe(200);
    expect(empty.json<TaskforceReportAnswer>()).toMatchObject({ report: null, canEdit: false });
    const byLeader = await call(t.app, s.leaderSession, {
      method: 'PUT',
      url: s.reportUrl,
      payload: { version: null, status: 'draft', dataPackageId: null, analyses: {} },
    });
    expect(byLeader.statusCode).toBe(403);

    // The taskforce drafts it on the frozen package.
    const draft = await call(t.app, s.consultantSession, {
      method: 'PUT',
      url: s.reportUrl,
      payload: { version: null, status: 'draft', dataPackageId: s.frozen.id, summary: 'Sammenfatning', analyses },
    });
    expect(draft.statusCode, draft.body).toBe(200);
    const drafted = draft.json<TaskforceReportAnswer>().report;
    expect(drafted).toMatchObject({ status: 'draft', version: 1, caseReview: null, dataPackage: { id: s.frozen.id } });
    // The package's figures as it published them (suppressed alike).
    expect(drafted?.dataPackage?.figures).toEqual(s.frozen.figures);
    expect(
      (await call(t.app, s.leaderSession, { method: 'GET', url: s.reportUrl })).json<TaskforceReportAnswer>().report,
    ).toBeNull();
    expect((await call(t.app, s.leaderSession, { method: 'GET', url: `${s.reportUrl}/pdf` })).statusCode).toBe(404);

    // Publishing needs a recommendation: refused, nothing written.
    const early = await call(t.app, s.consultantSession, {
      method: 'PUT',
      url: s.reportUrl,
      payload: { version: 1, status: 'published', dataPackageId: s.frozen.id, analyses },
    });
    expect(early.statusCode).toBe(422);
    expect(early.json<RefusalBody>().error.fields[0]?.path).toBe('status');

    // A recommendation without evidence is refused naming the field; one with a package figure is kept.
    const bare = await call(t.app, s.consultantSession, {
      method: 'POST',
      url: `${s.reportUrl}/recommendations`,
      payload: { theme: 'housing_supply', title: 'Boligplan', evidenceMeasure: null, evidenceNote: '' },
    });
    expect(bare.statusCode).toBe(422);
    expect(bare.json<RefusalBody>().error.fields[0]?.path).toBe('evidenceNote');
    const added = await call(t.app, s.consultantSession, {
      method: 'POST',
      url: `${s.reportUrl}/recommendations`,
      payload: {
        theme: 'housing_supply',
        title: 'Boligplan fra første uge på forsorgshjemmet',
        text: 'Alle borgere får en boligplan i første uge.',
        evidenceMeasure: s.shown.measure,
        evidenceNote: 'Interview med forsorgshjemmet.',
      },
    });
    expect(added.statusCode, added.body).toBe(201);
    const recommendation = added.json<TaskforceReportAnswer>().report?.recommendations[0];
    expect(recommendation?.evidenceFigure).toEqual(s.shown);

    // A stale version is refused (409) and the draft is unchanged.
    const stale = await call(t.app, s.consultantSession, {
      method: 'PUT',
      url: s.reportUrl,
      payload: { version: 7, status: 'published', dataPackageId: s.frozen.id, analyses },
    });
    expect(stale.statusCode).toBe(409);

    const published = await call(t.app, s.consultantSession, {
      method: 'PUT',
      url: s.reportUrl,
      payload: { version: 1, status: 'published', dataPackageId: s.frozen.id, summary: 'Sammenfatning', analyses },
    });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json<TaskforceReportAnswer>().report).toMatchObject({ status: 'published', version: 2 });

    // The municipality sees it now and chooses the recommendation as a development point.
    const seen = (await call(t.app, s.leaderSession, { method: 'GET', url: s.reportUrl })).json<TaskforceReportAnswer>();
    expect(seen).toMatchObject({ canEdit: false, canChoosePoints: true, report: { status: 'published' } });
    const chosen = await call(t.app, s.leaderSession, {
      method: 'POST',
      url: `${s.reportUrl}/recommendations/${recommendation?.id ?? ''}/development-point`,
    });
    expect(chosen.statusCode, chosen.body).toBe(201);
    const pointId = chosen.json<TaskforceReportAnswer>().report?.recommendations[0]?.developmentPointId;
    const plan = (
      await call(t.app, s.leaderSession, { method: 'GET', url: `/api/taskforce/courses/${s.course.id}/plan` })
    ).json<TaskforcePlan>();
    expect(plan.points).toEqual([
      expect.objectContaining({
        id: pointId,
        theme: 'housing_supply',
        title: 'Boligplan fra første uge på forsorgshjemmet',
        description: 'Alle borgere får en boligplan i første uge.',
      }),
    ]);
    const again = await call(t.app, s.consultantSession, {
      method: 'POST',
      url: `${s.reportUrl}/recommendations/${recommendation?.id ?? ''}/development-point`,
    });
    expect(again.statusCode).toBe(409);

    // The case review's results fill their section once a case is reviewed: one case, so every share is hidden.
    const citizen = await createCitizen(t.db, { handlekommuneId: s.organisation.id });
    const review = await createTaskforceCaseReview(t.db, {
      courseId: s.course.id,
      municipalityId: s.organisation.id,
      reviewerOrganisationId: s.other.organisation.id,
      citizenId: citizen.id,
    });
    await t.db
      .updateTable('taskforce_case_review_cases')
      .set({ reviewed_at: new Date() })
      .where('id', '=', review.caseId)
      .execute();
    await t.db
      .insertInto('taskforce_case_review_answers')
      .values({ case_id: review.caseId, checkpoint: 'hearing', pre_answer: null, answer: 'yes', note: '' })
      .execute();
    const withReview = (await call(t.app, s.leaderSession, { method: 'GET', url: s.reportUrl })).json<TaskforceReportAnswer>();
    expect(withReview.report?.caseReview?.reviewedCases).toBe(1);
    expect(withReview.report?.caseReview?.checkpoints.find((c) => c.checkpoint === 'hearing')).toMatchObject({
      share: null,
      hiddenLabel: '<5',
      source: 'Forvaltningsloven § 19',
    });

    // The PDF: a real PDF for the municipality.
    const pdf = await call(t.app, s.leaderSession, { method: 'GET', url: `${s.reportUrl}/pdf` });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.rawPayload.length).toBeGreaterThan(2000);

    // Another municipality sees nothing of it.
    for (const url of [s.reportUrl, `${s.reportUrl}/pdf`])
      expect((await call(t.app, s.otherSession, { method: 'GET', url })).statusCode).toBe(404);
    const foreign = await call(t.app, s.otherSession, {
      method: 'POST',
      url: `${s.reportUrl}/recommendations/${recommendation?.id ?? ''}/development-point`,
    });
    expect(foreign.statusCode).toBe(404);

    // Each read and write audited for the municipality.
    const events = await t.db
      .selectFrom('audit_events')
      .select('action')
      .where('data_organisation_id', '=', s.organisation.id)
      .where('action', 'like', 'taskforce_report.%')
      .execute();
    expect(new Set(events.map((e) => e.action))).toEqual(
      new Set([
        'taskforce_report.read',
        'taskforce_report.update',
        'taskforce_report.recommendation_create',
        'taskforce_report.point_choose',
        'taskforce_report.export',
      ]),
    );
  });

  it('refuses a figure outside the package and an unknown package, writing nothing', async () => {
    const s = await withPackage();
    const noPackage = await call(t.app, s.consultantSession, {
      method: 'POST',
      url: `${s.reportUrl}/recommendations`,
      payload: { theme: 'organisation', title: 'Fælles indbakke', evidenceMeasure: s.shown.measure },
    });
    expect(noPackage.statusCode).toBe(422);
    expect(noPackage.json<RefusalBody>().error.fields[0]?.path).toBe('evidenceMeasure');
    const unknown = await call(t.app, s.consultantSession, {
      method: 'PUT',
      url: s.reportUrl,
      payload: { version: null, status: 'draft', dataPackageId: s.other.organisation.id, analyses },
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json<RefusalBody>().error.fields[0]?.path).toBe('dataPackageId');
    const missing = await call(t.app, s.consultantSession, {
      method: 'PUT',
      url: s.reportUrl,
      payload: { version: null, status: 'published', dataPackageId: s.frozen.id, analyses: { ...analyses, organisation: '' } },
    });
    expect(missing.json<RefusalBody>().error.fields[0]?.path).toBe('analyses.organisation');
    const rows = await t.db.selectFrom('taskforce_reports').select('id').where('course_id', '=', s.course.id).execute();
    expect(rows).toEqual([]);
  });
});

describe('anchoring and effects', () => {
  it('keeps the anchoring plan with versions, and shows each goal’s baseline against now, as a page and a PDF', async () => {
    const s = await withPackage();
    const anchoringUrl = `/api/taskforce/courses/${s.course.id}/anchoring`;
    const item = {
      title: 'Boligplan fra første uge fortsætter',
      ownerUserId: s.leader.id,
      followUp: 'Styregruppen hvert kvartal',
      reviewOn: fromToday(90),
    };
    // An agreed plan needs an owner on every item: refused naming the item's field.
    const ownerless = await call(t.app, s.leaderSession, {
      method: 'PUT',
      url: anchoringUrl,
      payload: { version: null, status: 'agreed', items: [item, { ...item, ownerUserId: null }] },
    });
    expect(ownerless.statusCode).toBe(422);
    expect(ownerless.json<RefusalBody>().error.fields[0]?.path).toBe('items.1.ownerUserId');
    const foreignOwner = await call(t.app, s.leaderSession, {
      method: 'PUT',
      url: anchoringUrl,
      payload: { version: null, status: 'draft', items: [{ ...item, ownerUserId: s.other.admin.id }] },
    });
    expect(foreignOwner.json<RefusalBody>().error.fields[0]?.path).toBe('items.0.ownerUserId');
    expect((await call(t.app, s.leaderSession, { method: 'GET', url: anchoringUrl })).json<TaskforceAnchoring>().plan).toBeNull();

    const saved = await call(t.app, s.leaderSession, {
      method: 'PUT',
      url: anchoringUrl,
      payload: { version: null, status: 'draft', description: 'Det der fortsætter', items: [item] },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json<TaskforceAnchoring>().plan).toMatchObject({
      status: 'draft',
      version: 1,
      items: [{ title: item.title, owner: { id: s.leader.id }, followUp: item.followUp, reviewOn: item.reviewOn }],
    });
    // The taskforce agrees it; the leader's stale save is refused and changes nothing.
    const agreed = await call(t.app, s.consultantSession, {
      method: 'PUT',
      url: anchoringUrl,
      payload: { version: 1, status: 'agreed', items: [item, { ...item, title: 'Fast anvisningsaftale' }] },
    });
    expect(agreed.statusCode, agreed.body).toBe(200);
    const stale = await call(t.app, s.leaderSession, {
      method: 'PUT',
      url: anchoringUrl,
      payload: { version: 1, status: 'draft', items: [] },
    });
    expect(stale.statusCode).toBe(409);
    expect(
      (await call(t.app, s.leaderSession, { method: 'GET', url: anchoringUrl })).json<TaskforceAnchoring>().plan,
    ).toMatchObject({
      status: 'agreed',
      version: 2,
    });

    // A goal on the package's shown median: the effect presentation compares it with now.
    await addPointWithGoal(t, s, 'Kortere ophold');
    const effects = await call(t.app, s.leaderSession, { method: 'GET', url: `/api/taskforce/courses/${s.course.id}/effects` });
    expect(effects.statusCode, effects.body).toBe(200);
    const [effect] = effects.json<TaskforceEffects>().effects;
    expect(effect).toMatchObject({
      theme: 'housing_supply',
      pointTitle: 'Kortere ophold',
      baseline: s.shown.published.median,
      target: 30,
    });
    expect(effect?.now.to).toBe(fromToday(0));
    // Live data since the stays began: seven people, so the median shows or is hidden, never a small count.
    if (effect?.now.value === null) expect(effect.direction).toBe('unknown');
    const pdf = await call(t.app, s.consultantSession, {
      method: 'GET',
      url: `/api/taskforce/courses/${s.course.id}/effects/pdf`,
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    // The municipality's dashboard shows its course goals; another municipality's shows none of them.
    const own = (
      await call(t.app, s.leaderSession, { method: 'GET', url: '/api/taskforce/dashboard-goals' })
    ).json<TaskforceDashboardGoals>();
    expect(own.items.map((i) => [i.courseId, i.effects.map((e) => e.goalId)])).toEqual([[s.course.id, [effect?.goalId]]]);
    const other = await call(t.app, s.otherSession, { method: 'GET', url: '/api/taskforce/dashboard-goals' });
    expect(other.json<TaskforceDashboardGoals>().items).toEqual([]);

    for (const url of [
      anchoringUrl,
      `/api/taskforce/courses/${s.course.id}/effects`,
      `/api/taskforce/courses/${s.course.id}/effects/pdf`,
    ])
      expect((await call(t.app, s.otherSession, { method: 'GET', url })).statusCode).toBe(404);
    const foreign = await call(t.app, s.otherSession, {
      method: 'PUT',
      url: anchoringUrl,
      payload: { version: 2, status: 'draft', items: [] },
    });
    expect(foreign.statusCode).toBe(404);
  });
});
