/**
 * Flowcards through the API: a leader writes the municipality's workflow as steps in its own
 * and its partners' units; cards that cannot be worked by (a cycle, a step without a unit, an
 * unknown unit or a unit of an organisation that is not a partner) are refused naming what to
 * fix; every save is a version (read, compared) with optimistic concurrency; archive; the
 * collaboration settings; who may write; and every write audited.
 */
import { describe, expect, it } from 'vitest';
import type {
  CollaborationSettings,
  ErrorBody,
  Flowcard,
  FlowcardComparison,
  FlowcardLane,
  FlowcardSummary,
  FlowcardTemplateView,
  FlowcardUnit,
  FlowcardVersion,
  FlowcardVersionList,
} from '@hjemvej/contract';
import { call, signInAs, useTestApp, type Session } from './support/test-app';
import { createFlowcard, createMunicipalityWithStaff, createOrganisation, createUnit, createUser } from './support/factories';
import { auditEvent, auditEvents } from './support/audit-events';

const t = useTestApp();

/** A municipality with a leader, a jobcentre unit, an inactive unit, and a partner NGO with a unit of its own. */
async function municipality() {
  const staff = await createMunicipalityWithStaff(t.db);
  const jobcenter = await createUnit(t.db, staff.organisation.id, { name: 'Jobcenter', kind: 'jobcenter' });
  const closed = await createUnit(t.db, staff.organisation.id, { name: 'Lukket enhed', kind: 'other' });
  await t.db.updateTable('units').set({ is_active: false }).where('id', '=', closed.id).execute();
  const partnerUnit = await createUnit(t.db, staff.partner.id, { name: 'Værestedets team', kind: 'other' });
  const leader = await createUser(t.db, staff.organisation.id, { role: 'leader', unitIds: [staff.unit.id] });
  const session = await signInAs(t.app, leader);
  return { ...staff, jobcenter, closed, partnerUnit, leader, session };
}
type Municipality = Awaited<ReturnType<typeof municipality>>;

function threeSteps(m: Municipality) {
  return [
    { key: 'notify', title: 'Underret handlekommunen', responsibleUnitId: m.unit.id, deadlineWorkingDays: 3 },
    {
      key: 'income',
      title: 'Afklar indtægt',
      responsibleUnitId: m.jobcenter.id,
      deadlineWorkingDays: 5,
      dependsOn: ['notify'],
      deadlineFrom: { kind: 'step_done', stepKey: 'notify' },
      checklist: ['Ansøgning om kontanthjælp'],
      requiredDocuments: ['Lønsedler'],
      doneWhen: null,
    },
    {
      key: 'furniture',
      title: 'Møbler',
      responsibleUnitId: m.partnerUnit.id,
      deadlineWorkingDays: 10,
      notes: 'Værestedet har et møbellager.',
    },
  ];
}

async function create(session: Session, payload: Record<string, unknown>) {
  return call(t.app, session, { method: 'POST', url: '/api/flowcards', payload });
}

async function update(session: Session, cardId: string, payload: Record<string, unknown>) {
  return call(t.app, session, { method: 'PUT', url: `/api/flowcards/${cardId}`, payload });
}

async function createValid(m: Municipality, name = `Fra herberg til bolig ${Math.random().toString(36).slice(2, 7)}`) {
  const response = await create(m.session, { name, description: 'Odense-modellen', steps: threeSteps(m) });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Flowcard>();
}

async function auditActions(subjectId: string): Promise<string[]> {
  const rows = await auditEvents(t.db, { subjectId, outcome: 'ok' }, ['action']);
  return rows.map((r) => r.action);
}

