/** SQL for network meetings about a citizen; every read is scoped through the meeting's citizen. */
import type { Insertable, Transaction, Updateable } from 'kysely';
import type { NetworkMeetingDecision, NetworkMeeting } from '@hjemvej/contract';
import type { Actor } from '../../access/actor';
import { whereCitizenInScope } from '../../access/citizen-scope';
import type { Database } from '../../database/schema';
import { insertRow, updateRowById } from '../../database/row-writes';
import { createdByColumn, updatedByColumn } from '../../database/record-stamps';
import { findFirstRow } from '../../database/first-row';

type Tx = Transaction<Database>;

export interface StoredParticipant {
  readonly kind: 'unit' | 'partner' | 'citizen' | 'other';
  readonly unitId: string | null;
  readonly organisationId: string | null;
  readonly label: string | null;
  readonly name: string | null;
  readonly role: string | null;
}

function selectMeetings(tx: Tx, actor: Actor) {
  return tx
    .selectFrom('network_meetings as m')
    .select([
      'm.id',
      'm.organisation_id as organisationId',
      'm.citizen_id as citizenId',
      'm.held_at as heldAt',
      'm.title',
      'm.participants',
      'm.agenda',
      'm.notes',
      createdByColumn('m'),
      updatedByColumn('m'),
      'm.version',
      'm.updated_at as updatedAt',
    ])
    .where((eb) => whereCitizenInScope(eb, 'm.citizen_id', actor, 'network_meetings'));
}

export type MeetingRow = Awaited<ReturnType<ReturnType<typeof selectMeetings>['executeTakeFirstOrThrow']>>;

export function findMeetingRow(tx: Tx, actor: Actor, meetingId: string, forUpdate = false): Promise<MeetingRow | null> {
  return findFirstRow(selectMeetings(tx, actor).where('m.id', '=', meetingId), forUpdate && 'm');
}

export function insertMeeting(tx: Tx, values: Insertable<Database['network_meetings']>): Promise<string> {
  return insertRow(tx, 'network_meetings', values);
}

/** A change to a meeting row; the caller has read (and locked) the meeting through the scope. */
export function updateMeetingRow(tx: Tx, meetingId: string, values: Updateable<Database['network_meetings']>): Promise<void> {
  return updateRowById(tx, 'network_meetings', meetingId, values);
}

export function insertMeetingDecision(tx: Tx, values: Insertable<Database['network_meeting_decisions']>): Promise<string> {
  return insertRow(tx, 'network_meeting_decisions', values);
}

/**
 * Hands the task just created for a meeting decision to its owner (in progress). The task is
 * the one this request created, so no scope is needed; unlike `updateTask` it does not bump the
 * task's version (a new task stays at its first version, as before).
 */
export async function updateDecisionTaskOwner(tx: Tx, taskId: string, ownerUserId: string): Promise<void> {
  await tx
    .updateTable('tasks')
    .set({ assignee_user_id: ownerUserId, status: 'in_progress', updated_at: new Date() })
    .where('id', '=', taskId)
    .execute();
}

export async function findMeetingRowsOfPerson(tx: Tx, actor: Actor, recordIds: readonly string[]) {
  if (recordIds.length === 0) return [];
  return selectMeetings(tx, actor)
    .where('m.citizen_id', 'in', [...recordIds])
    .select((eb) => [
      eb
        .selectFrom('network_meeting_decisions as d')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('d.meeting_id', '=', 'm.id')
        .as('decisionCount'),
    ])
    .orderBy('m.held_at', 'desc')
    .execute();
}

export async function findDecisions(
  tx: Tx,
  meetingIds: readonly string[],
): Promise<(NetworkMeetingDecision & { meetingId: string })[]> {
  if (meetingIds.length === 0) return [];
  const rows = await tx
    .selectFrom('network_meeting_decisions as d')
    .innerJoin('units as u', 'u.id', 'd.owner_unit_id')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .leftJoin('users as ou', 'ou.id', 'd.owner_user_id')
    .select([
      'd.id',
      'd.meeting_id as meetingId',
      'd.text',
      'u.id as unitId',
      'u.name as unitName',
      'o.name as organisationName',
      'ou.id as ownerUserId',
      'ou.display_name as ownerUserName',
      'd.due_on as dueOn',
      'd.task_id as taskId',
      'd.created_at as createdAt',
    ])
    .where('d.meeting_id', 'in', [...meetingIds])
    .orderBy('d.created_at')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    meetingId: r.meetingId,
    text: r.text,
    ownerUnit: { id: r.unitId, name: r.unitName, organisationName: r.organisationName },
    ownerUser: r.ownerUserId && r.ownerUserName ? { id: r.ownerUserId, name: r.ownerUserName } : null,
    dueOn: r.dueOn,
    taskId: r.taskId,
    createdAt: r.createdAt.toISOString(),
  }));
}

function readParticipants(value: unknown): StoredParticipant[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((p: unknown) => {
    if (typeof p !== 'object' || p === null) return [];
    const o = p as Record<string, unknown>;
    const kind = o.kind === 'unit' || o.kind === 'partner' || o.kind === 'citizen' || o.kind === 'other' ? o.kind : null;
    if (!kind) return [];
    const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);
    return [
      {
        kind,
        unitId: text(o.unitId),
        organisationId: text(o.organisationId),
        label: text(o.label),
        name: text(o.name),
        role: text(o.role),
      },
    ];
  });
}

function readAgenda(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export function presentMeeting(
  row: MeetingRow,
  decisions: readonly NetworkMeetingDecision[],
  abilities: NetworkMeeting['abilities'],
): NetworkMeeting {
  return {
    id: row.id,
    citizenId: row.citizenId,
    heldAt: row.heldAt.toISOString(),
    title: row.title,
    participants: readParticipants(row.participants),
    agenda: readAgenda(row.agenda),
    notes: row.notes,
    decisions: decisions.map(({ ...d }) => {
      const { meetingId: _, ...rest } = d as NetworkMeetingDecision & { meetingId?: string };
      return rest;
    }),
    createdBy: row.createdBy,
    updatedBy: row.updatedBy,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    abilities,
  };
}

export function participantCountOf(row: Pick<MeetingRow, 'participants'>): number {
  return readParticipants(row.participants).length;
}
