/**
 * VUM 2.0 assessments through the API: areas with level of function, support need and goal
 * type, the citizen's own view, impossible input, optimistic concurrency, and who may read
 * and write (the municipality writes; a shelter reads its residents').
 */
import { describe, expect, it } from 'vitest';
import type { Assessment, ErrorBody } from '@hjemvej/contract';
import { addDays, vumAreas } from '@hjemvej/domain';
import { todayInDenmark } from '../src/calendar/danish-time';
import { call, signInAs, useTestApp } from './support/test-app';
import { municipalityWithCitizen } from './support/scenarios';
import { createMunicipalityWithStaff, createShelterWithStaff, createStay, createUser } from './support/factories';
import { auditEvents } from './support/audit-events';

const t = useTestApp();

const body = {
  assessedOn: '2025-03-10',
  areas: [
    {
      area: 'community_life',
      functionLevel: 'severe',
      supportNeed: 'high',
      goalType: 'develop',
      note: 'Har ikke haft egen bolig i to år',
    },
    { area: 'mental_functions', functionLevel: 'moderate', supportNeed: 'moderate', goalType: 'maintain' },
  ],
  summary: 'Behov for intensiv støtte i overgangen til egen bolig.',
  citizenView: 'Jeg vil bare have mit eget sted og være i fred.',
};

describe('recording an assessment', () => {
  it('answers every VUM area in the method’s order, with the citizen’s own view, and audits it under the citizen', async () => {
    const m = await municipalityWithCitizen(t);
    const created = await call(t.app, m.session, {
      method: 'POST',
      url: `/api/citizens/${m.citizen.id}/assessments`,
      payload: body,
    });
    expect(created.statusCode, created.body).toBe(201);
    const assessment = created.json<Assessment>();
    expect(assessment.areas.map((a) => a.area)).toEqual([...vumAreas]);
    expect(assessment.areas.find((a) => a.area === 'mental_functions')).toEqual({
      area: 'mental_functions',
      functionLevel: 'moderate',
      supportNeed: 'moderate',
      goalType: 'maintain',
      note: null,
    });
    expect(assessment.areas.find((a) => a.area === 'community_life')).toMatchObject({
      functionLevel: 'severe',
      supportNeed: 'high',
      goalType: 'develop',
    });
    expect(assessment.areas.find((a) => a.area === 'health')).toEqual({
      area: 'health',
      functionLevel: 'not_assessed',
      supportNeed: 'not_assessed',
      goalType: null,
      note: null,
    });
    expect(assessment).toMatchObject({
      citizenId: m.citizen.id,
      assessedOn: '2025-03-10',
      citizenView: body.citizenView,
      version: 1,
    });

    const list = await call(t.app, m.session, { method: 'GET', url: `/api/citizens/${m.citizen.id}/assessments` });
    expect(list.json<{ items: Assessment[] }>().items.map((a) => a.id)).toEqual([assessment.id]);
    const one = await call(t.app, m.session, { method: 'GET', url: `/api/assessments/${assessment.id}` });
    expect(one.json<Assessment>()).toEqual(assessment);

    const events = await auditEvents(t.db, { citizenId: m.citizen.id }, ['action', 'subject_id', 'changes']);
    expect(events.map((e) => e.action)).toEqual(['assessment.create', 'assessment.list', 'assessment.read']);
    // The citizen's words stay in the record, not in the append-only log.
    expect(JSON.stringify(events)).not.toContain('eget sted');
  });

  it('refuses an area assessed twice and an assessment dated in the future, naming the field', async () => {
    const m = await municipalityWithCitizen(t);
    const twice = await call(t.app, m.session, {
      method: 'POST',
      url: `/api/citizens/${m.citizen.id}/assessments`,
      payload: { assessedOn: '2025-03-10', areas: [body.areas[0], { ...body.areas[0], functionLevel: 'mild' }] },
    });
    expect(twice.statusCode).toBe(400);
    expect(twice.json<ErrorBody>().error.fields?.[0]?.path).toBe('areas.1.area');
    const future = await call(t.app, m.session, {
      method: 'POST',
      url: `/api/citizens/${m.citizen.id}/assessments`,
      payload: { assessedOn: addDays(todayInDenmark(), 1) },
    });
    expect(future.statusCode).toBe(422);
    expect(future.json<ErrorBody>().error.fields?.[0]?.path).toBe('assessedOn');
    expect(await t.db.selectFrom('assessments').select('id').where('citizen_id', '=', m.citizen.id).execute()).toEqual([]);
  });
});