describe('writing a flowcard', () => {
  it('a leader writes three steps in two own units and a partner’s unit, with a dependency; it is version 1 and audited', async () => {
    const m = await municipality();
    const card = await createValid(m);
    expect(card.version).toBe(1);
    expect(card.isArchived).toBe(false);
    expect(card.steps.map((s) => [s.key, s.dependsOn, s.deadlineFrom.kind])).toEqual([
      ['notify', [], 'start'],
      ['income', ['notify'], 'step_done'],
      ['furniture', [], 'start'],
    ]);
    expect(card.steps[1]).toMatchObject({ checklist: ['Ansøgning om kontanthjælp'], requiredDocuments: ['Lønsedler'] });
    expect(card.units.map((u) => [u.name, u.isOwn])).toEqual(
      expect.arrayContaining([
        ['Myndighed voksne', true],
        ['Jobcenter', true],
        ['Værestedets team', false],
      ]),
    );
    expect(card.createdBy).toContain('Test leader');
    expect(await auditActions(card.id)).toEqual(['flowcard.create']);
    const event = await auditEvent(t.db, { subjectId: card.id }, ['changes']);
    // The audit keeps the card's shape, not its notes.
    expect(JSON.stringify(event.changes)).not.toContain('møbellager');

    const list = await call(t.app, m.session, { method: 'GET', url: '/api/flowcards' });
    const items = list.json<{ items: FlowcardSummary[] }>().items;
    expect(items.map((i) => [i.name, i.stepCount, i.version])).toEqual([[card.name, 3, 1]]);
    expect(items[0]?.unitNames).toEqual(['Myndighed voksne', 'Jobcenter', 'Værestedets team']);
  });

  it('offers the own active units and the partners’ units, never an inactive unit or a stranger’s', async () => {
    const m = await municipality();
    const stranger = await createOrganisation(t.db, { kind: 'partner' });
    await createUnit(t.db, stranger.id, { name: 'Ikke partner' });
    const response = await call(t.app, m.session, { method: 'GET', url: '/api/flowcards/unit-options' });
    expect(response.statusCode).toBe(200);
    const names = response.json<{ items: FlowcardUnit[] }>().items.map((u) => [u.name, u.isOwn, u.organisationName]);
    expect(names).toEqual([
      ['Jobcenter', true, m.organisation.name],
      ['Myndighed voksne', true, m.organisation.name],
      ['Værestedets team', false, m.partner.name],
    ]);
  });

  it('a municipal administrator may write flowcards too; a caseworker reads them but may not write', async () => {
    const m = await municipality();
    const admin = await signInAs(t.app, m.admin);
    const byAdmin = await create(admin, {
      name: 'Løsladelse',
      steps: [{ key: 'a', title: 'Kontakt', responsibleUnitId: m.unit.id, deadlineWorkingDays: 1 }],
    });
    expect(byAdmin.statusCode, byAdmin.body).toBe(201);
    const caseworker = await signInAs(t.app, m.caseworker);
    const refused = await create(caseworker, { name: 'Min egen', steps: threeSteps(m) });
    expect(refused.statusCode).toBe(403);
    const read = await call(t.app, caseworker, { method: 'GET', url: `/api/flowcards/${byAdmin.json<Flowcard>().id}` });
    expect(read.statusCode).toBe(200);
  });

  it('a partner’s member does not see the municipality’s flowcards', async () => {
    const m = await municipality();
    const card = await createValid(m);
    const member = await createUser(t.db, m.partner.id, { role: 'partner_member', unitIds: [m.partnerUnit.id] });
    const session = await signInAs(t.app, member);
    const list = await call(t.app, session, { method: 'GET', url: '/api/flowcards' });
    expect(list.json<{ items: FlowcardSummary[] }>().items).toEqual([]);
    expect((await call(t.app, session, { method: 'GET', url: `/api/flowcards/${card.id}` })).statusCode).toBe(404);
  });
});

