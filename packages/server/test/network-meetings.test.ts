/**
 * Network meetings about a citizen through the API: participants from units, partners, the
 * citizen and others; agenda and notes; decisions with an owner unit (and person) and a
 * deadline that notify their owner; optimistic concurrency; bad input; who may write.
 */
import { describe, expect, it } from 'vitest';
import type { LinkedUnitList, NetworkMeeting, NetworkMeetingList } from '@hjemvej/contract';
import { addDays } from '@hjemvej/domain';
import { todayInDenmark } from '../src/calendar/danish-time';
import { call, signInAs, useTestApp } from './support/test-app';
import { municipalityWithCitizen } from './support/scenarios';

const soon = addDays(todayInDenmark(), 10);
const later = addDays(todayInDenmark(), 20);
import {
  createMunicipalityWithStaff,
  createOrganisation,
  createShelterWithStaff,
  createStay,
  createUnit,
  createUser,
} from './support/factories';
import { auditEvent } from './support/audit-events';

const t = useTestApp();

async function setting() {
  const { session, citizen, ...staff } = await municipalityWithCitizen(t);
  const partnerUnit = await createUnit(t.db, staff.partner.id, { name: 'Værestedet', kind: 'other' });
  const partnerMember = await createUser(t.db, staff.partner.id, { role: 'partner_member', unitIds: [partnerUnit.id] });
  const colleague = await createUser(t.db, staff.organisation.id, { role: 'unit_member', unitIds: [staff.unit.id] });
  return { ...staff, session, citizen, partnerUnit, partnerMember, colleague };
}

const meetingBody = (s: Awaited<ReturnType<typeof setting>>) => ({
  heldAt: '2025-03-03T09:00:00+01:00',
  title: 'Netværksmøde om bolig',
  participants: [
    { kind: 'unit', unitId: s.unit.id, name: 'Kirsten' },
    { kind: 'partner', organisationId: s.partner.id },
    { kind: 'citizen' },
    { kind: 'other', name: 'Søster', role: 'Pårørende' },
  ],
  agenda: ['Bolig', 'Møbler'],
  notes: 'Borgeren ønsker at bo tæt på sin søster.',
});

/** The meeting of `meetingBody`, written by the caseworker. */
async function createMeeting(s: Awaited<ReturnType<typeof setting>>): Promise<NetworkMeeting> {
  return (
    await call(t.app, s.session, {
      method: 'POST',
      url: `/api/citizens/${s.citizen.id}/network-meetings`,
      payload: meetingBody(s),
    })
  ).json<NetworkMeeting>();
}

