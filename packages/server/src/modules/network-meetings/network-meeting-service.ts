/**
 * Network meetings about a citizen: participants from units, partners, the citizen and others,
 * an agenda, notes, and decisions with an owner unit (and person) and a deadline. Held by the
 * handlekommune; whoever reaches the citizen reads them. Each decision notifies its owner
 * (or the owner unit's members); once the tasks module is on main, a decision becomes a task.
 */
import type {
  CreateNetworkMeetingBody,
  CreateNetworkMeetingDecisionBody,
  NetworkMeetingParticipantInput,
  NetworkMeeting,
  NetworkMeetingList,
  UpdateNetworkMeetingBody,
} from '@hjemvej/contract';
import { NotFoundError, UnprocessableError } from '../../http/errors';
import type { DataContext } from '../../http/secured-route';
import { readRowsOfPerson, requirePerson } from '../../course/person-reads';
import { citizenAuditSubject } from '../../course/citizen-audit';
import type { Person } from '../../course/person-queries';
import { formatDate, todayInDenmark } from '../../calendar/danish-time';
import { assertSeenVersion } from '../versioning/version-conflict';
import { findLinkedUnit, findLinkedOrganisation, findUnitMember } from '../organisation/linked-units-queries';
import { abilitiesFor, authorize } from '../../access/policy';
import { citizenPolicy, meetingPolicy } from '../../access/citizen-policy';
import { createNotifications } from '../notifications/notification-service';
import { createTask } from '../tasks/task-service';
import { insertTaskEvent } from '../tasks/task-queries';
import { asOwnAuditEvent, readdressed } from '../../course/course-writes';
import {
  findDecisions,
  findMeetingRow,
  findMeetingRowsOfPerson,
  insertMeeting,
  insertMeetingDecision,
  participantCountOf,
  presentMeeting,
  updateDecisionTaskOwner,
  updateMeetingRow,
  type MeetingRow,
  type StoredParticipant,
} from './network-meeting-queries';

async function resolveParticipants(
  ctx: DataContext,
  list: readonly NetworkMeetingParticipantInput[],
): Promise<StoredParticipant[]> {
  const resolved: StoredParticipant[] = [];
  for (const [index, p] of list.entries()) {
    switch (p.kind) {
      case 'unit': {
        const unit = await findLinkedUnit(ctx.tx, ctx.actor.organisationId, p.unitId);
        if (!unit) throw new UnprocessableError('meeting_unit_unknown', `participants.${index}.unitId`);
        resolved.push({
          kind: 'unit',
          unitId: unit.id,
          organisationId: unit.organisationId,
          label: `${unit.name} (${unit.organisationName})`,
          name: p.name || null,
          role: null,
        });
        break;
      }
      case 'partner': {
        const org = await findLinkedOrganisation(ctx.tx, ctx.actor.organisationId, p.organisationId);
        if (!org || org.id === ctx.actor.organisationId)
          throw new UnprocessableError('meeting_partner_unknown', `participants.${index}.organisationId`);
        resolved.push({
          kind: 'partner',
          unitId: null,
          organisationId: org.id,
          label: org.name,
          name: p.name || null,
          role: null,
        });
        break;
      }
      case 'citizen':
        resolved.push({ kind: 'citizen', unitId: null, organisationId: null, label: null, name: null, role: null });
        break;
      case 'other':
        resolved.push({ kind: 'other', unitId: null, organisationId: null, label: null, name: p.name, role: p.role || null });
        break;
    }
  }
  return resolved;
}

async function answer(ctx: DataContext, row: MeetingRow, person: Person): Promise<NetworkMeeting> {
  return presentMeeting(row, await findDecisions(ctx.tx, [row.id]), abilitiesFor(ctx, meetingPolicy, person.root));
}

async function requireMeeting(ctx: DataContext, meetingId: string, forUpdate = false) {
  const row = await findMeetingRow(ctx.tx, ctx.actor, meetingId, forUpdate);
  if (!row) throw new NotFoundError();
  const person = await requirePerson(ctx, row.citizenId, { category: 'network_meetings' });
  return { row, person };
}

export async function listMeetings(ctx: DataContext, citizenId: string): Promise<NetworkMeetingList> {
  const person = await requirePerson(ctx, citizenId, { category: 'network_meetings' });
  const rows = await readRowsOfPerson(ctx, person, findMeetingRowsOfPerson);
  return {
    items: rows.map((r) => ({
      id: r.id,
      citizenId: r.citizenId,
      heldAt: r.heldAt.toISOString(),
      title: r.title,
      participantCount: participantCountOf(r),
      decisionCount: Number(r.decisionCount ?? 0),
    })),
  };
}

export async function createMeeting(
  ctx: DataContext,
  citizenId: string,
  body: CreateNetworkMeetingBody,
): Promise<NetworkMeeting> {
  const person = await requirePerson(ctx, citizenId, { forUpdate: true, category: 'network_meetings' });
  authorize(ctx, citizenPolicy.holdMeetings, person.root);
  const participants = await resolveParticipants(ctx, body.participants ?? []);
  const id = await insertMeeting(ctx.tx, {
    organisation_id: ctx.actor.organisationId,
    citizen_id: person.root.id,
    held_at: body.heldAt,
    title: body.title,
    participants: JSON.stringify(participants),
    agenda: JSON.stringify(body.agenda ?? []),
    notes: body.notes ?? '',
    created_by_user_id: ctx.actor.userId,
    updated_by_user_id: ctx.actor.userId,
  });
  const row = await findMeetingRow(ctx.tx, ctx.actor, id);
  if (!row) throw new NotFoundError();
  ctx.describe({
    subjectType: 'network_meeting',
    subjectId: id,
    ...citizenAuditSubject(ctx, person),
    changes: { heldAt: body.heldAt, participants: participants.length, agenda: (body.agenda ?? []).length, notes: 'recorded' },
  });
  return answer(ctx, row, person);
}

