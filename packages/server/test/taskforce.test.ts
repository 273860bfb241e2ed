/**
 * The taskforce course through the API: a municipality applies, the national taskforce plans
 * the seasons' starts and accepts, defers or declines; a season's capacity is never passed;
 * another municipality sees nothing of it.
 */
import { describe, expect, it } from 'vitest';
import type {
  TaskforceApplication,
  TaskforceApplicationList,
  TaskforceCourse,
  TaskforceCourseList,
  TaskforceSeasonList,
} from '@hjemvej/contract';
import { call, signIn, useTestApp, type Session, type RefusalBody } from './support/test-app';
import { createMunicipalityWithStaff, createOrganisation, createUser } from './support/factories';
import { auditEvents } from './support/audit-events';

const t = useTestApp();

let address = 0;
/** Each sign-in from its own address: this file signs in more often than the per-address limit allows in a minute. */
function signInAs(_app: unknown, user: { readonly email: string; readonly password: string }): Promise<Session> {
  address += 1;
  return signIn(t.app, user.email, user.password, { remoteAddress: `10.23.${Math.floor(address / 250)}.${address % 250}` });
}

async function setting() {
  const staff = await createMunicipalityWithStaff(t.db);
  const leader = await createUser(t.db, staff.organisation.id, { role: 'leader', unitIds: [staff.unit.id] });
  const agency = await createOrganisation(t.db, { kind: 'national_agency', name: 'Social- og Boligstyrelsen (test)' });
  const consultant = await createUser(t.db, agency.id, { role: 'national_consultant' });
  return {
    ...staff,
    leader,
    consultant,
    adminSession: await signInAs(t.app, staff.admin),
    leaderSession: await signInAs(t.app, leader),
    consultantSession: await signInAs(t.app, consultant),
  };
}

const application = (overrides: Record<string, unknown> = {}) => ({
  needs: {
    housingSupply: 'Vi mangler billige boliger og en aftale med boligorganisationerne.',
    supportMethods: '',
    organisation: 'Myndighed og herberg arbejder ikke sammen om udskrivning.',
    legalQuality: '',
  },
  expectations: 'Flere borgere i egen bolig inden for to måneder.',
  contacts: [{ name: 'Lene Leder', title: 'Afdelingsleder', email: 'lene@test.dk', phone: '12345678' }],
  ...overrides,
});

/** A season of its own for each test (the database may hold other runs' seasons). */
function freshSeason() {
  return { year: 2040 + Math.floor(Math.random() * 60), term: Math.random() < 0.5 ? ('spring' as const) : ('autumn' as const) };
}