describe('network meetings', () => {
  it('keep participants, agenda and notes; list on the citizen; audited without copying the notes', async () => {
    const s = await setting();
    const created = await call(t.app, s.session, {
      method: 'POST',
      url: `/api/citizens/${s.citizen.id}/network-meetings`,
      payload: meetingBody(s),
    });
    expect(created.statusCode, created.body).toBe(201);
    const meeting = created.json<NetworkMeeting>();
    expect(meeting.participants.map((p) => [p.kind, p.label, p.name])).toEqual([
      ['unit', `Myndighed voksne (${s.organisation.name})`, 'Kirsten'],
      ['partner', s.partner.name, null],
      ['citizen', null, null],
      ['other', null, 'Søster'],
    ]);
    expect(meeting).toMatchObject({ agenda: ['Bolig', 'Møbler'], version: 1, decisions: [] });
    const list = await call(t.app, s.session, { method: 'GET', url: `/api/citizens/${s.citizen.id}/network-meetings` });
    expect(list.json<NetworkMeetingList>().items).toEqual([
      expect.objectContaining({ id: meeting.id, participantCount: 4, decisionCount: 0 }),
    ]);
    const event = await auditEvent(t.db, { action: 'network_meeting.create', subjectId: meeting.id }, ['citizen_id', 'changes']);
    expect(event.citizen_id).toBe(s.citizen.id);
    expect(JSON.stringify(event.changes)).not.toContain('søster');
  });

  it('turn decisions into work for an owner unit or person, who is notified', async () => {
    const s = await setting();
    const meeting = await createMeeting(s);
    const toPartner = await call(t.app, s.session, {
      method: 'POST',
      url: `/api/network-meetings/${meeting.id}/decisions`,
      payload: { text: 'Skaffe møbler', ownerUnitId: s.partnerUnit.id, dueOn: later },
    });
    expect(toPartner.statusCode, toPartner.body).toBe(201);
    const toColleague = await call(t.app, s.session, {
      method: 'POST',
      url: `/api/network-meetings/${meeting.id}/decisions`,
      payload: { text: 'Søge depositumslån', ownerUnitId: s.unit.id, ownerUserId: s.colleague.id, dueOn: soon },
    });
    const decisions = toColleague.json<NetworkMeeting>().decisions;
    expect(decisions.map((d) => [d.text, d.ownerUnit.name, d.ownerUser?.id ?? null, d.dueOn])).toEqual([
      ['Skaffe møbler', 'Værestedet', null, later],
      ['Søge depositumslån', 'Myndighed voksne', s.colleague.id, soon],
    ]);
    // Each decision is a task of its owner unit with the deadline; a named owner has taken it.
    const tasks = await t.db
      .selectFrom('tasks')
      .select(['id', 'unit_id', 'due_on', 'assignee_user_id', 'status', 'title'])
      .where('citizen_id', '=', s.citizen.id)
      .orderBy('created_at')
      .execute();
    expect(tasks.map((task) => [task.title, task.unit_id, task.due_on, task.assignee_user_id, task.status])).toEqual([
      ['Skaffe møbler', s.partnerUnit.id, later, null, 'open'],
      ['Søge depositumslån', s.unit.id, soon, s.colleague.id, 'in_progress'],
    ]);
    expect(decisions.map((d) => d.taskId)).toEqual(tasks.map((task) => task.id));
    // The partner's member is told of the task; the notification never names the citizen.
    const partnerNote = await t.db.selectFrom('notifications').selectAll().where('user_id', '=', s.partnerMember.id).execute();
    expect(partnerNote.length).toBeGreaterThan(0);
    for (const note of partnerNote) expect(`${note.title} ${note.body}`).not.toContain(s.citizen.lastName ?? 'x');
    const colleagueNote = await t.db
      .selectFrom('notifications')
      .select(['kind', 'task_id'])
      .where('user_id', '=', s.colleague.id)
      .execute();
    expect(colleagueNote).toEqual(expect.arrayContaining([{ kind: 'task_assigned', task_id: tasks[1]?.id }]));
    // The creating caseworker's own audit event names the decision and its task; the task has its own.
    const taskEvent = await auditEvent(t.db, { action: 'task.create', subjectId: tasks[0]?.id ?? '' }, ['citizen_id']);
    expect(taskEvent.citizen_id).toBe(s.citizen.id);
  });

  it('refuses decisions for unknown units, owners outside the unit and deadlines before the meeting', async () => {
    const s = await setting();
    const meeting = await createMeeting(s);
    const foreign = await createMunicipalityWithStaff(t.db);
    const cases: [Record<string, unknown>, number, string][] = [
      [{ text: 'x', ownerUnitId: foreign.unit.id, dueOn: soon }, 422, 'ownerUnitId'],
      [{ text: 'x', ownerUnitId: s.unit.id, ownerUserId: s.partnerMember.id, dueOn: soon }, 422, 'ownerUserId'],
      [{ text: 'x', ownerUnitId: s.unit.id, dueOn: '2025-03-02' }, 422, 'dueOn'],
      [{ text: 'x', ownerUnitId: s.unit.id, dueOn: '2025-04-01' }, 422, 'dueOn'],
      [{ text: '', ownerUnitId: s.unit.id, dueOn: soon }, 400, 'text'],
      [{ text: 'x', ownerUnitId: 'nope', dueOn: soon }, 400, 'ownerUnitId'],
    ];
    for (const [payload, status, field] of cases) {
      const response = await call(t.app, s.session, {
        method: 'POST',
        url: `/api/network-meetings/${meeting.id}/decisions`,
        payload,
      });
      expect(response.statusCode, `${field} ${response.body}`).toBe(status);
      expect(response.json<{ error: { fields?: { path: string }[] } }>().error.fields?.map((f) => f.path)).toContain(field);
    }
    const bad = await call(t.app, s.session, {
      method: 'POST',
      url: `/api/citizens/${s.citizen.id}/network-meetings`,
      payload: {
        ...meetingBody(s),
        participants: [
          { kind: 'unit', unitId: foreign.unit.id },
          { kind: 'partner', organisationId: (await createOrganisation(t.db, { kind: 'partner' })).id },
        ],
      },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json<{ error: { fields?: { path: string }[] } }>().error.fields?.[0]?.path).toBe('participants.0.unitId');
  });

  it('keep every change safe: a stale version is refused with who changed what', async () => {
    const s = await setting();
    const meeting = await createMeeting(s);
    const first = await call(t.app, s.session, {
      method: 'PATCH',
      url: `/api/network-meetings/${meeting.id}`,
      payload: { version: 1, notes: 'Nye noter' },
    });
    expect(first.json<NetworkMeeting>()).toMatchObject({ version: 2, notes: 'Nye noter' });
    const stale = await call(t.app, s.session, {
      method: 'PATCH',
      url: `/api/network-meetings/${meeting.id}`,
      payload: { version: 1, title: 'Andet' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<{ error: { conflict: { changedFields: string[] } } }>().error.conflict.changedFields).toEqual(['notes']);
  });

  it('are held by the handlekommune: a shelter reads its resident’s meetings but does not write them', async () => {
    const s = await setting();
    const shelter = await createShelterWithStaff(t.db);
    await createStay(t.db, { citizenId: s.citizen.id, shelterId: shelter.organisation.id, admittedOn: '2025-01-06' });
    const meeting = await createMeeting(s);
    const staff = await signInAs(t.app, shelter.staff);
    expect((await call(t.app, staff, { method: 'GET', url: `/api/network-meetings/${meeting.id}` })).statusCode).toBe(200);
    const write = await call(t.app, staff, {
      method: 'POST',
      url: `/api/citizens/${s.citizen.id}/network-meetings`,
      payload: meetingBody(s),
    });
    expect(write.statusCode).toBe(403);
  });

  it('offer own units and partners’ units with their members for decisions', async () => {
    const s = await setting();
    const units = (await call(t.app, s.session, { method: 'GET', url: '/api/linked-units' })).json<LinkedUnitList>();
    const byId = new Map(units.items.map((u) => [u.id, u]));
    expect(byId.get(s.unit.id)).toMatchObject({ isOwn: true });
    expect(byId.get(s.partnerUnit.id)).toMatchObject({
      isOwn: false,
      organisationName: s.partner.name,
      members: [expect.objectContaining({ id: s.partnerMember.id })],
    });
    const foreign = await createMunicipalityWithStaff(t.db);
    expect(byId.has(foreign.unit.id)).toBe(false);
  });
});