describe('cards that cannot be worked by are refused, naming what to fix', () => {
  async function refusal(m: Municipality, steps: unknown[]) {
    const response = await create(m.session, { name: `Forkert ${Math.random()}`, steps });
    return response;
  }

  it('a dependency cycle names the steps in the cycle', async () => {
    const m = await municipality();
    const steps = threeSteps(m).map((step) => ({ ...step, deadlineFrom: { kind: 'start' } }));
    steps[0] = { ...steps[0]!, dependsOn: ['furniture'] } as (typeof steps)[number];
    steps[2] = { ...steps[2]!, dependsOn: ['income'] } as (typeof steps)[number];
    const response = await refusal(m, steps);
    expect(response.statusCode).toBe(422);
    const error = response.json<ErrorBody>().error;
    expect(error.code).toBe('flowcard_invalid');
    expect(error.fields).toEqual([
      {
        path: 'steps.0.dependsOn',
        message: expect.stringContaining(
          '«Underret handlekommunen» → «Afklar indtægt» → «Møbler» → «Underret handlekommunen»',
        ) as unknown,
      },
    ]);
    expect(await t.db.selectFrom('flowcards').select('id').where('organisation_id', '=', m.organisation.id).execute()).toEqual(
      [],
    );
  });

  it('a step without a responsible unit', async () => {
    const m = await municipality();
    const steps = threeSteps(m);
    steps[2] = { ...steps[2]!, responsibleUnitId: null } as unknown as (typeof steps)[number];
    const response = await refusal(m, steps);
    expect(response.statusCode).toBe(422);
    expect(response.json<ErrorBody>().error.fields).toEqual([
      {
        path: 'steps.2.responsibleUnitId',
        message: expect.stringContaining('Trin 3 («Møbler») har ingen ansvarlig enhed') as unknown,
      },
    ]);
  });

  it('an unknown unit, an inactive unit, and a unit of an organisation that is not a partner', async () => {
    const m = await municipality();
    const notPartner = await createOrganisation(t.db, { kind: 'partner' });
    const foreignUnit = await createUnit(t.db, notPartner.id);
    const other = await createMunicipalityWithStaff(t.db);
    const steps = [
      { key: 'a', title: 'Ukendt', responsibleUnitId: '00000000-0000-4000-8000-000000000001', deadlineWorkingDays: 1 },
      { key: 'b', title: 'Lukket', responsibleUnitId: m.closed.id, deadlineWorkingDays: 1 },
      { key: 'c', title: 'Fremmed', responsibleUnitId: foreignUnit.id, deadlineWorkingDays: 1 },
      { key: 'd', title: 'Nabokommune', responsibleUnitId: other.unit.id, deadlineWorkingDays: 1 },
    ];
    const response = await refusal(m, steps);
    expect(response.statusCode).toBe(422);
    const fields = response.json<ErrorBody>().error.fields ?? [];
    expect(fields.map((f) => f.path)).toEqual([0, 1, 2, 3].map((i) => `steps.${i}.responsibleUnitId`));
    expect(fields[2]?.message).toContain('hverken en af jeres aktive enheder eller en enhed hos en af jeres samarbejdspartnere');
  });

  it('no steps, duplicate keys, an anchor that is not a dependency, a dependency on an unknown step; in English too', async () => {
    const m = await municipality();
    expect((await refusal(m, [])).json<ErrorBody>().error.fields?.map((f) => f.path)).toEqual(['steps']);
    const response = await call(t.app, m.session, {
      method: 'POST',
      url: '/api/flowcards',
      headers: { 'accept-language': 'en' },
      payload: {
        name: 'Wrong',
        steps: [
          { key: 'a', title: 'One', responsibleUnitId: m.unit.id, deadlineWorkingDays: 1 },
          { key: 'a', title: 'Two', responsibleUnitId: m.unit.id, deadlineWorkingDays: 1, dependsOn: ['ghost'] },
          {
            key: 'c',
            title: 'Three',
            responsibleUnitId: m.unit.id,
            deadlineWorkingDays: 1,
            deadlineFrom: { kind: 'step_done', stepKey: 'c' },
          },
        ],
      },
    });
    expect(response.statusCode).toBe(422);
    const error = response.json<ErrorBody>().error;
    expect(error.message).toContain('cannot be saved yet: 4 things');
    expect(error.fields?.map((f) => f.path)).toEqual(['steps.0.key', 'steps.1.key', 'steps.1.dependsOn', 'steps.2.deadlineFrom']);
    expect(error.fields?.[2]?.message).toBe(
      'Step 2 (“Two”) waits for a step that does not exist (ghost). Remove the dependency.',
    );
  });

  it('bad shapes are refused before the rules: a negative deadline, a key with spaces, an unknown course signal', async () => {
    const m = await municipality();
    const response = await refusal(m, [
      { key: 'Med mellemrum', title: 'A', responsibleUnitId: m.unit.id, deadlineWorkingDays: -1, doneWhen: 'magic' },
    ]);
    expect(response.statusCode).toBe(400);
    expect(
      response
        .json<ErrorBody>()
        .error.fields?.map((f) => f.path)
        .sort(),
    ).toEqual(['steps.0.deadlineWorkingDays', 'steps.0.doneWhen', 'steps.0.key'].sort());
  });

  it('a second card with the same name is refused', async () => {
    const m = await municipality();
    const card = await createValid(m, 'Samme navn');
    const again = await create(m.session, { name: 'samme NAVN', steps: threeSteps(m) });
    expect(again.statusCode).toBe(409);
    expect(again.json<ErrorBody>().error.code).toBe('flowcard_name_taken');
    expect(card.name).toBe('Samme navn');
  });
});

