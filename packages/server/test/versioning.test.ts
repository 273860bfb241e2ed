/**
 * Versioned records through the API: assessments keep every version like plans and decisions
 * (list, read one, compare two), two people editing the same assessment do not overwrite each
 * other, and the citizen's version history lists every version of every record (the timeline's
 * events), only to those who may see the citizen.
 */
import { describe, expect, it } from 'vitest';
import type {
  Assessment,
  AssessmentVersion,
  CitizenVersionHistory,
  ErrorBody,
  VersionComparison,
  VersionList,
} from '@hjemvej/contract';
import { call, signInAs, useTestApp } from './support/test-app';
import { createCitizen, createMunicipalityWithStaff, createUser } from './support/factories';
import { auditEvent } from './support/audit-events';

const t = useTestApp();

async function municipalityWithTwoCaseworkers() {
  const staff = await createMunicipalityWithStaff(t.db);
  const colleague = await createUser(t.db, staff.organisation.id, { role: 'caseworker', displayName: 'Kollega Kirsten' });
  const author = await createUser(t.db, staff.organisation.id, { role: 'caseworker', displayName: 'Sagsbehandler Sara' });
  const first = await signInAs(t.app, author);
  const second = await signInAs(t.app, colleague);
  const citizen = await createCitizen(t.db, { handlekommuneId: staff.organisation.id });
  return { ...staff, first, second, citizen };
}

type Setup = Awaited<ReturnType<typeof municipalityWithTwoCaseworkers>>;

