/**
 * Key figures through the API: the leader's dashboard (retention per method, trend, a
 * breakdown), the citizens behind a figure (scoped, audited), a shelter's own stays, bad
 * input naming its field, and the national view: every municipality, suppressed, no person.
 */
import { describe, expect, it } from 'vitest';
import type { CourseRegistrationContent, KeyFigureCitizens, KeyFigures, NationalFigures } from '@hjemvej/contract';
import { currentFidelityInstrument, lifeAreas } from '@hjemvej/domain';
import { emptyRegistrationBody, storedBodyOf } from '../src/modules/course-registrations/course-registration-queries';
import { call, signInAs, useTestApp } from './support/test-app';
import {
  createCitizen,
  createHousingAllocation,
  createMunicipalityWithStaff,
  createOrganisation,
  createShelterWithStaff,
  createStay,
  createSupportCourse,
  createUnit,
  createUser,
} from './support/factories';
import { auditEvent, newestAuditEvent } from './support/audit-events';

const t = useTestApp();

const period = 'from=2025-01-01&to=2025-12-31&referenceDate=2026-01-31';

/** Six CTI move-ins on 1 February 2025 (one returns to a shelter in March) and two ICM move-ins. */
async function setting() {
  const staff = await createMunicipalityWithStaff(t.db);
  const org = staff.organisation.id;
  const cti = await createUnit(t.db, org, { name: 'CTI-teamet', kind: 'cti' });
  const icm = await createUnit(t.db, org, { name: 'ICM-teamet', kind: 'icm' });
  const leader = await createUser(t.db, org, { role: 'leader', unitIds: [staff.unit.id] });
  const shelter = await createShelterWithStaff(t.db);
  const people = [];
  for (let i = 0; i < 8; i += 1) {
    const citizen = await createCitizen(t.db, { handlekommuneId: org, lastName: `Borger${i}` });
    await createStay(t.db, {
      citizenId: citizen.id,
      shelterId: shelter.organisation.id,
      admittedOn: '2025-01-06',
      dischargedOn: '2025-02-01',
      notifiedOn: '2025-01-07',
    });
    await createHousingAllocation(t.db, { citizenId: citizen.id, allocatedOn: '2025-01-20', moveInOn: '2025-02-01' });
    await createSupportCourse(t.db, {
      citizenId: citizen.id,
      teamUnitId: i < 6 ? cti.id : icm.id,
      workerUserId: null,
      method: i < 6 ? 'cti' : 'icm',
      startedOn: '2025-01-15',
    });
    people.push(citizen);
  }
  const returned = people[0];
  if (!returned) throw new Error('no people');
  await createStay(t.db, {
    citizenId: returned.id,
    shelterId: shelter.organisation.id,
    admittedOn: '2025-03-01',
    notifiedOn: '2025-03-02',
  });
  return { ...staff, cti, icm, leader, shelter, people, returned };
}