describe('templates for a new municipality', () => {
  it('a new municipality’s leader gets the demo’s workflows as drafts with its own units proposed; saved, the copy is an ordinary card', async () => {
    const m = await municipality();
    const list = await call(t.app, m.session, { method: 'GET', url: '/api/flowcards' });
    expect(list.json<{ items: FlowcardSummary[] }>().items).toEqual([]);

    const response = await call(t.app, m.session, { method: 'GET', url: '/api/flowcards/templates' });
    expect(response.statusCode, response.body).toBe(200);
    const { items } = response.json<{ items: FlowcardTemplateView[] }>();
    expect(items.map((template) => template.key)).toEqual(['shelter-to-home', 'release-without-housing']);
    const template = items[0];
    if (!template) throw new Error('no template');
    // The only own jobcentre unit is proposed for the jobcentre's step; the others wait for the leader.
    const income = template.steps.find((step) => step.key === 'income');
    expect(income?.responsibleUnitId).toBe(m.jobcenter.id);
    expect(income?.suggestedUnit).toEqual({ name: 'Jobcenter – kontanthjælp', kind: 'jobcenter', at: 'municipality' });
    expect(template.steps.find((step) => step.key === 'notify')?.responsibleUnitId).toBeNull();

    // Copied as is, the steps without a unit are named; with every unit given, it saves as version 1.
    const asIs = await create(m.session, {
      name: template.name,
      steps: template.steps.map(({ suggestedUnit: _s, ...step }) => step),
    });
    expect(asIs.statusCode).toBe(422);
    expect(asIs.json<ErrorBody>().error.fields?.some((field) => field.path.endsWith('responsibleUnitId'))).toBe(true);
    const steps = template.steps.map(({ suggestedUnit: _s, ...step }) => ({
      ...step,
      responsibleUnitId: step.responsibleUnitId ?? m.unit.id,
    }));
    const saved = await create(m.session, { name: template.name, description: template.description, steps });
    expect(saved.statusCode, saved.body).toBe(201);
    expect(saved.json<Flowcard>().steps).toHaveLength(template.steps.length);
  });

  it('only those who may write flowcards get templates', async () => {
    const m = await municipality();
    const caseworker = await signInAs(t.app, m.caseworker);
    expect((await call(t.app, caseworker, { method: 'GET', url: '/api/flowcards/templates' })).statusCode).toBe(403);
  });
});

