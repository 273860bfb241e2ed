/**
 * Decisions (afgørelser) through the API: kinds and methods, Serviceloven § 85 a, stk. 2 (a wish
 * of provider not followed needs the reason), impossible periods, the default klagevejledning,
 * versions and optimistic concurrency, the letter to the citizen, and who reads and decides
 * (only the municipality decides; a shelter reads its resident's decisions).
 */
import { describe, expect, it } from 'vitest';
import type { Decision, DecisionLetter, DecisionVersion, ErrorBody, VersionComparison, VersionList } from '@hjemvej/contract';
import { addDays } from '@hjemvej/domain';
import { todayInDenmark } from '../src/calendar/danish-time';
import { call, signInAs, useTestApp, type Session } from './support/test-app';
import { municipalityWithCitizen } from './support/scenarios';
import { createMunicipalityWithStaff, createShelterWithStaff, createStay, createUser } from './support/factories';
import { auditEvent, auditEvents } from './support/audit-events';

const t = useTestApp();

const ctiDecision = {
  kind: '85a',
  method: 'cti',
  outcome: 'granted',
  decidedOn: '2025-05-06',
  periodFrom: '2025-05-15',
  periodTo: '2026-02-14',
  reasons: 'Du flytter i egen bolig og har brug for støtte i overgangen.',
  wishedProvider: 'Kirkens Korshær',
  wishFollowed: false,
  reasonIfNotFollowed: 'CTI leveres kun af kommunens eget CTI-team.',
};

function post(session: Session, citizenId: string, payload: Record<string, unknown>) {
  return call(t.app, session, {
    method: 'POST',
    url: `/api/citizens/${citizenId}/decisions`,
    payload,
    headers: { 'accept-language': 'da' },
  });
}

async function decide(session: Session, citizenId: string, payload: Record<string, unknown> = ctiDecision) {
  const response = await post(session, citizenId, payload);
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Decision>();
}

describe('recording a decision', () => {
  it('keeps kind, method, outcome, period, reasons and the wish, with the template’s klagevejledning, and audits it under the citizen', async () => {
    const m = await municipalityWithCitizen(t, { firstName: 'Lars', lastName: 'Holm' });
    const decision = await decide(m.session, m.citizen.id);
    expect(decision).toMatchObject({
      ...ctiDecision,
      citizenId: m.citizen.id,
      organisation: { id: m.organisation.id, name: m.organisation.name },
      version: 1,
    });
    expect(decision.appealGuidance).toContain(`modtaget hos ${m.organisation.name} senest 4 uger`);
    expect(decision.appealGuidance).toContain('Ankestyrelsen');
    const list = await call(t.app, m.session, { method: 'GET', url: `/api/citizens/${m.citizen.id}/decisions` });
    expect(list.json<{ items: Decision[] }>().items.map((d) => d.id)).toEqual([decision.id]);
    const event = await auditEvent(t.db, { action: 'decision.create', subjectId: decision.id }, ['citizen_id', 'changes']);
    expect(event.citizen_id).toBe(m.citizen.id);
    expect(event.changes).toMatchObject({ kind: '85a', method: 'cti', outcome: 'granted', wishFollowed: false });
  });

  it('requires the method for § 85 a and refuses one for other paragraphs', async () => {
    const m = await municipalityWithCitizen(t, { firstName: 'Lars', lastName: 'Holm' });
    const noMethod = await post(m.session, m.citizen.id, { ...ctiDecision, method: null });
    expect(noMethod.statusCode).toBe(422);
    expect(noMethod.json<ErrorBody>().error.fields?.[0]).toMatchObject({ path: 'method' });
    const methodOn107 = await post(m.session, m.citizen.id, {
      kind: '107',
      method: 'act',
      outcome: 'granted',
      decidedOn: '2025-05-06',
    });
    expect(methodOn107.statusCode).toBe(422);
    expect(methodOn107.json<ErrorBody>().error.fields?.[0]?.path).toBe('method');
    for (const method of ['icm', 'act', 'm_act'])
      await decide(m.session, m.citizen.id, { ...ctiDecision, method, wishedProvider: null });
    await decide(m.session, m.citizen.id, {
      kind: '108',
      outcome: 'refused',
      decidedOn: '2025-05-06',
      reasons: 'Behovet kan dækkes i egen bolig med støtte.',
    });
  });

  it('refuses impossible sequences: a period that ends before it begins, a decision dated in the future', async () => {
    const m = await municipalityWithCitizen(t, { firstName: 'Lars', lastName: 'Holm' });
    const reversed = await post(m.session, m.citizen.id, { ...ctiDecision, periodFrom: '2025-06-01', periodTo: '2025-05-31' });
    expect(reversed.statusCode).toBe(422);
    expect(reversed.json<ErrorBody>().error.fields?.[0]).toMatchObject({
      path: 'periodTo',
      message: 'Perioden slutter (31.05.2025), før den begynder (01.06.2025).',
    });
    const future = await post(m.session, m.citizen.id, { ...ctiDecision, decidedOn: addDays(todayInDenmark(), 1) });
    expect(future.statusCode).toBe(422);
    expect(future.json<ErrorBody>().error.fields?.[0]?.path).toBe('decidedOn');
    expect(await t.db.selectFrom('decisions').select('id').where('citizen_id', '=', m.citizen.id).execute()).toEqual([]);
  });
});