async function createAssessment(m: Setup): Promise<Assessment> {
  const response = await call(t.app, m.first, {
    method: 'POST',
    url: `/api/citizens/${m.citizen.id}/assessments`,
    payload: {
      assessedOn: '2025-03-10',
      areas: [{ area: 'community_life', functionLevel: 'severe', supportNeed: 'high', goalType: 'develop' }],
      summary: 'Behov for støtte i egen bolig.',
      citizenView: 'Jeg vil have mit eget sted.',
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Assessment>();
}

describe('assessment versions', () => {
  it('keeps every version: list with who and what changed, read one in full, compare two field by field', async () => {
    const m = await municipalityWithTwoCaseworkers();
    const created = await createAssessment(m);
    const changed = await call(t.app, m.second, {
      method: 'PATCH',
      url: `/api/assessments/${created.id}`,
      payload: {
        version: 1,
        areas: [
          { area: 'community_life', functionLevel: 'moderate', supportNeed: 'high', goalType: 'develop' },
          { area: 'health', functionLevel: 'mild', supportNeed: 'light', goalType: 'maintain', note: 'Går til læge' },
        ],
        citizenView: 'Jeg vil gerne bo tæt på min søster.',
      },
    });
    expect(changed.statusCode, changed.body).toBe(200);

    const list = await call(t.app, m.first, { method: 'GET', url: `/api/assessments/${created.id}/versions` });
    expect(list.statusCode, list.body).toBe(200);
    const versions = list.json<VersionList>();
    expect(versions.items.map((v) => [v.version, v.savedBy.name, v.changedFields])).toEqual([
      [1, 'Sagsbehandler Sara', []],
      [2, 'Kollega Kirsten', ['areas', 'citizenView']],
    ]);

    const first = await call(t.app, m.first, { method: 'GET', url: `/api/assessments/${created.id}/versions/1` });
    const v1 = first.json<AssessmentVersion>();
    expect(v1.content.citizenView).toBe('Jeg vil have mit eget sted.');
    expect(v1.content.areas.find((a) => a.area === 'health')?.functionLevel).toBe('not_assessed');

    const compared = await call(t.app, m.first, { method: 'GET', url: `/api/assessments/${created.id}/compare?from=1&to=2` });
    expect(compared.statusCode, compared.body).toBe(200);
    const comparison = compared.json<VersionComparison>();
    const healthIndex = v1.content.areas.findIndex((a) => a.area === 'health');
    const lifeIndex = v1.content.areas.findIndex((a) => a.area === 'community_life');
    expect(comparison.changes).toEqual(
      expect.arrayContaining([
        { path: `areas.${lifeIndex}.functionLevel`, change: 'changed', from: 'severe', to: 'moderate' },
        { path: `areas.${healthIndex}.functionLevel`, change: 'changed', from: 'not_assessed', to: 'mild' },
        { path: `areas.${healthIndex}.note`, change: 'added', from: null, to: 'Går til læge' },
        {
          path: 'citizenView',
          change: 'changed',
          from: 'Jeg vil have mit eget sted.',
          to: 'Jeg vil gerne bo tæt på min søster.',
        },
      ]),
    );
    expect(comparison.changes.some((c) => c.path === 'summary')).toBe(false);

    const missing = await call(t.app, m.first, { method: 'GET', url: `/api/assessments/${created.id}/compare?from=1&to=9` });
    expect(missing.statusCode).toBe(422);
    const none = await call(t.app, m.first, { method: 'GET', url: `/api/assessments/${created.id}/versions/9` });
    expect(none.statusCode).toBe(404);
  });

  it('the second of two editors gets 409 naming who changed what; nothing is overwritten and no version is added', async () => {
    const m = await municipalityWithTwoCaseworkers();
    const created = await createAssessment(m);
    const first = await call(t.app, m.second, {
      method: 'PATCH',
      url: `/api/assessments/${created.id}`,
      payload: { version: 1, summary: 'Kirstens vurdering.' },
    });
    expect(first.statusCode, first.body).toBe(200);
    const second = await call(t.app, m.first, {
      method: 'PATCH',
      url: `/api/assessments/${created.id}`,
      payload: { version: 1, citizenView: 'Overskriver' },
      headers: { 'accept-language': 'da' },
    });
    expect(second.statusCode).toBe(409);
    const error = second.json<ErrorBody>().error;
    expect(error.message).toContain('Kollega Kirsten');
    expect(error.conflict).toMatchObject({
      changedFields: ['summary'],
      changedBy: 'Kollega Kirsten',
      current: { id: created.id, version: 2, summary: 'Kirstens vurdering.', citizenView: 'Jeg vil have mit eget sted.' },
    });
    const versions = await t.db
      .selectFrom('assessment_versions')
      .select('version')
      .where('assessment_id', '=', created.id)
      .execute();
    expect(versions.map((v) => v.version).sort()).toEqual([1, 2]);
  });
});

describe('the citizen’s version history', () => {
  it('lists every version of the citizen’s assessments, plans and decisions with who saved it and when, oldest first', async () => {
    const m = await municipalityWithTwoCaseworkers();
    const assessment = await createAssessment(m);
    const plan = await call(t.app, m.first, {
      method: 'POST',
      url: `/api/citizens/${m.citizen.id}/plans`,
      payload: { kind: '141', madeOn: '2025-03-12', goals: [{ lifeArea: 'housing', goal: 'Egen bolig' }] },
    });
    expect(plan.statusCode, plan.body).toBe(201);
    const planId = plan.json<{ id: string }>().id;
    for (const version of [1, 2]) {
      const response = await call(t.app, m.second, {
        method: 'PATCH',
        url: `/api/plans/${planId}`,
        payload: { version, citizenWishes: `Ønske ${version}` },
      });
      expect(response.statusCode, response.body).toBe(200);
    }
    const decision = await call(t.app, m.first, {
      method: 'POST',
      url: `/api/citizens/${m.citizen.id}/decisions`,
      payload: { kind: '85a', method: 'cti', outcome: 'granted', decidedOn: '2025-03-14' },
    });
    expect(decision.statusCode, decision.body).toBe(201);
    await call(t.app, m.second, {
      method: 'PATCH',
      url: `/api/assessments/${assessment.id}`,
      payload: { version: 1, summary: 'Ny vurdering' },
    });

    const history = await call(t.app, m.first, { method: 'GET', url: `/api/citizens/${m.citizen.id}/version-history` });
    expect(history.statusCode, history.body).toBe(200);
    const items = history.json<CitizenVersionHistory>().items;
    expect(items.map((i) => [i.kind, i.version, i.savedBy.name])).toEqual([
      ['assessment', 1, 'Sagsbehandler Sara'],
      ['plan', 1, 'Sagsbehandler Sara'],
      ['plan', 2, 'Kollega Kirsten'],
      ['plan', 3, 'Kollega Kirsten'],
      ['decision', 1, 'Sagsbehandler Sara'],
      ['assessment', 2, 'Kollega Kirsten'],
    ]);
    expect(items.find((i) => i.kind === 'plan' && i.version === 2)).toMatchObject({
      recordId: planId,
      changedFields: ['citizenWishes'],
    });
    const audit = await auditEvent(t.db, { action: 'citizen.version_history', citizenId: m.citizen.id }, [
      'citizen_id',
      'changes',
    ]);
    expect(audit.changes).toEqual({ count: 6, kinds: { assessment: 2, plan: 3, decision: 1 } });
  });

  it('is not found by another municipality, nor are the assessment’s versions', async () => {
    const m = await municipalityWithTwoCaseworkers();
    const assessment = await createAssessment(m);
    const other = await createMunicipalityWithStaff(t.db);
    const stranger = await signInAs(t.app, other.caseworker);
    for (const url of [
      `/api/citizens/${m.citizen.id}/version-history`,
      `/api/assessments/${assessment.id}/versions`,
      `/api/assessments/${assessment.id}/versions/1`,
      `/api/assessments/${assessment.id}/compare?from=1&to=1`,
    ]) {
      const response = await call(t.app, stranger, { method: 'GET', url });
      expect(response.statusCode, url).toBe(404);
    }
  });
});