describe('the flowcards a partner is a lane in', () => {
  it('a partner’s member sees the municipality’s cards with a step in their unit, and only those steps; another municipality’s card is not there', async () => {
    const m = await municipality();
    const card = await createValid(m);
    const other = await municipality();
    await createValid(other);
    const member = await createUser(t.db, m.partner.id, { role: 'partner_member', unitIds: [m.partnerUnit.id] });
    const session = await signInAs(t.app, member);
    const response = await call(t.app, session, { method: 'GET', url: '/api/flowcards/lanes' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<{ items: FlowcardLane[] }>().items).toEqual([
      {
        id: card.id,
        name: card.name,
        organisationName: m.organisation.name,
        stepCount: 3,
        steps: [{ key: 'furniture', position: 3, title: 'Møbler', unitName: 'Værestedets team', deadlineWorkingDays: 10 }],
      },
    ]);
    // Without a unit, no lane.
    const outsider = await createUser(t.db, m.partner.id, { role: 'partner_member', unitIds: [] });
    const none = await call(t.app, await signInAs(t.app, outsider), { method: 'GET', url: '/api/flowcards/lanes' });
    expect(none.json<{ items: FlowcardLane[] }>().items).toEqual([]);
  });
});

describe('versions', () => {
  it('a change is version 2: listed with who and what, each version readable, the two compared step by step', async () => {
    const m = await municipality();
    const card = await createValid(m);
    const steps = threeSteps(m);
    steps[1] = { ...steps[1]!, deadlineWorkingDays: 8 };
    const newStep = {
      key: 'move-in',
      title: 'Indflytning',
      responsibleUnitId: m.unit.id,
      deadlineWorkingDays: 2,
      dependsOn: ['furniture'],
    };
    const updated = await update(m.session, card.id, {
      version: 1,
      name: card.name,
      description: card.description,
      steps: [...steps, newStep],
      changeNote: 'Jobcentret får 8 dage',
    });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json<Flowcard>()).toMatchObject({ version: 2, updatedBy: expect.stringContaining('Test leader') as unknown });

    const versions = (
      await call(t.app, m.session, { method: 'GET', url: `/api/flowcards/${card.id}/versions` })
    ).json<FlowcardVersionList>();
    expect(versions.items.map((v) => [v.version, v.changedFields, v.changeNote])).toEqual([
      [1, [], null],
      [2, ['steps.income', 'steps.move-in'], 'Jobcentret får 8 dage'],
    ]);
    expect(versions.stepTitles).toMatchObject({ income: 'Afklar indtægt', 'move-in': 'Indflytning' });

    const first = (
      await call(t.app, m.session, { method: 'GET', url: `/api/flowcards/${card.id}/versions/1` })
    ).json<FlowcardVersion>();
    expect(first.steps.map((s) => s.deadlineWorkingDays)).toEqual([3, 5, 10]);
    expect((await call(t.app, m.session, { method: 'GET', url: `/api/flowcards/${card.id}/versions/9` })).statusCode).toBe(404);

    const compare = await call(t.app, m.session, { method: 'GET', url: `/api/flowcards/${card.id}/compare?from=1&to=2` });
    const comparison = compare.json<FlowcardComparison>();
    expect(comparison.changes).toEqual([
      { path: 'steps.income.deadlineWorkingDays', change: 'changed', from: 5, to: 8 },
      {
        path: 'steps.move-in',
        change: 'added',
        from: null,
        to: expect.objectContaining({
          title: 'Indflytning',
          dependsOn: ['Møbler'],
          responsibleUnit: 'Myndighed voksne',
        }) as unknown,
      },
    ]);
    const unknown = await call(t.app, m.session, { method: 'GET', url: `/api/flowcards/${card.id}/compare?from=1&to=7` });
    expect(unknown.statusCode).toBe(422);
    expect(await auditActions(card.id)).toEqual(['flowcard.create', 'flowcard.update']);
  });

  it('a save on a stale version is refused (409) naming who saved which step; the newer version stands', async () => {
    const m = await municipality();
    const card = await createValid(m);
    const other = await createUser(t.db, m.organisation.id, { role: 'leader', displayName: 'Lise Leder' });
    const otherSession = await signInAs(t.app, other);
    const steps = threeSteps(m);
    const first = await update(otherSession, card.id, {
      version: 1,
      name: card.name,
      description: card.description,
      steps: steps.map((s) => (s.key === 'furniture' ? { ...s, deadlineWorkingDays: 4 } : s)),
    });
    expect(first.statusCode, first.body).toBe(200);
    const stale = await update(m.session, card.id, { version: 1, name: 'Mit navn', steps });
    expect(stale.statusCode).toBe(409);
    const error = stale.json<ErrorBody>().error;
    expect(error.code).toBe('flowcard_changed_by_other');
    expect(error.message).toMatch(/^Lise Leder gemte version 2 .* og ændrede: trinnet «Møbler»\./);
    expect(error.conflict).toMatchObject({
      changedFields: ['steps.furniture'],
      changedBy: 'Lise Leder',
      current: { version: 2 },
    });
    const now = (await call(t.app, m.session, { method: 'GET', url: `/api/flowcards/${card.id}` })).json<Flowcard>();
    expect(now.name).toBe(card.name);
    expect(now.steps[2]?.deadlineWorkingDays).toBe(4);
  });

  it('a change that breaks the card is refused and saves nothing', async () => {
    const m = await municipality();
    const card = await createValid(m);
    const steps = threeSteps(m).map((s) => (s.key === 'notify' ? { ...s, dependsOn: ['income'] } : s));
    const response = await update(m.session, card.id, { version: 1, name: card.name, steps });
    expect(response.statusCode).toBe(422);
    expect(response.json<ErrorBody>().error.fields?.[0]?.message).toContain(
      '«Underret handlekommunen» → «Afklar indtægt» → «Underret handlekommunen»',
    );
    const versions = await t.db.selectFrom('flowcard_versions').select('version').where('flowcard_id', '=', card.id).execute();
    expect(versions).toEqual([{ version: 1 }]);
  });
});