describe('Serviceloven § 85 a, stk. 2: the citizen’s wish of provider', () => {
  it('refuses a § 85 a decision that does not follow the wish without giving the reason, in plain Danish citing the law', async () => {
    const m = await municipalityWithCitizen(t, { firstName: 'Lars', lastName: 'Holm' });
    const refused = await post(m.session, m.citizen.id, { ...ctiDecision, reasonIfNotFollowed: '  ' });
    expect(refused.statusCode).toBe(422);
    const field = refused.json<ErrorBody>().error.fields?.[0];
    expect(field?.path).toBe('reasonIfNotFollowed');
    expect(field?.message).toContain('Serviceloven § 85 a, stk. 2');
    expect(field?.message).toContain('Kirkens Korshær');
    expect(await t.db.selectFrom('decisions').select('id').where('citizen_id', '=', m.citizen.id).execute()).toEqual([]);

    const noAnswer = await post(m.session, m.citizen.id, { ...ctiDecision, wishFollowed: null });
    expect(noAnswer.statusCode).toBe(422);
    expect(noAnswer.json<ErrorBody>().error.fields?.[0]?.path).toBe('wishFollowed');
  });

  it('accepts the decision with the reason, or when the wish is followed, or when there is no wish', async () => {
    const m = await municipalityWithCitizen(t, { firstName: 'Lars', lastName: 'Holm' });
    await decide(m.session, m.citizen.id);
    const followed = await decide(m.session, m.citizen.id, {
      ...ctiDecision,
      wishFollowed: true,
      reasonIfNotFollowed: 'overflødig',
    });
    expect(followed).toMatchObject({ wishFollowed: true, reasonIfNotFollowed: null });
    const noWish = await decide(m.session, m.citizen.id, {
      ...ctiDecision,
      wishedProvider: null,
      wishFollowed: false,
      reasonIfNotFollowed: null,
    });
    expect(noWish).toMatchObject({ wishedProvider: null, wishFollowed: null, reasonIfNotFollowed: null });
    // Outside § 85 a the rule does not apply.
    await decide(m.session, m.citizen.id, {
      kind: '85',
      outcome: 'granted',
      decidedOn: '2025-05-06',
      wishedProvider: 'Blå Kors',
      wishFollowed: false,
    });
  });

  it('refuses a change that removes the reason', async () => {
    const m = await municipalityWithCitizen(t, { firstName: 'Lars', lastName: 'Holm' });
    const decision = await decide(m.session, m.citizen.id);
    const change = await call(t.app, m.session, {
      method: 'PATCH',
      url: `/api/decisions/${decision.id}`,
      payload: { version: 1, reasonIfNotFollowed: null },
    });
    expect(change.statusCode).toBe(422);
    expect(change.json<ErrorBody>().error.fields?.[0]?.path).toBe('reasonIfNotFollowed');
  });
});