export async function getMeeting(ctx: DataContext, meetingId: string): Promise<NetworkMeeting> {
  const { row, person } = await requireMeeting(ctx, meetingId);
  ctx.describe({ subjectType: 'network_meeting', subjectId: row.id, ...citizenAuditSubject(ctx, person) });
  return answer(ctx, row, person);
}

export async function updateMeeting(
  ctx: DataContext,
  meetingId: string,
  body: UpdateNetworkMeetingBody,
): Promise<NetworkMeeting> {
  const { row, person } = await requireMeeting(ctx, meetingId, true);
  authorize(ctx, meetingPolicy.edit, person.root);
  await assertSeenVersion(ctx, row, body.version, 'network_meeting.update', () => answer(ctx, row, person));
  const changed: string[] = [];
  const set: Record<string, unknown> = {};
  if (body.heldAt !== undefined) {
    set.held_at = body.heldAt;
    changed.push('heldAt');
  }
  if (body.title !== undefined) {
    set.title = body.title;
    changed.push('title');
  }
  if (body.participants !== undefined) {
    set.participants = JSON.stringify(await resolveParticipants(ctx, body.participants));
    changed.push('participants');
  }
  if (body.agenda !== undefined) {
    set.agenda = JSON.stringify(body.agenda);
    changed.push('agenda');
  }
  if (body.notes !== undefined) {
    set.notes = body.notes;
    changed.push('notes');
  }
  await updateMeetingRow(ctx.tx, row.id, {
    ...set,
    updated_by_user_id: ctx.actor.userId,
    updated_at: new Date(),
    version: row.version + 1,
  });
  const updated = await findMeetingRow(ctx.tx, ctx.actor, row.id);
  if (!updated) throw new NotFoundError();
  ctx.describe({
    subjectType: 'network_meeting',
    subjectId: row.id,
    ...citizenAuditSubject(ctx, person),
    changes: { ...Object.fromEntries(changed.map((f) => [f, 'changed'])), version: { from: row.version, to: row.version + 1 } },
  });
  return answer(ctx, updated, person);
}

export async function addDecision(
  ctx: DataContext,
  meetingId: string,
  body: CreateNetworkMeetingDecisionBody,
): Promise<NetworkMeeting> {
  const { row, person } = await requireMeeting(ctx, meetingId, true);
  authorize(ctx, meetingPolicy.edit, person.root);
  const unit = await findLinkedUnit(ctx.tx, ctx.actor.organisationId, body.ownerUnitId);
  if (!unit) throw new UnprocessableError('meeting_unit_unknown', 'ownerUnitId');
  const owner = body.ownerUserId ? await findUnitMember(ctx.tx, unit.id, body.ownerUserId) : null;
  if (body.ownerUserId && !owner) throw new UnprocessableError('decision_owner_not_in_unit', 'ownerUserId', { unit: unit.name });
  const heldOn = todayInDenmark(row.heldAt);
  if (body.dueOn < heldOn)
    throw new UnprocessableError('decision_due_before_meeting', 'dueOn', { heldOn: formatDate(ctx.locale, heldOn) });
  // The decision becomes a task for the owner unit (the tasks module's own rules, audit event
  // and notifications of the unit's members), taken for the owner when one was named.
  let task: { id: string };
  try {
    task = await createTask(asOwnAuditEvent(ctx, 'task.create'), person.root.id, {
      title: body.text.slice(0, 200),
      description: `Beslutning fra netværksmødet »${row.title}« ${formatDate('da', heldOn)}.`,
      unitId: unit.id,
      dueOn: body.dueOn,
    });
  } catch (error) {
    throw readdressed(error, 'dueOn');
  }
  if (owner) {
    await updateDecisionTaskOwner(ctx.tx, task.id, owner.id);
    await insertTaskEvent(ctx.tx, task.id, 'taken', { userId: ctx.actor.userId, name: ctx.actor.displayName }, owner.name);
    await createNotifications(ctx.tx, {
      userIds: [owner.id],
      kind: 'task_assigned',
      taskId: task.id,
      link: `/inbox?task=${task.id}`,
      words: { task: body.text, unit: unit.name },
      exceptUserId: ctx.actor.userId,
    });
  }
  const id = await insertMeetingDecision(ctx.tx, {
    meeting_id: row.id,
    text: body.text,
    owner_unit_id: unit.id,
    owner_user_id: owner?.id ?? null,
    due_on: body.dueOn,
    task_id: task.id,
    created_by_user_id: ctx.actor.userId,
  });
  ctx.describe({
    subjectType: 'network_meeting',
    subjectId: row.id,
    ...citizenAuditSubject(ctx, person),
    changes: {
      decisionId: id,
      taskId: task.id,
      ownerUnitId: unit.id,
      ownerUserId: owner?.id ?? null,
      dueOn: body.dueOn,
      text: 'recorded',
    },
  });
  const updated = await findMeetingRow(ctx.tx, ctx.actor, row.id);
  if (!updated) throw new NotFoundError();
  return answer(ctx, updated, person);
}