describe('archive', () => {
  it('an archived card leaves the list (unless asked for), cannot be changed, and can be brought back', async () => {
    const m = await municipality();
    const card = await createValid(m);
    const archived = await call(t.app, m.session, {
      method: 'PUT',
      url: `/api/flowcards/${card.id}/archived`,
      payload: { isArchived: true },
    });
    expect(archived.json<Flowcard>().isArchived).toBe(true);
    expect((await call(t.app, m.session, { method: 'GET', url: '/api/flowcards' })).json<{ items: unknown[] }>().items).toEqual(
      [],
    );
    const all = await call(t.app, m.session, { method: 'GET', url: '/api/flowcards?includeArchived=true' });
    expect(all.json<{ items: FlowcardSummary[] }>().items.map((i) => i.isArchived)).toEqual([true]);
    const change = await update(m.session, card.id, { version: 1, name: card.name, steps: threeSteps(m) });
    expect(change.statusCode).toBe(422);
    expect(change.json<ErrorBody>().error.fields?.[0]?.message).toContain('arkiveret');
    await call(t.app, m.session, { method: 'PUT', url: `/api/flowcards/${card.id}/archived`, payload: { isArchived: false } });
    expect(await auditActions(card.id)).toEqual(['flowcard.create', 'flowcard.archive', 'flowcard.archive']);
  });
});

describe('a card made elsewhere', () => {
  it('a card whose partner unit is no longer a partner’s still reads, without the unit', async () => {
    const m = await municipality();
    const card = await createFlowcard(t.db, {
      organisationId: m.organisation.id,
      steps: [{ key: 'p', title: 'Partnerens trin', responsibleUnitId: m.partnerUnit.id }],
    });
    await t.db.deleteFrom('organisation_partners').where('organisation_id', '=', m.organisation.id).execute();
    const read = await call(t.app, m.session, { method: 'GET', url: `/api/flowcards/${card.id}` });
    expect(read.statusCode).toBe(200);
    expect(read.json<Flowcard>().units).toEqual([]);
  });
});

describe('collaboration settings', () => {
  it('answers the defaults until a leader saves; a caseworker may read but not change; audited', async () => {
    const m = await municipality();
    const get = await call(t.app, m.session, { method: 'GET', url: '/api/collaboration-settings' });
    expect(get.json<CollaborationSettings>()).toEqual({
      urgentDeadlineWorkingDays: 2,
      escalationMarginWorkingDays: 2,
      housingGoalDays: 61,
      registrationIntervalMonths: 3,
      updatedBy: null,
      updatedAt: null,
    });
    const put = await call(t.app, m.session, {
      method: 'PUT',
      url: '/api/collaboration-settings',
      payload: { urgentDeadlineWorkingDays: 1, escalationMarginWorkingDays: 3, housingGoalDays: 45 },
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(put.json<CollaborationSettings>()).toMatchObject({
      urgentDeadlineWorkingDays: 1,
      housingGoalDays: 45,
      updatedBy: expect.stringContaining('Test leader') as unknown,
    });
    const caseworker = await signInAs(t.app, m.caseworker);
    expect(
      (await call(t.app, caseworker, { method: 'GET', url: '/api/collaboration-settings' })).json<CollaborationSettings>()
        .housingGoalDays,
    ).toBe(45);
    const refused = await call(t.app, caseworker, {
      method: 'PUT',
      url: '/api/collaboration-settings',
      payload: { urgentDeadlineWorkingDays: 9, escalationMarginWorkingDays: 3, housingGoalDays: 45 },
    });
    expect(refused.statusCode).toBe(403);
    const bad = await call(t.app, m.session, {
      method: 'PUT',
      url: '/api/collaboration-settings',
      payload: { urgentDeadlineWorkingDays: 0, escalationMarginWorkingDays: 3, housingGoalDays: 45 },
    });
    expect(bad.statusCode).toBe(400);
    const events = await auditEvents(t.db, { action: 'collaboration_settings.update', subjectId: m.organisation.id }, [
      'changes',
    ]);
    expect(events.map((e) => e.changes)).toEqual([
      {
        urgentDeadlineWorkingDays: { from: 2, to: 1 },
        escalationMarginWorkingDays: { from: 2, to: 3 },
        housingGoalDays: { from: 61, to: 45 },
      },
    ]);
    // Another municipality keeps its own defaults.
    const other = await municipality();
    expect(
      (await call(t.app, other.session, { method: 'GET', url: '/api/collaboration-settings' })).json<CollaborationSettings>()
        .housingGoalDays,
    ).toBe(61);
  });
});
