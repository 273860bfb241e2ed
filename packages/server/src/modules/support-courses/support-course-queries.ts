/**
 * SQL for support courses, their CTI phases and the contact log. Every read is scoped through
 * the citizen of the course.
 */
import { sql, type Insertable, type Transaction, type Updateable } from 'kysely';
import { ctiChecklistItemSchema, type CtiChecklistItem, type SupportContact } from '@hjemvej/contract';
import type { Actor } from '../../access/actor';
import { whereCitizenInScope } from '../../access/citizen-scope';
import type { Database } from '../../database/schema';
import { insertRow } from '../../database/row-writes';
import { executeRemembered } from '../../database/remembered-reads';
import { readStoredJson } from '../../database/stored-json';
import { citizenRecordReads } from '../../course/citizen-record-queries';

type Tx = Transaction<Database>;

function selectCourses(tx: Tx, actor: Actor) {
  return (
    tx
      .selectFrom('support_courses as sc')
      .innerJoin('units as team', 'team.id', 'sc.team_unit_id')
      .leftJoin('users as worker', 'worker.id', 'sc.worker_user_id')
      // The decision only when it is in the actor's scope too (it is the same person's, see the service).
      .leftJoin('decisions as d', (join) =>
        join.onRef('d.id', '=', 'sc.decision_id').on((eb) => whereCitizenInScope(eb, 'd.citizen_id', actor, 'decisions')),
      )
      .select([
        'sc.id',
        'sc.citizen_id as citizenId',
        'sc.method',
        'sc.decision_id as decisionId',
        'd.kind as decisionKind',
        'd.method as decisionMethod',
        'd.outcome as decisionOutcome',
        'd.decided_on as decisionDecidedOn',
        'd.period_from as decisionPeriodFrom',
        'd.period_to as decisionPeriodTo',
        'sc.team_unit_id as teamId',
        'team.name as teamName',
        'sc.worker_user_id as workerId',
        'worker.display_name as workerName',
        'sc.started_on as startedOn',
        'sc.ended_on as endedOn',
        'sc.end_reason as endReason',
        'sc.end_note as endNote',
        'sc.note',
        'sc.version',
        'sc.created_at as createdAt',
        'sc.updated_at as updatedAt',
      ])
      .where((eb) => whereCitizenInScope(eb, 'sc.citizen_id', actor, 'support'))
  );
}

/**
 * The open courses the actor works, as worker or in the course's team: the support worker's
 * caseload. Scoped like every course read (support), and the name only where identity is read.
 * The least recently seen first, so whoever has gone longest without a visit stands at the top.
 */
export async function findCaseloadRows(
  tx: Tx,
  actor: Actor,
  options: { readonly limit: number; readonly today: string; readonly unseenSince: string },
) {
  const { limit, today, unseenSince } = options;
  const unitIds = actor.units.map((unit) => unit.id);
  // Each course's latest contact and next registration due are read once (two lateral
  // aggregates), then shown, counted and sorted by.
  const seenOn = sql<string>`coalesce(seen."contactOn", sc.started_on)`;
  return (
    tx
      .selectFrom('support_courses as sc')
      .innerJoin('units as team', 'team.id', 'sc.team_unit_id')
      .innerJoin('citizens as rec', 'rec.id', 'sc.citizen_id')
      // The person's surviving record carries the name (linked duplicates point at it).
      .innerJoin('citizens as c', (join) => join.on(sql<boolean>`c.id = coalesce(rec.merged_into_id, rec.id)`))
      .leftJoinLateral(
        (eb) =>
          eb
            .selectFrom('support_contacts as k')
            .select((k) => k.fn.max('k.contact_on').as('contactOn'))
            .whereRef('k.support_course_id', '=', 'sc.id')
            .as('seen'),
        (join) => join.onTrue(),
      )
      .leftJoinLateral(
        (eb) =>
          eb
            .selectFrom('course_registrations as r')
            .innerJoin('tasks as t', 't.id', 'r.due_task_id')
            .select((r) => r.fn.min('t.due_on').as('dueOn'))
            .whereRef('r.support_course_id', '=', 'sc.id')
            .where('t.status', 'not in', ['done', 'cancelled'])
            .as('due'),
        (join) => join.onTrue(),
      )
      .select((eb) => [
        'sc.id as courseId',
        'c.id as citizenId',
        'c.first_name as firstName',
        'c.last_name as lastName',
        'c.alias',
        'sc.method',
        'team.name as teamName',
        eb('sc.worker_user_id', '=', actor.userId).as('isMine'),
        'sc.started_on as startedOn',
        eb
          .selectFrom('support_course_phases as p')
          .select((p) => p.fn.max('p.phase').as('phase'))
          .whereRef('p.support_course_id', '=', 'sc.id')
          .where('p.started_on', 'is not', null)
          .as('ctiPhase'),
        'seen.contactOn as lastContactOn',
        'due.dueOn as nextRegistrationDueOn',
        sql<string>`count(*) over ()`.as('total'),
        sql<string>`count(*) FILTER (WHERE ${seenOn} <= ${unseenSince}::date) over ()`.as('unseenCount'),
        // The earliest open registration due is on or before today exactly when any is.
        sql<string>`count(*) FILTER (WHERE due."dueOn" <= ${today}::date) over ()`.as('registrationsDueCount'),
      ])
      .where('sc.ended_on', 'is', null)
      .where((eb) =>
        eb.or([
          eb('sc.worker_user_id', '=', actor.userId),
          ...(unitIds.length > 0 ? [eb('sc.team_unit_id', 'in', unitIds)] : []),
        ]),
      )
      .where((eb) => whereCitizenInScope(eb, 'sc.citizen_id', actor, 'support'))
      .where((eb) => whereCitizenInScope(eb, 'c.id', actor, 'identity'))
      .orderBy(seenOn)
      .orderBy('sc.id')
      .limit(limit)
      .execute()
  );
}