async function acceptedIn(season: { year: number; term: string }): Promise<number> {
  const row = await t.db
    .selectFrom('taskforce_applications')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', '=', 'accepted')
    .where('season_year', '=', season.year)
    .where('season_term', '=', season.term as 'spring')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * A season with room for one more start. Seasons are national, not per municipality, so on a shared
 * PostgreSQL an earlier run's capacity test may have left the chosen season full: make room explicitly.
 */
async function seasonWithRoom(season = freshSeason()) {
  const capacity = (await acceptedIn(season)) + 1;
  await t.db
    .insertInto('taskforce_seasons')
    .values({ year: season.year, term: season.term, capacity })
    .onConflict((oc) => oc.columns(['year', 'term']).doUpdateSet({ capacity }))
    .execute();
  return season;
}

async function apply(session: Session, overrides: Record<string, unknown> = {}) {
  const response = await call(t.app, session, {
    method: 'POST',
    url: '/api/taskforce/applications',
    payload: application(overrides),
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<TaskforceApplication>();
}

describe('applying for a taskforce course', () => {
  it('lets the municipality apply and change its application while it waits; one open application at a time', async () => {
    const s = await setting();
    const created = await apply(s.adminSession, { preferredSeason: { year: 2041, term: 'autumn' } });
    expect(created).toMatchObject({
      municipalityId: s.organisation.id,
      municipalityName: s.organisation.name,
      status: 'submitted',
      preferredSeason: { year: 2041, term: 'autumn' },
      season: null,
      abilities: { canEdit: true, canDecide: false },
    });
    expect(created.contacts).toEqual([{ name: 'Lene Leder', title: 'Afdelingsleder', email: 'lene@test.dk', phone: '12345678' }]);

    const again = await call(t.app, s.leaderSession, {
      method: 'POST',
      url: '/api/taskforce/applications',
      payload: application(),
    });
    expect(again.statusCode).toBe(409);
    expect(again.json<{ error: { code: string } }>().error.code).toBe('taskforce_application_open_exists');

    const changed = await call(t.app, s.leaderSession, {
      method: 'PATCH',
      url: `/api/taskforce/applications/${created.id}`,
      payload: { ...application({ expectations: 'Færre udsættelser.' }), version: created.version },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json<TaskforceApplication>()).toMatchObject({ expectations: 'Færre udsættelser.', version: 2 });
    const stale = await call(t.app, s.adminSession, {
      method: 'PATCH',
      url: `/api/taskforce/applications/${created.id}`,
      payload: { ...application(), version: 1 },
    });
    expect(stale.statusCode).toBe(409);
  });

  it('refuses an application without any need, naming the field, in Danish and English', async () => {
    const s = await setting();
    const empty = { housingSupply: '', supportMethods: ' ', organisation: '', legalQuality: '' };
    const da = await call(t.app, s.adminSession, {
      method: 'POST',
      url: '/api/taskforce/applications',
      payload: application({ needs: empty }),
    });
    expect(da.statusCode).toBe(422);
    const body = da.json<RefusalBody>();
    expect(body.error.fields[0]?.path).toBe('needs');
    expect(body.error.fields[0]?.message).toContain('mindst ét tema');
    const en = await call(t.app, s.adminSession, {
      method: 'POST',
      url: '/api/taskforce/applications',
      payload: application({ needs: empty }),
      headers: { 'accept-language': 'en' },
    });
    expect(en.json<RefusalBody>().error.fields[0]?.message).toContain('at least one theme');
    expect(
      await t.db.selectFrom('taskforce_applications').select('id').where('municipality_id', '=', s.organisation.id).execute(),
    ).toEqual([]);
  });

  it('does not let a caseworker or the taskforce apply for the municipality', async () => {
    const s = await setting();
    const caseworker = await signInAs(t.app, s.caseworker);
    expect(
      (await call(t.app, caseworker, { method: 'POST', url: '/api/taskforce/applications', payload: application() })).statusCode,
    ).toBe(403);
    expect(
      (await call(t.app, s.consultantSession, { method: 'POST', url: '/api/taskforce/applications', payload: application() }))
        .statusCode,
    ).toBe(403);
  });
});

describe('the taskforce plans the starts', () => {
  it('sees every municipality’s applications and accepts into a season, defers or declines with a reason', async () => {
    const a = await setting();
    const b = await setting();
    const first = await apply(a.adminSession);
    const second = await apply(b.adminSession);
    const list = await call(t.app, a.consultantSession, { method: 'GET', url: '/api/taskforce/applications' });
    const ids = list.json<TaskforceApplicationList>().items.map((i) => i.id);
    expect(ids).toEqual(expect.arrayContaining([first.id, second.id]));
    expect(list.json<TaskforceApplicationList>().items.find((i) => i.id === first.id)?.abilities).toEqual({
      canEdit: false,
      canDecide: true,
    });

    const season = await seasonWithRoom();
    const accepted = await call(t.app, a.consultantSession, {
      method: 'POST',
      url: `/api/taskforce/applications/${first.id}/decision`,
      payload: { decision: 'accept', version: first.version, season },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json<TaskforceApplication>()).toMatchObject({ status: 'accepted', season, abilities: { canEdit: false } });

    // The municipality sees the answer and can no longer change the application.
    const own = await call(t.app, a.adminSession, { method: 'GET', url: `/api/taskforce/applications/${first.id}` });
    expect(own.json<TaskforceApplication>()).toMatchObject({
      status: 'accepted',
      season,
      abilities: { canEdit: false, canDecide: false },
    });
    const late = await call(t.app, a.adminSession, {
      method: 'PATCH',
      url: `/api/taskforce/applications/${first.id}`,
      payload: { ...application(), version: 2 },
    });
    expect(late.statusCode).toBe(403);

    const noReason = await call(t.app, a.consultantSession, {
      method: 'POST',
      url: `/api/taskforce/applications/${second.id}/decision`,
      payload: { decision: 'defer', version: second.version },
    });
    expect(noReason.statusCode).toBe(400);
    const deferred = await call(t.app, a.consultantSession, {
      method: 'POST',
      url: `/api/taskforce/applications/${second.id}/decision`,
      payload: { decision: 'defer', version: second.version, reason: 'Begge forårets pladser er givet.', season: freshSeason() },
    });
    expect(deferred.statusCode, deferred.body).toBe(200);
    expect(deferred.json<TaskforceApplication>()).toMatchObject({
      status: 'deferred',
      decisionReason: 'Begge forårets pladser er givet.',
    });
    // A deferred application may still be changed by the municipality and answered later.
    expect(deferred.json<TaskforceApplication>().abilities.canDecide).toBe(true);
    const declined = await call(t.app, a.consultantSession, {
      method: 'POST',
      url: `/api/taskforce/applications/${second.id}/decision`,
      payload: { decision: 'decline', version: 2, reason: 'Kommunen er allerede i et rådgivningsforløb.' },
    });
    expect(declined.json<TaskforceApplication>()).toMatchObject({
      status: 'declined',
      season: null,
      abilities: { canDecide: false },
    });

    const events = await auditEvents(t.db, { subjectId: first.id, action: 'taskforce_application.decide' }, [
      'action',
      'data_organisation_id',
    ]);
    expect(events).toEqual([{ action: 'taskforce_application.decide', data_organisation_id: a.organisation.id }]);
  });

  it('refuses to accept more starts in a season than its capacity (422 naming the season), and nothing is written', async () => {
    const s = await setting();
    const season = freshSeason();
    const key = `${season.term}-${season.year}`;
    const already = await acceptedIn(season);
    const set = await call(t.app, s.consultantSession, {
      method: 'PUT',
      url: `/api/taskforce/seasons/${key}`,
      payload: { capacity: already + 1 },
    });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({ key, capacity: already + 1, isCapacitySet: true });

    const others = [await setting(), await setting()];
    const [one, two] = [await apply(others[0]!.adminSession), await apply(others[1]!.adminSession)];
    const fits = await call(t.app, s.consultantSession, {
      method: 'POST',
      url: `/api/taskforce/applications/${one.id}/decision`,
      payload: { decision: 'accept', version: 1, season },
    });
    expect(fits.statusCode, fits.body).toBe(200);
    const full = await call(t.app, s.consultantSession, {
      method: 'POST',
      url: `/api/taskforce/applications/${two.id}/decision`,
      payload: { decision: 'accept', version: 1, season },
    });
    expect(full.statusCode).toBe(422);
    const error = full.json<RefusalBody>().error;
    expect(error.fields.map((f) => f.path)).toEqual(['season']);
    expect(error.fields[0]?.message).toContain('Sæsonen er fuld');
    expect(error.fields[0]?.message).toContain(`${already + 1} af ${already + 1}`);
    const english = await call(t.app, s.consultantSession, {
      method: 'POST',
      url: `/api/taskforce/applications/${two.id}/decision`,
      payload: { decision: 'accept', version: 1, season },
      headers: { 'accept-language': 'en' },
    });
    expect(english.json<RefusalBody>().error.fields[0]?.message).toContain('The season is full');
    const unchanged = await call(t.app, others[1]!.adminSession, {
      method: 'GET',
      url: `/api/taskforce/applications/${two.id}`,
    });
    expect(unchanged.json<TaskforceApplication>()).toMatchObject({ status: 'submitted', version: 1, season: null });

    // The capacity cannot be set below what is already accepted.
    const below = await call(t.app, s.consultantSession, {
      method: 'PUT',
      url: `/api/taskforce/seasons/${key}`,
      payload: { capacity: already },
    });
    expect(below.statusCode).toBe(422);
    expect(below.json<{ error: { fields: { path: string }[] } }>().error.fields[0]?.path).toBe('capacity');
  });

  it('plans only coming seasons and shows the default capacity of two', async () => {
    const s = await setting();
    const app = await apply(s.adminSession);
    const past = await call(t.app, s.consultantSession, {
      method: 'POST',
      url: `/api/taskforce/applications/${app.id}/decision`,
      payload: { decision: 'accept', version: 1, season: { year: 2020, term: 'spring' } },
    });
    expect(past.statusCode).toBe(422);
    expect(past.json<RefusalBody>().error.fields[0]?.path).toBe('season');
    expect(past.json<RefusalBody>().error.fields[0]?.message).toContain('kommende sæson');
    const seasons = await call(t.app, s.consultantSession, { method: 'GET', url: '/api/taskforce/seasons' });
    expect(seasons.statusCode).toBe(200);
    const list = seasons.json<TaskforceSeasonList>();
    expect(list.defaultCapacity).toBe(2);
    expect(list.items.length).toBeGreaterThanOrEqual(4);
    expect(list.items.map((i) => i.term)).toContain('autumn');
  });
});

describe('isolation', () => {
  it('shows another municipality nothing: empty list, 404 on the application', async () => {
    const owner = await setting();
    const stranger = await setting();
    const created = await apply(owner.adminSession);
    for (const session of [stranger.adminSession, stranger.leaderSession]) {
      const list = await call(t.app, session, { method: 'GET', url: '/api/taskforce/applications' });
      expect(list.json<TaskforceApplicationList>().items.map((i) => i.id)).not.toContain(created.id);
      expect((await call(t.app, session, { method: 'GET', url: `/api/taskforce/applications/${created.id}` })).statusCode).toBe(
        404,
      );
      const patch = await call(t.app, session, {
        method: 'PATCH',
        url: `/api/taskforce/applications/${created.id}`,
        payload: { ...application(), version: 1 },
      });
      expect(patch.statusCode).toBe(404);
    }
    // Inside the municipality, only its leaders and administrators follow the application.
    const caseworker = await signInAs(t.app, owner.caseworker);
    expect((await call(t.app, caseworker, { method: 'GET', url: `/api/taskforce/applications/${created.id}` })).statusCode).toBe(
      404,
    );
    // The municipality does not see the taskforce's planning.
    expect((await call(t.app, owner.adminSession, { method: 'GET', url: '/api/taskforce/seasons' })).statusCode).toBe(403);
  });
});

describe('the course and its phases', () => {
  async function acceptedCourse() {
    const s = await setting();
    const created = await apply(s.adminSession);
    // A season within the ten years a date may be planned ahead, with room for one more start.
    const season = await seasonWithRoom({ ...freshSeason(), year: new Date().getFullYear() + 1 + Math.floor(Math.random() * 7) });
    const accepted = await call(t.app, s.consultantSession, {
      method: 'POST',
      url: `/api/taskforce/applications/${created.id}/decision`,
      payload: { decision: 'accept', version: 1, season },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const courseId = accepted.json<TaskforceApplication>().courseId;
    expect(courseId).not.toBeNull();
    const course = await call(t.app, s.adminSession, { method: 'GET', url: `/api/taskforce/courses/${courseId}` });
    expect(course.statusCode, course.body).toBe(200);
    return { ...s, season, course: course.json<TaskforceCourse>() };
  }

  it('makes an accepted application a course with four phases and their activities, planned from the season', async () => {
    const { course, season, adminSession, consultantSession } = await acceptedCourse();
    const start = season.term === 'spring' ? `${season.year}-02-01` : `${season.year}-09-01`;
    expect(course.phases.map((p) => p.phase)).toEqual(['preparation', 'analysis', 'development', 'anchoring']);
    expect(course.phases[0]).toMatchObject({ plannedStart: start, actualStart: null });
    expect(course.currentPhase).toBeNull();
    expect(course.activities.map((a) => a.kind)).toEqual(
      expect.arrayContaining(['start_up_meeting', 'kick_off_workshop', 'status_meeting', 'political_presentation']),
    );
    expect(course.activities.every((a) => !a.isOverdue)).toBe(true);
    expect(course.abilities).toEqual({
      canPlan: false,
      canEditOrganisation: true,
      canMarkDone: true,
      canFreezeData: false,
      canEditPlan: true,
      canManageStaff: false,
    });
    const asTaskforce = await call(t.app, consultantSession, { method: 'GET', url: `/api/taskforce/courses/${course.id}` });
    expect(asTaskforce.json<TaskforceCourse>().abilities).toEqual({
      canPlan: true,
      canEditOrganisation: true,
      canMarkDone: true,
      canFreezeData: true,
      canEditPlan: true,
      canManageStaff: true,
    });
    const list = await call(t.app, adminSession, { method: 'GET', url: '/api/taskforce/courses' });
    expect(list.json<TaskforceCourseList>().items.map((c) => c.id)).toEqual([course.id]);
  });

  it('refuses phase dates out of order, naming the date, and keeps the phases as they were', async () => {
    const { course, consultantSession, adminSession } = await acceptedCourse();
    const phases = course.phases.map(({ phase, plannedStart, plannedEnd, actualStart, actualEnd }) => ({
      phase,
      plannedStart,
      plannedEnd,
      actualStart,
      actualEnd,
    }));
    const overlapping = phases.map((p, i) => (i === 2 ? { ...p, plannedStart: phases[1]!.plannedStart } : p));
    const refused = await call(t.app, consultantSession, {
      method: 'PUT',
      url: `/api/taskforce/courses/${course.id}/phases`,
      payload: { version: course.version, phases: overlapping },
    });
    expect(refused.statusCode).toBe(422);
    const field = refused.json<RefusalBody>().error.fields[0];
    expect(field?.path).toBe('phases.2.plannedStart');
    expect(field?.message).toContain('rækkefølge');
    const unchanged = await call(t.app, consultantSession, { method: 'GET', url: `/api/taskforce/courses/${course.id}` });
    expect(unchanged.json<TaskforceCourse>()).toMatchObject({ version: course.version, phases: course.phases });

    // Analysis cannot actually start before preparation has.
    const early = phases.map((p, i) => (i === 1 ? { ...p, actualStart: p.plannedStart } : p));
    const refusedActual = await call(t.app, consultantSession, {
      method: 'PUT',
      url: `/api/taskforce/courses/${course.id}/phases`,
      payload: { version: course.version, phases: early },
    });
    expect(refusedActual.json<RefusalBody>().error.fields[0]?.path).toBe('phases.1.actualStart');

    const started = phases.map((p, i) => (i === 0 ? { ...p, actualStart: p.plannedStart } : p));
    const saved = await call(t.app, consultantSession, {
      method: 'PUT',
      url: `/api/taskforce/courses/${course.id}/phases`,
      payload: { version: course.version, phases: started },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json<TaskforceCourse>()).toMatchObject({ currentPhase: 'preparation', version: course.version + 1 });
    // The municipality follows the course but does not plan it.
    const byMunicipality = await call(t.app, adminSession, {
      method: 'PUT',
      url: `/api/taskforce/courses/${course.id}/phases`,
      payload: { version: course.version + 1, phases: started },
    });
    expect(byMunicipality.statusCode).toBe(403);
  });

  it('shows overdue activities to both sides; either side marks them done', async () => {
    const { course, consultantSession, adminSession } = await acceptedCourse();
    const added = await call(t.app, consultantSession, {
      method: 'POST',
      url: `/api/taskforce/courses/${course.id}/activities`,
      payload: { phase: 'preparation', kind: 'learning_activity', title: 'Læringsdag om Housing First', plannedOn: '2025-01-15' },
    });
    expect(added.statusCode, added.body).toBe(201);
    const overdue = added.json<TaskforceCourse>().activities.find((a) => a.title === 'Læringsdag om Housing First');
    expect(overdue?.isOverdue).toBe(true);
    const seen = await call(t.app, adminSession, { method: 'GET', url: '/api/taskforce/courses' });
    expect(seen.json<TaskforceCourseList>().items[0]?.overdueActivities).toBe(1);
    // The municipality may not move it, but marks it done.
    const moved = await call(t.app, adminSession, {
      method: 'PATCH',
      url: `/api/taskforce/courses/${course.id}/activities/${overdue?.id}`,
      payload: { plannedOn: '2025-02-01' },
    });
    expect(moved.statusCode).toBe(403);
    const done = await call(t.app, adminSession, {
      method: 'PATCH',
      url: `/api/taskforce/courses/${course.id}/activities/${overdue?.id}`,
      payload: { doneOn: '2025-01-16' },
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json<TaskforceCourse>().activities.find((a) => a.id === overdue?.id)).toMatchObject({
      doneOn: '2025-01-16',
      isOverdue: false,
    });
  });

  it('keeps the collaboration agreement with its data-collection clause and the municipality’s two bodies', async () => {
    const { course, consultantSession, adminSession } = await acceptedCourse();
    const agreement = {
      version: course.version,
      signedOn: '2025-03-01',
      document: 'Samarbejdsaftale j.nr. 1',
      dataScope: 'Nøgletal K1–K16 pr. måned',
      dataPeriodFrom: '2024-01-01',
      dataPeriodTo: '2024-12-31',
      dataAccess: 'Taskforcen ser diskretionerede tal',
      dataValidUntil: '2027-12-31',
    };
    const backwards = await call(t.app, consultantSession, {
      method: 'PUT',
      url: `/api/taskforce/courses/${course.id}/agreement`,
      payload: { ...agreement, dataPeriodTo: '2023-12-31' },
    });
    expect(backwards.statusCode).toBe(422);
    expect(backwards.json<RefusalBody>().error.fields[0]?.path).toBe('dataPeriodTo');
    const saved = await call(t.app, consultantSession, {
      method: 'PUT',
      url: `/api/taskforce/courses/${course.id}/agreement`,
      payload: agreement,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const { version: _version, ...terms } = agreement;
    expect(saved.json<TaskforceCourse>().agreement).toEqual(terms);

    const members = await call(t.app, adminSession, {
      method: 'PUT',
      url: `/api/taskforce/courses/${course.id}/members`,
      payload: {
        version: course.version + 1,
        members: [
          { body: 'implementation_team', name: 'Ida Implementering', role: 'Projektleder' },
          { body: 'steering_group', name: 'Sara Styregruppe', role: 'Direktør' },
        ],
      },
    });
    expect(members.statusCode, members.body).toBe(200);
    expect(members.json<TaskforceCourse>().members).toEqual([
      { body: 'implementation_team', name: 'Ida Implementering', role: 'Projektleder' },
      { body: 'steering_group', name: 'Sara Styregruppe', role: 'Direktør' },
    ]);
  });

  it('shows another municipality nothing of the course (404), and its caseworkers neither', async () => {
    const { course } = await acceptedCourse();
    const stranger = await setting();
    for (const session of [stranger.adminSession, stranger.leaderSession]) {
      expect((await call(t.app, session, { method: 'GET', url: `/api/taskforce/courses/${course.id}` })).statusCode).toBe(404);
      const list = await call(t.app, session, { method: 'GET', url: '/api/taskforce/courses' });
      expect(list.json<TaskforceCourseList>().items.map((c) => c.id)).not.toContain(course.id);
      const members = await call(t.app, session, {
        method: 'PUT',
        url: `/api/taskforce/courses/${course.id}/members`,
        payload: { version: 1, members: [] },
      });
      expect(members.statusCode).toBe(404);
    }
  });
});
