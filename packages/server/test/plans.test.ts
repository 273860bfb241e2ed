/**
 * § 141/§ 142 plans through the API: goals per life area, the citizen's wishes, responsible
 * persons and follow-ups; every version kept, read and compared; optimistic concurrency;
 * impossible sequences; and who reads and writes (a shelter reads its resident's § 142 plan).
 */
import { describe, expect, it } from 'vitest';
import type { ErrorBody, Plan, PlanVersion, VersionComparison, VersionList } from '@hjemvej/contract';
import { addDays } from '@hjemvej/domain';
import { todayInDenmark } from '../src/calendar/danish-time';
import { call, signInAs, useTestApp, type Session } from './support/test-app';
import { municipalityWithCitizen } from './support/scenarios';
import { createMunicipalityWithStaff, createShelterWithStaff, createStay, createUser } from './support/factories';
import { auditEvent } from './support/audit-events';

const t = useTestApp();

const planBody = {
  kind: '141',
  madeOn: '2025-04-01',
  goals: [
    { lifeArea: 'housing', goal: 'Egen lejlighed inden for to måneder' },
    { lifeArea: 'finances', goal: 'Kontanthjælp i gang', note: 'Jobcentret er kontaktet' },
  ],
  citizenWishes: 'Vil bo i Vollsmose, tæt på sin søster.',
  responsible: [{ name: 'Kirsten Holm', unit: 'Myndighed voksne', task: 'Koordinerer planen' }],
  followUps: [
    { dueOn: '2025-06-01', note: 'Status på boligsøgning' },
    { dueOn: '2025-05-01', doneOn: '2025-05-02' },
  ],
};

async function createPlan(session: Session, citizenId: string, payload: Record<string, unknown> = planBody) {
  const response = await call(t.app, session, { method: 'POST', url: `/api/citizens/${citizenId}/plans`, payload });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Plan>();
}

describe('making a plan', () => {
  it('keeps goals per life area, the citizen’s wishes, who is responsible and the next follow-up, as version 1', async () => {
    const m = await municipalityWithCitizen(t);
    const plan = await createPlan(m.session, m.citizen.id);
    expect(plan).toMatchObject({
      citizenId: m.citizen.id,
      kind: '141',
      madeOn: '2025-04-01',
      endedOn: null,
      goals: [
        { lifeArea: 'housing', goal: 'Egen lejlighed inden for to måneder', note: null },
        { lifeArea: 'finances', goal: 'Kontanthjælp i gang', note: 'Jobcentret er kontaktet' },
      ],
      citizenWishes: 'Vil bo i Vollsmose, tæt på sin søster.',
      responsible: [{ name: 'Kirsten Holm', unit: 'Myndighed voksne', task: 'Koordinerer planen' }],
      nextFollowUpOn: '2025-06-01',
      version: 1,
    });
    const list = await call(t.app, m.session, { method: 'GET', url: `/api/citizens/${m.citizen.id}/plans` });
    expect(list.json<{ items: Plan[] }>().items.map((p) => p.id)).toEqual([plan.id]);
    const event = await auditEvent(t.db, { action: 'plan.create', subjectId: plan.id }, ['citizen_id', 'changes']);
    expect(event.citizen_id).toBe(m.citizen.id);
    expect(JSON.stringify(event.changes)).not.toContain('Vollsmose');
  });

  it('refuses impossible sequences, naming the field', async () => {
    const m = await municipalityWithCitizen(t);
    const cases: [Record<string, unknown>, string][] = [
      [{ ...planBody, endedOn: '2025-03-31' }, 'endedOn'],
      [{ ...planBody, madeOn: addDays(todayInDenmark(), 1), followUps: [] }, 'madeOn'],
      [{ ...planBody, followUps: [{ dueOn: '2025-05-01' }, { dueOn: '2025-03-01' }] }, 'followUps.1.dueOn'],
      [{ ...planBody, followUps: [{ dueOn: '2025-05-01', doneOn: '2025-03-30' }] }, 'followUps.0.doneOn'],
      [{ ...planBody, kind: '142' }, 'kind'],
    ];
    for (const [payload, field] of cases) {
      const response = await call(t.app, m.session, {
        method: 'POST',
        url: `/api/citizens/${m.citizen.id}/plans`,
        payload,
        headers: { 'accept-language': 'da' },
      });
      expect(response.statusCode, field).toBe(422);
      expect(response.json<ErrorBody>().error.fields?.[0]?.path).toBe(field);
    }
    expect(await t.db.selectFrom('plans').select('id').where('citizen_id', '=', m.citizen.id).execute()).toEqual([]);
  });
});