describe('the municipal dashboard', () => {
  it('shows retention per method, the trend and the definitions', async () => {
    const s = await setting();
    const session = await signInAs(t.app, s.leader);
    const response = await call(t.app, session, { method: 'GET', url: `/api/key-figures?${period}&breakdown=method` });
    expect(response.statusCode, response.body).toBe(200);
    const figures = response.json<KeyFigures>();
    const retained = figures.measures.find((m) => m.id === 'k3_retained_3m');
    expect(retained?.period).toMatchObject({ numerator: 7, denominator: 8, share: 7 / 8 });
    expect(retained?.groups.map((g) => [g.key, g.summary.numerator, g.summary.denominator])).toEqual([
      ['cti', 5, 6],
      ['icm', 2, 2],
    ]);
    expect(retained?.trend).toHaveLength(8);
    expect(retained?.trend.find((q) => q.window === 'q2025-1')?.summary.denominator).toBe(8);
    expect(figures.measures.find((m) => m.id === 'k8_notified_on_time')?.period).toMatchObject({ numerator: 9, denominator: 9 });
    expect(figures.definitions.find((d) => d.id === 'K14')?.notComputedReason).toBeNull();
    expect(figures.definitions.find((d) => d.id === 'K16')?.notComputedReason).toBeNull();
    expect(figures.definitions.find((d) => d.id === 'K3')?.source).toContain('ved sidste indberetning');
  });

  it('answers in the latest definitions by default and in an earlier version when asked (K15 without required fields in version 1)', async () => {
    const s = await setting();
    const session = await signInAs(t.app, s.leader);
    const latest = (await call(t.app, session, { method: 'GET', url: `/api/key-figures?${period}` })).json<KeyFigures>();
    expect(latest.version).toBe(2);
    expect(latest.measures.map((m) => m.id)).toContain('k15_required_fields');
    expect(latest.definitions.find((d) => d.id === 'K15')?.version).toBe(2);
    const first = (await call(t.app, session, { method: 'GET', url: `/api/key-figures?${period}&version=1` })).json<KeyFigures>();
    expect(first.version).toBe(1);
    expect(first.measures.map((m) => m.id)).not.toContain('k15_required_fields');
    expect(first.measures.map((m) => m.id)).toContain('k15_registration_overdue');
    expect(first.definitions.find((d) => d.id === 'K15')?.version).toBe(1);
    expect(first.definitions.find((d) => d.id === 'K3')?.version).toBe(1);
  });

  it('shows beside retention how many got an eviction warning after moving in (a risk to keeping the home)', async () => {
    const s = await setting();
    const warn = (citizenId: string | null, receivedOn: string) =>
      t.db
        .insertInto('eviction_warnings')
        .values({
          organisation_id: s.organisation.id,
          citizen_id: citizenId,
          tenant_name: 'Lejer',
          tenant_address: 'Vejen 1',
          landlord_name: 'Udlejer',
          received_on: receivedOn,
        })
        .execute();
    const [first, second] = s.people.slice(1);
    if (!first || !second) throw new Error('no people');
    await warn(first.id, '2025-04-10');
    // Before the move-in, and without a citizen: not a risk to this home.
    await warn(second.id, '2025-01-10');
    await warn(null, '2025-04-10');
    const session = await signInAs(t.app, s.leader);
    const figures = (
      await call(t.app, session, { method: 'GET', url: `/api/key-figures?${period}&breakdown=method` })
    ).json<KeyFigures>();
    expect(figures.measures.find((m) => m.id === 'k3_retained_3m')?.evictionWarnings).toBe(1);
    expect(figures.measures.find((m) => m.id === 'k1_lead_time')?.evictionWarnings ?? null).toBeNull();
  });

  it('computes lawful discharges (K9), waiting while ready (K11), overdue registrations (K15) and reimbursement days (K16)', async () => {
    const s = await setting();
    const ready = s.people[1];
    if (!ready) throw new Error('no people');
    // Ready to move on 1 August 2024, moved in 1 February 2025: 184 days, over 5 months, not over 12.
    await t.db
      .insertInto('housing_profiles')
      .values({ citizen_id: ready.id, organisation_id: s.organisation.id, ready_to_move_on: '2024-08-01' })
      .execute();
    const session = await signInAs(t.app, s.leader);
    const response = await call(t.app, session, { method: 'GET', url: `/api/key-figures?${period}` });
    expect(response.statusCode, response.body).toBe(200);
    const figures = response.json<KeyFigures>();
    const period_ = (id: string) => figures.measures.find((m) => m.id === id)?.period;
    // Eight planned discharges on 1 February without a plan: none lawful.
    expect(period_('k9_lawful_discharge')).toMatchObject({ numerator: 0, denominator: 8 });
    expect(period_('k11_waiting_days')).toMatchObject({ denominator: 1, median: 184 });
    expect(period_('k11_waiting_over_5m')).toMatchObject({ numerator: 1, denominator: 1 });
    expect(period_('k11_waiting_over_12m')).toMatchObject({ numerator: 0, denominator: 1 });
    // Eight courses running on 31 December without an intake.
    expect(period_('k15_registration_overdue')).toMatchObject({ numerator: 8, denominator: 8 });
    // Back at the shelter since 1 March: 26 + 306 nights in the running year, over 120.
    expect(period_('k16_over_reimbursement_limit')).toMatchObject({ numerator: 1, denominator: 1, median: 332 });
    for (const id of ['K9', 'K11', 'K15', 'K16'])
      expect(figures.definitions.find((d) => d.id === id)?.notComputedReason).toBeNull();

    // The English screen reads the later definitions in English.
    const english = await call(t.app, session, {
      method: 'GET',
      url: `/api/key-figures?${period}`,
      headers: { 'accept-language': 'en' },
    });
    expect(english.json<KeyFigures>().definitions.find((d) => d.id === 'K9')?.exclusions).toContain('planned discharge');

    const behind = await call(t.app, session, {
      method: 'GET',
      url: `/api/key-figures/citizens?${period}&measure=k16_over_reimbursement_limit&part=numerator`,
    });
    expect(behind.statusCode, behind.body).toBe(200);
    expect(behind.json<KeyFigureCitizens>().items.map((i) => [i.id, i.value])).toEqual([[s.returned.id, 332]]);
  });

  it('counts course registrations with every required field filled (K15), opens the citizens behind both parts, and publishes them suppressed', async () => {
    const s = await setting();
    const [complete, gap, empty] = s.people;
    if (!complete || !gap || !empty) throw new Error('no people');
    const content = (kind: 'intake' | 'status', registeredOn: string): CourseRegistrationContent => ({
      ...emptyRegistrationBody,
      kind,
      registeredOn,
      housingStatus: 'not_housed',
      homelessCategory: 'shelter_110',
      referralSource: kind === 'intake' ? 'shelter_110' : null,
      contactFrequency: 'weekly',
      lifeAreas: lifeAreas.map((lifeArea) => ({ lifeArea, workerRating: 3, citizenRating: 4, citizenWords: null })),
    });
    // Stored as the course-registrations module stores them (its own serialiser).
    const register = async (citizenId: string, c: CourseRegistrationContent) => {
      const course = await t.db
        .selectFrom('support_courses')
        .select('id')
        .where('citizen_id', '=', citizenId)
        .executeTakeFirstOrThrow();
      await t.db
        .insertInto('course_registrations')
        .values({
          support_course_id: course.id,
          citizen_id: citizenId,
          kind: c.kind,
          registered_on: c.registeredOn,
          content: storedBodyOf(c),
        })
        .execute();
    };
    await register(complete.id, content('intake', '2025-01-20'));
    // The citizen has not rated housing, and no contact frequency: two fields empty.
    const intake = content('intake', '2025-01-20');
    await register(gap.id, {
      ...intake,
      contactFrequency: null,
      lifeAreas: intake.lifeAreas.map((l) => (l.lifeArea === 'housing' ? { ...l, citizenRating: null } : l)),
    });
    // Before the period: not counted.
    await register(gap.id, { ...content('status', '2024-12-20'), contactFrequency: null });
    // Saved with nothing filled in: 1 housing status + 1 contact frequency + 16 ratings.
    await t.db
      .insertInto('course_registrations')
      .values({
        support_course_id: (
          await t.db.selectFrom('support_courses').select('id').where('citizen_id', '=', empty.id).executeTakeFirstOrThrow()
        ).id,
        citizen_id: empty.id,
        kind: 'status',
        registered_on: '2025-06-01',
        content: '{}',
      })
      .execute();

    const session = await signInAs(t.app, s.leader);
    const figures = (
      await call(t.app, session, { method: 'GET', url: `/api/key-figures?${period}&breakdown=method` })
    ).json<KeyFigures>();
    const filled = figures.measures.find((m) => m.id === 'k15_required_fields');
    expect(filled?.period).toMatchObject({ numerator: 1, denominator: 3 });
    expect(filled?.groups.map((g) => [g.key, g.summary.numerator, g.summary.denominator])).toEqual([['cti', 1, 3]]);
    expect(figures.definitions.find((d) => d.id === 'K15')?.measures).toContain('k15_required_fields');

    const behind = async (part: 'numerator' | 'denominator') => {
      const response = await call(t.app, session, {
        method: 'GET',
        url: `/api/key-figures/citizens?${period}&measure=k15_required_fields&part=${part}`,
      });
      expect(response.statusCode, response.body).toBe(200);
      return response
        .json<KeyFigureCitizens>()
        .items.map((i) => [i.id, i.value])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    };
    expect(await behind('numerator')).toEqual([[complete.id, 0]]);
    expect(await behind('denominator')).toEqual(
      [
        [complete.id, 0],
        [gap.id, 2],
        [empty.id, 18],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );

    // Nationally: 1 of 3 is below the threshold, hidden; no person.
    const agency = await createOrganisation(t.db, { kind: 'national_agency', name: 'Social- og Boligstyrelsen' });
    const consultant = await signInAs(t.app, await createUser(t.db, agency.id, { role: 'national_consultant' }));
    const national = await call(t.app, consultant, { method: 'GET', url: `/api/national-figures?${period}` });
    expect(national.statusCode, national.body).toBe(200);
    const mine = national.json<NationalFigures>().municipalities.find((m) => m.id === s.organisation.id)
      ?.figures.k15_required_fields;
    expect(mine?.numerator.kind).toBe('suppressed');
    expect(mine?.denominator.kind).toBe('suppressed');
    expect(mine?.share).toBeNull();
    for (const p of [complete, gap, empty]) expect(national.body).not.toContain(p.id);
  });

  it('breaks down by unit with the team names', async () => {
    const s = await setting();
    const session = await signInAs(t.app, s.leader);
    const figures = (
      await call(t.app, session, { method: 'GET', url: `/api/key-figures?${period}&breakdown=unit` })
    ).json<KeyFigures>();
    const groups = figures.measures.find((m) => m.id === 'k3_retained_3m')?.groups ?? [];
    expect(groups.map((g) => g.label).sort()).toEqual(['CTI-teamet', 'ICM-teamet']);
  });

  it('opens the citizens behind a figure, within scope, and audits whom it showed', async () => {
    const s = await setting();
    const session = await signInAs(t.app, s.leader);
    const notRetained = await call(t.app, session, {
      method: 'GET',
      url: `/api/key-figures/citizens?${period}&measure=k3_retained_3m&part=denominator&breakdown=method&group=cti`,
    });
    expect(notRetained.statusCode, notRetained.body).toBe(200);
    const body = notRetained.json<KeyFigureCitizens>();
    expect(body.items).toHaveLength(6);
    expect(body.outsideScope).toBe(0);
    const numerator = (
      await call(t.app, session, {
        method: 'GET',
        url: `/api/key-figures/citizens?${period}&measure=k3_retained_3m&part=numerator`,
      })
    ).json<KeyFigureCitizens>();
    expect(numerator.items.map((i) => i.id)).not.toContain(s.returned.id);
    expect(numerator.items).toHaveLength(7);
    const event = await newestAuditEvent(t.db, { action: 'key_figures.citizens', actorUserId: s.leader.id }, [
      'action',
      'changes',
    ]);
    expect((event.changes as { citizenIds: string[] }).citizenIds).toHaveLength(7);
  });

  it('lets a municipal administrator see the figures but no person behind them', async () => {
    const s = await setting();
    const session = await signInAs(t.app, s.admin);
    const figures = (await call(t.app, session, { method: 'GET', url: `/api/key-figures?${period}` })).json<KeyFigures>();
    expect(figures.measures.find((m) => m.id === 'k3_retained_3m')?.period.denominator).toBe(8);
    const behind = (
      await call(t.app, session, {
        method: 'GET',
        url: `/api/key-figures/citizens?${period}&measure=k3_retained_3m&part=numerator`,
      })
    ).json<KeyFigureCitizens>();
    expect(behind).toMatchObject({ items: [], outsideScope: 7 });
  });

  it('shows a shelter leader the figures of the shelter’s own stays only', async () => {
    const s = await setting();
    const session = await signInAs(t.app, s.shelter.leader);
    const figures = (await call(t.app, session, { method: 'GET', url: `/api/key-figures?${period}` })).json<KeyFigures>();
    expect(figures.measures.map((m) => m.id)).not.toContain('k3_retained_3m');
    expect(figures.measures.find((m) => m.id === 'k8_notified_on_time')?.period).toMatchObject({ numerator: 9, denominator: 9 });
    const refused = await call(t.app, session, {
      method: 'GET',
      url: `/api/key-figures/citizens?${period}&measure=k3_retained_3m&part=numerator`,
    });
    expect(refused.statusCode).toBe(422);
  });

  it.each([
    ['from=2025-06-01&to=2025-01-01&referenceDate=2026-01-31', 'to'],
    ['from=2025-01-01&to=2025-12-31&referenceDate=2030-01-01', 'referenceDate'],
    ['from=2025-01-01&to=2025-12-31&referenceDate=2025-06-30', 'to'],
    [`${period}&breakdown=shoe_size`, 'breakdown'],
    [`${period}&version=9`, 'version'],
  ])('refuses %s naming the field %s', async (query, field) => {
    const s = await setting();
    const session = await signInAs(t.app, s.leader);
    const response = await call(t.app, session, { method: 'GET', url: `/api/key-figures?${query}` });
    expect(response.statusCode, response.body).toBe(422);
    const fields = response.json<{ error: { fields?: { path: string; message: string }[] } }>().error.fields ?? [];
    expect(fields.map((f) => f.path)).toEqual([field]);
    expect(fields[0]?.message.length).toBeGreaterThan(10);
  });

  it('refuses an unknown measure or window by name', async () => {
    const s = await setting();
    const session = await signInAs(t.app, s.leader);
    for (const [query, field] of [
      ['measure=k99', 'measure'],
      ['measure=k1_lead_time&window=q1999-1', 'window'],
    ]) {
      const response = await call(t.app, session, { method: 'GET', url: `/api/key-figures/citizens?${period}&${query}` });
      expect(response.statusCode).toBe(422);
      expect(response.json<{ error: { fields: { path: string }[] } }>().error.fields.map((f) => f.path)).toEqual([field]);
    }
  });
});

describe('the national view', () => {
  async function consultant() {
    const agency = await createOrganisation(t.db, { kind: 'national_agency', name: 'Social- og Boligstyrelsen' });
    const user = await createUser(t.db, agency.id, { role: 'national_consultant' });
    return signInAs(t.app, user);
  }

  it('shows every municipality side by side, hides small cells as "<5" and names no person', async () => {
    const s = await setting();
    const small = await createMunicipalityWithStaff(t.db);
    const lone = await createCitizen(t.db, { handlekommuneId: small.organisation.id });
    await createHousingAllocation(t.db, { citizenId: lone.id, allocatedOn: '2025-01-20', moveInOn: '2025-02-01' });
    const session = await consultant();
    const response = await call(t.app, session, { method: 'GET', url: `/api/national-figures?${period}` });
    expect(response.statusCode, response.body).toBe(200);
    const national = response.json<NationalFigures>();
    const big = national.municipalities.find((m) => m.id === s.organisation.id);
    const tiny = national.municipalities.find((m) => m.id === small.organisation.id);
    // 7 of 8, shown as they are, unless this municipality was the one picked to protect the tiny
    // one's "<5" from subtraction off the country total (which other tests' municipalities
    // sharing this database decide): then hidden as "..", never as "<5" and never wrong.
    const k3 = big?.figures.k3_retained_3m;
    for (const [cell, value] of [
      [k3?.numerator, 7],
      [k3?.denominator, 8],
    ] as const) {
      if (cell?.kind === 'value') expect(cell.value).toBe(value);
      else expect(cell).toMatchObject({ kind: 'suppressed', label: '..' });
    }
    // 7 of 8: the complement (1) is below 5, so the share is hidden, and so is one of the two
    // counts: shown together they would tell the share (and that one person did not keep the home).
    expect(big?.figures.k3_retained_3m?.share).toBeNull();
    expect(big?.figures.k3_retained_3m?.shareLabel).toBe('..');
    expect([k3?.numerator.kind, k3?.denominator.kind]).toContain('suppressed');
    expect(tiny?.figures.k3_retained_3m?.denominator).toEqual({ kind: 'suppressed', label: '<5' });
    expect(big?.methods).toEqual(['cti', 'icm']);
    for (const p of [...s.people, lone]) {
      expect(response.body).not.toContain(p.id);
      expect(response.body).not.toContain(p.lastName ?? '');
    }
    const audit = await auditEvent(t.db, { action: 'national_figures.read' }, ['citizen_id']);
    expect(audit.citizen_id).toBeNull();
  });

  it('shows method fidelity (K14) per municipality and method: the teams’ latest score per core element, no team and no person', async () => {
    const s = await setting();
    const leader = await signInAs(t.app, s.leader);
    const answers = (answer: 'yes' | 'partly') =>
      [...currentFidelityInstrument('housing_first').items, ...currentFidelityInstrument('cti').items].map((i) => ({
        itemId: i.id,
        answer,
      }));
    const measure = async (measuredOn: string, answer: 'yes' | 'partly') => {
      const response = await call(t.app, leader, {
        method: 'POST',
        url: '/api/fidelity/measurements',
        payload: {
          unitId: s.cti.id,
          measuredOn,
          raterType: 'self',
          collectionMethod: 'self_report',
          methodVersion: 1,
          commonVersion: 1,
          answers: answers(answer),
        },
      });
      expect(response.statusCode, response.body).toBe(201);
      return response.json<{ id: string }>().id;
    };
    const older = await measure('2025-06-01', 'partly');
    const latest = await measure('2025-12-01', 'yes');
    // After the reference date: not yet known.
    await measure('2026-03-01', 'partly');

    const agency = await createOrganisation(t.db, { kind: 'national_agency', name: 'Social- og Boligstyrelsen' });
    const consultant = await signInAs(t.app, await createUser(t.db, agency.id, { role: 'national_consultant' }));
    const response = await call(t.app, consultant, { method: 'GET', url: `/api/national-figures?${period}` });
    expect(response.statusCode, response.body).toBe(200);
    const fidelity = response.json<NationalFigures>().fidelity.filter((f) => f.municipalityId === s.organisation.id);
    expect(fidelity.map((f) => [f.method, f.teams, f.latestOn, f.total])).toEqual([['cti', 1, '2025-12-01', 100]]);
    expect(fidelity[0]?.elements.length).toBeGreaterThan(3);
    expect(fidelity[0]?.elements.every((e) => e.latest === 100 && e.name.length > 0)).toBe(true);
    for (const id of [s.cti.id, older, latest, ...s.people.map((p) => p.id)]) expect(response.body).not.toContain(id);
    // In English, the core elements' English names.
    const english = await call(t.app, consultant, {
      method: 'GET',
      url: `/api/national-figures?${period}`,
      headers: { 'accept-language': 'en' },
    });
    const names = (n: NationalFigures) =>
      n.fidelity.find((f) => f.municipalityId === s.organisation.id)?.elements.map((e) => e.name);
    expect(names(english.json<NationalFigures>())).not.toEqual(names(response.json<NationalFigures>()));
  });

  it('gives the national consultant no drill-down and no municipal dashboard, and others no national view', async () => {
    const s = await setting();
    const session = await consultant();
    for (const url of [`/api/key-figures?${period}`, `/api/key-figures/citizens?${period}&measure=k3_retained_3m`])
      expect((await call(t.app, session, { method: 'GET', url })).statusCode).toBe(403);
    const leader = await signInAs(t.app, s.leader);
    expect((await call(t.app, leader, { method: 'GET', url: `/api/national-figures?${period}` })).statusCode).toBe(403);
  });
});