describe('two people editing one assessment', () => {
  it('the second is told who changed what, and nothing is overwritten', async () => {
    const m = await municipalityWithCitizen(t);
    const colleague = await createUser(t.db, m.organisation.id, { role: 'caseworker', displayName: 'Kollega Kirsten' });
    const other = await signInAs(t.app, colleague);
    const { id } = (
      await call(t.app, m.session, { method: 'POST', url: `/api/citizens/${m.citizen.id}/assessments`, payload: body })
    ).json<Assessment>();

    const first = await call(t.app, other, {
      method: 'PATCH',
      url: `/api/assessments/${id}`,
      payload: { version: 1, citizenView: 'Jeg vil gerne bo tæt på min søster.' },
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json<Assessment>()).toMatchObject({
      version: 2,
      updatedBy: 'Kollega Kirsten',
      areas: expect.any(Array) as unknown,
    });

    const second = await call(t.app, m.session, {
      method: 'PATCH',
      url: `/api/assessments/${id}`,
      payload: { version: 1, summary: 'Overskriver' },
    });
    expect(second.statusCode).toBe(409);
    const error = second.json<ErrorBody>().error;
    expect(error.conflict).toMatchObject({
      changedFields: ['citizenView'],
      changedBy: 'Kollega Kirsten',
      current: { id, version: 2, citizenView: 'Jeg vil gerne bo tæt på min søster.' },
    });
    const stored = await t.db
      .selectFrom('assessments')
      .select(['summary', 'version'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ summary: body.summary, version: 2 });
  });
});

describe('who sees and makes assessments', () => {
  it('a shelter reads its resident’s assessments but does not make them; other organisations do not find them', async () => {
    const m = await municipalityWithCitizen(t);
    const shelter = await createShelterWithStaff(t.db);
    await createStay(t.db, { citizenId: m.citizen.id, shelterId: shelter.organisation.id, admittedOn: '2025-03-01' });
    const otherShelter = await createShelterWithStaff(t.db);
    const otherMunicipality = await createMunicipalityWithStaff(t.db);
    const staff = await signInAs(t.app, shelter.staff);
    const strangerShelter = await signInAs(t.app, otherShelter.staff);
    const stranger = await signInAs(t.app, otherMunicipality.caseworker);
    const { id } = (
      await call(t.app, m.session, { method: 'POST', url: `/api/citizens/${m.citizen.id}/assessments`, payload: body })
    ).json<Assessment>();

    expect((await call(t.app, staff, { method: 'GET', url: `/api/assessments/${id}` })).statusCode).toBe(200);
    expect(
      (await call(t.app, staff, { method: 'GET', url: `/api/citizens/${m.citizen.id}/assessments` })).json<{
        items: Assessment[];
      }>().items,
    ).toHaveLength(1);
    expect(
      (await call(t.app, staff, { method: 'POST', url: `/api/citizens/${m.citizen.id}/assessments`, payload: body })).statusCode,
    ).toBe(403);
    expect(
      (await call(t.app, staff, { method: 'PATCH', url: `/api/assessments/${id}`, payload: { version: 1, summary: 'x' } }))
        .statusCode,
    ).toBe(403);
    for (const session of [strangerShelter, stranger]) {
      expect((await call(t.app, session, { method: 'GET', url: `/api/assessments/${id}` })).statusCode).toBe(404);
      expect(
        (await call(t.app, session, { method: 'PATCH', url: `/api/assessments/${id}`, payload: { version: 1, summary: 'x' } }))
          .statusCode,
      ).toBe(404);
    }
  });
});