describe('versions and concurrent edits', () => {
  it('keeps every version, compares two, and answers the second of two editors with 409 and what changed', async () => {
    const m = await municipalityWithCitizen(t, { firstName: 'Lars', lastName: 'Holm' });
    const colleague = await createUser(t.db, m.organisation.id, { role: 'caseworker', displayName: 'Kollega Kirsten' });
    const other = await signInAs(t.app, colleague);
    const decision = await decide(m.session, m.citizen.id);

    const first = await call(t.app, other, {
      method: 'PATCH',
      url: `/api/decisions/${decision.id}`,
      payload: { version: 1, periodTo: '2026-03-31', method: 'icm' },
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json<Decision>()).toMatchObject({
      version: 2,
      periodTo: '2026-03-31',
      method: 'icm',
      updatedBy: 'Kollega Kirsten',
    });
    const second = await call(t.app, m.session, {
      method: 'PATCH',
      url: `/api/decisions/${decision.id}`,
      payload: { version: 1, reasons: 'Overskriver' },
    });
    expect(second.statusCode).toBe(409);
    expect(second.json<ErrorBody>().error.conflict).toMatchObject({
      changedFields: ['method', 'periodTo'],
      changedBy: 'Kollega Kirsten',
      current: { id: decision.id, version: 2 },
    });

    const versions = (
      await call(t.app, m.session, { method: 'GET', url: `/api/decisions/${decision.id}/versions` })
    ).json<VersionList>();
    expect(versions.items.map((v) => [v.version, v.changedFields, v.savedBy.name])).toEqual([
      [1, [], expect.stringMatching(/^Test caseworker/) as unknown],
      [2, ['method', 'periodTo'], 'Kollega Kirsten'],
    ]);
    const v1 = (
      await call(t.app, m.session, { method: 'GET', url: `/api/decisions/${decision.id}/versions/1` })
    ).json<DecisionVersion>();
    expect(v1.content).toMatchObject({ method: 'cti', periodTo: '2026-02-14' });
    const comparison = (
      await call(t.app, m.session, { method: 'GET', url: `/api/decisions/${decision.id}/compare?from=1&to=2` })
    ).json<VersionComparison>();
    expect(comparison.changes).toEqual([
      { path: 'method', change: 'changed', from: 'cti', to: 'icm' },
      { path: 'periodTo', change: 'changed', from: '2026-02-14', to: '2026-03-31' },
    ]);
  });
});

describe('the letter to the citizen', () => {
  it('writes the decision in plain Danish: municipality, name, masked CPR, decision, period, reasons, the wish and the appeal guidance', async () => {
    const m = await municipalityWithCitizen(t, { firstName: 'Lars', lastName: 'Holm' });
    const decision = await decide(m.session, m.citizen.id);
    const response = await call(t.app, m.session, { method: 'GET', url: `/api/decisions/${decision.id}/letter` });
    expect(response.statusCode, response.body).toBe(200);
    const letter = response.json<DecisionLetter>();
    const cpr = m.citizen.cpr!;
    expect(letter.subject).toBe(
      'Afgørelse om bostøtte efter Housing First-metoden CTI (Critical Time Intervention) (servicelovens § 85 a)',
    );
    expect(letter.html).toContain(`<strong>${m.organisation.name}</strong>`);
    expect(letter.html).toContain(`Lars Holm<br>CPR-nr. ${cpr.slice(0, 6)}-xxxx`);
    expect(letter.html).not.toContain(cpr.slice(6));
    expect(letter.html).toContain('Den 6. maj 2025 har vi besluttet, at du får bostøtte');
    expect(letter.html).toContain('Afgørelsen gælder fra 15. maj 2025 til 14. februar 2026.');
    expect(letter.html).toContain(ctiDecision.reasons);
    expect(letter.html).toContain('Du har ønsket, at Kirkens Korshær skal give dig støtten.');
    expect(letter.html).toContain(ctiDecision.reasonIfNotFollowed);
    expect(letter.html).toContain('Klagevejledning');
    expect(letter.html).toContain('@page');
    const event = await auditEvent(t.db, { action: 'decision.letter', subjectId: decision.id }, ['citizen_id']);
    expect(event.citizen_id).toBe(m.citizen.id);
  });
});

describe('who decides and who reads', () => {
  it('only the municipality decides; its resident’s shelter reads the decisions and the letter; others do not find them', async () => {
    const m = await municipalityWithCitizen(t, { firstName: 'Lars', lastName: 'Holm' });
    const shelter = await createShelterWithStaff(t.db);
    await createStay(t.db, { citizenId: m.citizen.id, shelterId: shelter.organisation.id, admittedOn: '2025-04-20' });
    const decision = await decide(m.session, m.citizen.id);

    for (const user of [shelter.staff, shelter.leader]) {
      const session = await signInAs(t.app, user);
      expect(
        (await call(t.app, session, { method: 'GET', url: `/api/citizens/${m.citizen.id}/decisions` })).json<{
          items: Decision[];
        }>().items,
      ).toHaveLength(1);
      expect((await call(t.app, session, { method: 'GET', url: `/api/decisions/${decision.id}` })).statusCode).toBe(200);
      expect((await call(t.app, session, { method: 'GET', url: `/api/decisions/${decision.id}/letter` })).statusCode).toBe(200);
      expect((await post(session, m.citizen.id, ctiDecision)).statusCode).toBe(403);
      expect(
        (
          await call(t.app, session, {
            method: 'PATCH',
            url: `/api/decisions/${decision.id}`,
            payload: { version: 1, reasons: 'x' },
          })
        ).statusCode,
      ).toBe(403);
    }
    const refusals = await auditEvents(
      t.db,
      { action: 'access.refused', subjectId: m.citizen.id, actorOrganisationId: shelter.organisation.id },
      ['id'],
    );
    expect(refusals.length).toBe(2);

    const otherShelter = await createShelterWithStaff(t.db);
    const otherMunicipality = await createMunicipalityWithStaff(t.db);
    for (const user of [otherShelter.leader, otherMunicipality.caseworker]) {
      const session = await signInAs(t.app, user);
      for (const url of [
        `/api/decisions/${decision.id}`,
        `/api/decisions/${decision.id}/letter`,
        `/api/decisions/${decision.id}/versions`,
      ]) {
        expect((await call(t.app, session, { method: 'GET', url })).statusCode, url).toBe(404);
      }
      expect((await post(session, m.citizen.id, ctiDecision)).statusCode).toBe(404);
    }
    const stored = await t.db.selectFrom('decisions').select(['id', 'version']).where('citizen_id', '=', m.citizen.id).execute();
    expect(stored).toEqual([{ id: decision.id, version: 1 }]);
  });
});