describe('versions', () => {
  it('keeps every version: list, read one in full, compare two field by field', async () => {
    const m = await municipalityWithCitizen(t);
    const plan = await createPlan(m.session, m.citizen.id);
    const v2 = await call(t.app, m.session, {
      method: 'PATCH',
      url: `/api/plans/${plan.id}`,
      payload: { version: 1, goals: [{ lifeArea: 'housing', goal: 'Egen lejlighed med bostøtte' }, planBody.goals[1]] },
    });
    expect(v2.statusCode, v2.body).toBe(200);
    const v3 = await call(t.app, m.session, {
      method: 'PATCH',
      url: `/api/plans/${plan.id}`,
      payload: { version: 2, endedOn: '2025-09-30' },
    });
    expect(v3.json<Plan>()).toMatchObject({
      version: 3,
      endedOn: '2025-09-30',
      goals: [{ goal: 'Egen lejlighed med bostøtte' }, { goal: 'Kontanthjælp i gang' }],
    });

    const versions = (await call(t.app, m.session, { method: 'GET', url: `/api/plans/${plan.id}/versions` })).json<VersionList>();
    expect(versions.items.map((v) => [v.version, v.changedFields])).toEqual([
      [1, []],
      [2, ['goals']],
      [3, ['endedOn']],
    ]);
    expect(versions.items[0]?.savedBy.name).toMatch(/^Test caseworker/);

    const first = await call(t.app, m.session, { method: 'GET', url: `/api/plans/${plan.id}/versions/1` });
    expect(first.statusCode).toBe(200);
    expect(first.json<PlanVersion>().content).toMatchObject({
      endedOn: null,
      goals: [{ goal: 'Egen lejlighed inden for to måneder' }, { goal: 'Kontanthjælp i gang' }],
    });
    expect((await call(t.app, m.session, { method: 'GET', url: `/api/plans/${plan.id}/versions/9` })).statusCode).toBe(404);

    const comparison = await call(t.app, m.session, { method: 'GET', url: `/api/plans/${plan.id}/compare?from=1&to=3` });
    expect(comparison.statusCode, comparison.body).toBe(200);
    expect(comparison.json<VersionComparison>()).toMatchObject({
      from: { version: 1 },
      to: { version: 3 },
      changes: [
        { path: 'endedOn', change: 'added', from: null, to: '2025-09-30' },
        {
          path: 'goals.0.goal',
          change: 'changed',
          from: 'Egen lejlighed inden for to måneder',
          to: 'Egen lejlighed med bostøtte',
        },
      ],
    });
    const unknown = await call(t.app, m.session, { method: 'GET', url: `/api/plans/${plan.id}/compare?from=1&to=7` });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json<ErrorBody>().error.fields?.[0]?.path).toBe('to');
  });

  it('the second of two editors gets 409 with what changed and by whom; the first editor’s version stands', async () => {
    const m = await municipalityWithCitizen(t);
    const colleague = await createUser(t.db, m.organisation.id, { role: 'caseworker', displayName: 'Kollega Kirsten' });
    const other = await signInAs(t.app, colleague);
    const plan = await createPlan(m.session, m.citizen.id);
    const first = await call(t.app, other, {
      method: 'PATCH',
      url: `/api/plans/${plan.id}`,
      payload: { version: 1, citizenWishes: 'Vil helst bo i Bolbro.' },
    });
    expect(first.statusCode).toBe(200);
    const second = await call(t.app, m.session, {
      method: 'PATCH',
      url: `/api/plans/${plan.id}`,
      payload: { version: 1, endedOn: '2025-12-31' },
    });
    expect(second.statusCode).toBe(409);
    expect(second.json<ErrorBody>().error.conflict).toMatchObject({
      changedFields: ['citizenWishes'],
      changedBy: 'Kollega Kirsten',
      current: { id: plan.id, version: 2, citizenWishes: 'Vil helst bo i Bolbro.', endedOn: null },
    });
    const versions = await t.db.selectFrom('plan_versions').select('version').where('plan_id', '=', plan.id).execute();
    expect(versions).toHaveLength(2);
  });
});

describe('who sees and makes plans', () => {
  it('the shelter reads its resident’s § 142 plan and its versions but does not make or change plans; others do not find it', async () => {
    const m = await municipalityWithCitizen(t);
    const shelter = await createShelterWithStaff(t.db);
    await createStay(t.db, { citizenId: m.citizen.id, shelterId: shelter.organisation.id, admittedOn: '2025-03-20' });
    const plan = await createPlan(m.session, m.citizen.id, { ...planBody, kind: '142' });
    expect(plan.kind).toBe('142');

    const staff = await signInAs(t.app, shelter.staff);
    expect(
      (await call(t.app, staff, { method: 'GET', url: `/api/citizens/${m.citizen.id}/plans` }))
        .json<{ items: Plan[] }>()
        .items.map((p) => p.id),
    ).toEqual([plan.id]);
    expect((await call(t.app, staff, { method: 'GET', url: `/api/plans/${plan.id}` })).statusCode).toBe(200);
    expect((await call(t.app, staff, { method: 'GET', url: `/api/plans/${plan.id}/versions` })).statusCode).toBe(200);
    expect(
      (
        await call(t.app, staff, {
          method: 'POST',
          url: `/api/citizens/${m.citizen.id}/plans`,
          payload: { kind: '142', madeOn: '2025-04-02' },
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await call(t.app, staff, { method: 'PATCH', url: `/api/plans/${plan.id}`, payload: { version: 1, citizenWishes: 'x' } }))
        .statusCode,
    ).toBe(403);

    const otherShelter = await createShelterWithStaff(t.db);
    const otherMunicipality = await createMunicipalityWithStaff(t.db);
    for (const user of [otherShelter.leader, otherMunicipality.caseworker]) {
      const session = await signInAs(t.app, user);
      expect((await call(t.app, session, { method: 'GET', url: `/api/plans/${plan.id}` })).statusCode).toBe(404);
      expect((await call(t.app, session, { method: 'GET', url: `/api/plans/${plan.id}/compare?from=1&to=1` })).statusCode).toBe(
        404,
      );
    }
  });
});