export type CourseRow = Awaited<ReturnType<ReturnType<typeof selectCourses>['executeTakeFirstOrThrow']>>;

const courseReads = citizenRecordReads(selectCourses, 'sc', ['sc.started_on', 'sc.created_at']);
export const findCourseRowById = courseReads.findById;
/** The courses of the person made of `recordIds`, newest first. */
export const findCourseRowsOfPerson = courseReads.findRowsOfPerson;

export interface PhaseRow {
  readonly supportCourseId: string;
  readonly phase: 1 | 2 | 3;
  readonly startedOn: string | null;
  readonly checklist: CtiChecklistItem[];
}

/** The stored checklist is JSON written by this module; read it defensively all the same. */
function readChecklist(value: unknown): CtiChecklistItem[] {
  return readStoredJson(ctiChecklistItemSchema.array(), value, []);
}

export async function findPhaseRows(tx: Tx, actor: Actor, courseIds: readonly string[]): Promise<PhaseRow[]> {
  if (courseIds.length === 0) return [];
  const rows = await executeRemembered(
    tx,
    tx
      .selectFrom('support_course_phases as ph')
      .innerJoin('support_courses as sc', 'sc.id', 'ph.support_course_id')
      .select(['ph.support_course_id as supportCourseId', 'ph.phase', 'ph.started_on as startedOn', 'ph.checklist'])
      .where('ph.support_course_id', 'in', [...courseIds])
      .where((eb) => whereCitizenInScope(eb, 'sc.citizen_id', actor, 'support'))
      .orderBy('ph.phase'),
  );
  return rows.map((row) => ({ ...row, checklist: readChecklist(row.checklist) }));
}

export async function findContacts(tx: Tx, actor: Actor, courseIds: readonly string[]): Promise<SupportContact[]> {
  if (courseIds.length === 0) return [];
  const rows = await tx
    .selectFrom('support_contacts as ct')
    .innerJoin('support_courses as sc', 'sc.id', 'ct.support_course_id')
    .leftJoin('users as u', 'u.id', 'ct.by_user_id')
    .select([
      'ct.id',
      'ct.support_course_id as supportCourseId',
      'ct.contact_on as contactOn',
      'ct.kind',
      'ct.note',
      'ct.by_user_id as byId',
      'u.display_name as byName',
      'ct.created_at as createdAt',
    ])
    .where('ct.support_course_id', 'in', [...courseIds])
    .where((eb) => whereCitizenInScope(eb, 'sc.citizen_id', actor, 'support'))
    .orderBy('ct.contact_on', 'desc')
    .orderBy('ct.created_at', 'desc')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    supportCourseId: row.supportCourseId,
    contactOn: row.contactOn,
    kind: row.kind,
    note: row.note,
    by: row.byId !== null && row.byName !== null ? { id: row.byId, displayName: row.byName } : null,
    createdAt: row.createdAt.toISOString(),
  }));
}

/** An active unit of the organisation (the team), or undefined. */
export async function findOwnActiveUnit(tx: Tx, organisationId: string, unitId: string) {
  return tx
    .selectFrom('units')
    .select(['id', 'name'])
    .where('id', '=', unitId)
    .where('organisation_id', '=', organisationId)
    .where('is_active', '=', true)
    .executeTakeFirst();
}

export function insertCourse(tx: Tx, values: Insertable<Database['support_courses']>): Promise<string> {
  return insertRow(tx, 'support_courses', values);
}

export async function insertPhases(tx: Tx, values: readonly Insertable<Database['support_course_phases']>[]): Promise<void> {
  await tx.insertInto('support_course_phases').values(values).execute();
}

export async function updatePhase(
  tx: Tx,
  courseId: string,
  phase: 1 | 2 | 3,
  values: Updateable<Database['support_course_phases']>,
): Promise<void> {
  await tx
    .updateTable('support_course_phases')
    .set(values)
    .where('support_course_id', '=', courseId)
    .where('phase', '=', phase)
    .execute();
}

export function insertContact(tx: Tx, values: Insertable<Database['support_contacts']>): Promise<string> {
  return insertRow(tx, 'support_contacts', values);
}
