/**
 * SQL for tasks. A task is visible (in SQL, for lists and single reads alike) to:
 * (a) users of the task's municipality whose citizen scope includes the citizen;
 * (b) members of the task's unit, in any organisation (shelters, partners);
 * (c) leaders (tasks.oversee) for the tasks of their own organisation's units.
 * Everyone else gets "not found".
 */
import {
  sql,
  type Expression,
  type ExpressionBuilder,
  type Insertable,
  type Kysely,
  type SqlBool,
  type Transaction,
  type Updateable,
} from 'kysely';
import { z } from 'zod';
import type { TaskEvent, TaskSummary } from '@hjemvej/contract';
import { hasPermission, isOverdue, workingDaysOverdue, type IsoDate } from '@hjemvej/domain';
import type { Actor } from '../../access/actor';
import { whereCitizenInScope } from '../../access/citizen-scope';
import { abilitiesFor } from '../../access/policy';
import type { Database } from '../../database/schema';
import { insertRow } from '../../database/row-writes';
import { canSeeTaskCitizen } from './task-citizen-visibility';
import { taskPolicy } from './task-policy';
import { whereIdentityConsentedToPartner } from '../consents/consent-queries';
import { todayInDenmark } from '../../calendar/danish-time';
import { selectOwnAndPartnerUnits } from '../organisation/linked-units-queries';
import { readStoredJson } from '../../database/stored-json';

type Tx = Transaction<Database>;
type TaskTables = Database & { t: Database['tasks']; u: Database['units'] };

export function whereTaskVisible(eb: ExpressionBuilder<TaskTables, 't' | 'u'>, actor: Actor): Expression<SqlBool> {
  const unitIds = actor.units.map((unit) => unit.id);
  const conditions: Expression<SqlBool>[] = [];
  if (unitIds.length > 0) conditions.push(eb('t.unit_id', 'in', unitIds));
  if (actor.organisationKind === 'municipality' && hasPermission(actor.role, 'citizens.read')) {
    conditions.push(
      eb.and([eb('t.organisation_id', '=', actor.organisationId), whereCitizenInScope(eb, 't.citizen_id', actor, 'tasks')]),
    );
  }
  if (hasPermission(actor.role, 'tasks.oversee')) conditions.push(eb('u.organisation_id', '=', actor.organisationId));
  if (conditions.length === 0) return sql<SqlBool>`false`;
  return eb.or(conditions);
}

export function selectTasks(tx: Tx, actor: Actor) {
  return tx
    .selectFrom('tasks as t')
    .innerJoin('units as u', 'u.id', 't.unit_id')
    .innerJoin('organisations as uo', 'uo.id', 'u.organisation_id')
    .leftJoin('citizens as c', 'c.id', 't.citizen_id')
    .leftJoin('users as a', 'a.id', 't.assignee_user_id')
    .leftJoin('flowcard_runs as r', 'r.id', 't.flowcard_run_id')
    .leftJoin('flowcards as f', 'f.id', 'r.flowcard_id')
    .select((eb) => [
      't.id',
      't.organisation_id as organisationId',
      't.citizen_id as citizenId',
      't.unit_id as unitId',
      'u.name as unitName',
      'uo.name as unitOrganisationName',
      't.flowcard_run_id as runId',
      't.step_key as stepKey',
      'f.name as flowcardName',
      't.title',
      't.description',
      't.status',
      't.assignee_user_id as assigneeId',
      'a.display_name as assigneeName',
      't.due_on as dueOn',
      't.normal_due_on as normalDueOn',
      't.is_urgent as isTaskUrgent',
      sql<boolean>`(c.housing_first_urgent_since IS NOT NULL)`.as('isCourseUrgent'),
      't.blocked_waiting_for as blockedWaitingFor',
      't.checklist',
      't.required_documents as requiredDocuments',
      't.opened_at as openedAt',
      't.done_at as doneAt',
      't.linked_record_type as linkedRecordType',
      't.linked_record_id as linkedRecordId',
      't.escalated_at as escalatedAt',
      't.created_by_user_id as createdById',
      't.created_at as createdAt',
      't.updated_at as updatedAt',
      't.version',
      'c.first_name as citizenFirstName',
      'c.last_name as citizenLastName',
      'c.alias as citizenAlias',
      sql<boolean>`(${whereCitizenInScope(eb, 't.citizen_id', actor)})`.as('citizenInScope'),
      sql<boolean>`(${whereIdentityConsentedToPartner(eb, 't.citizen_id', actor, todayInDenmark())})`.as('citizenConsented'),
    ])
    .where((eb) => whereTaskVisible(eb, actor));
}

export type TaskRow = Awaited<ReturnType<ReturnType<typeof selectTasks>['executeTakeFirstOrThrow']>>;

/** The inbox order in SQL, the same as the domain's compareTaskPriority (tested against it). */
export function inboxOrder(today: IsoDate) {
  return [
    sql`(t.is_urgent OR c.housing_first_urgent_since IS NOT NULL) DESC`,
    sql`(t.status IN ('open', 'in_progress', 'blocked') AND t.due_on < ${today}::date) DESC`,
    sql`t.due_on ASC NULLS LAST`,
    sql`t.created_at ASC`,
    sql`t.id ASC`,
  ] as const;
}

const checkListSchema = z.array(z.object({ label: z.string(), done: z.boolean() }));
export type CheckItem = z.infer<typeof checkListSchema>[number];

/** Stored JSON written by this module; read defensively all the same. */
export function readCheckList(value: unknown): CheckItem[] {
  return readStoredJson(checkListSchema, value, []);
}

export function citizenNameOf(row: Pick<TaskRow, 'citizenFirstName' | 'citizenLastName' | 'citizenAlias'>): string {
  const name = [row.citizenFirstName, row.citizenLastName].filter(Boolean).join(' ');
  if (name && row.citizenAlias) return `${name} (${row.citizenAlias})`;
  return name || row.citizenAlias || '–';
}

const linkedTypes = ['stay', 'assessment', 'plan', 'decision', 'housing_allocation', 'support_course'] as const;
type LinkedType = (typeof linkedTypes)[number];
const isLinkedType = (value: string | null): value is LinkedType => linkedTypes.some((type) => type === value);

export function isMemberOfUnit(actor: Actor, unitId: string): boolean {
  return actor.units.some((unit) => unit.id === unitId);
}

export function presentTaskSummary(row: TaskRow, actor: Actor, today: IsoDate): TaskSummary {
  const isUrgent = row.isTaskUrgent || row.isCourseUrgent;
  const prioritised = { status: row.status, isUrgent, dueOn: row.dueOn };
  const showCitizen = canSeeTaskCitizen(actor, { citizenInScope: row.citizenInScope, identityConsented: row.citizenConsented });
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    unit: { id: row.unitId, name: row.unitName, organisationName: row.unitOrganisationName },
    citizen:
      showCitizen && row.citizenId !== null
        ? { id: row.citizenId, name: citizenNameOf(row), isUrgent: row.isCourseUrgent }
        : null,
    aboutCitizen: row.citizenId !== null,
    assignee: row.assigneeId !== null && row.assigneeName !== null ? { id: row.assigneeId, name: row.assigneeName } : null,
    dueOn: row.dueOn,
    isUrgent,
    isTaskUrgent: row.isTaskUrgent,
    isOverdue: isOverdue(prioritised, today),
    workingDaysOverdue: workingDaysOverdue(prioritised, today),
    blockedWaitingFor: row.blockedWaitingFor,
    flowcardName: row.flowcardName,
    stepKey: row.stepKey,
    openedAt: row.openedAt ? row.openedAt.toISOString() : null,
    doneAt: row.doneAt ? row.doneAt.toISOString() : null,
    escalatedAt: row.escalatedAt ? row.escalatedAt.toISOString() : null,
    linkedRecord:
      showCitizen && isLinkedType(row.linkedRecordType) && row.linkedRecordId !== null
        ? { type: row.linkedRecordType, id: row.linkedRecordId }
        : null,
    isMine: isMemberOfUnit(actor, row.unitId),
    abilities: abilitiesFor({ actor }, taskPolicy, row),
    version: row.version,
  };
}

export async function findTaskRow(tx: Tx, actor: Actor, taskId: string): Promise<TaskRow | null> {
  return (await selectTasks(tx, actor).where('t.id', '=', taskId).executeTakeFirst()) ?? null;
}

export async function findTaskEvents(tx: Tx, taskId: string): Promise<TaskEvent[]> {
  const rows = await tx
    .selectFrom('task_events')
    .select(['id', 'kind', 'text', 'by_name as byName', 'at'])
    .where('task_id', '=', taskId)
    .orderBy('at')
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ ...row, at: row.at.toISOString() }));
}

let lastEventAt = 0;
/**
 * Events are ordered by `at`; several written in one transaction (created, then done from the
 * course, then opened) would share the transaction's now(), so each gets its own moment.
 */
function nextEventAt(): Date {
  lastEventAt = Math.max(Date.now(), lastEventAt + 1);
  return new Date(lastEventAt);
}

export async function insertTaskEvent(
  tx: Tx,
  taskId: string,
  kind: Database['task_events']['kind'],
  by: { userId: string | null; name: string | null },
  text: string | null = null,
): Promise<void> {
  await tx
    .insertInto('task_events')
    .values({ task_id: taskId, kind, text, by_user_id: by.userId, by_name: by.name, at: nextEventAt() })
    .execute();
}

/** Active users of a unit who can work tasks (the unit's inbox readers). */
export async function findUnitMemberIds(tx: Tx, unitId: string): Promise<string[]> {
  const rows = await tx
    .selectFrom('user_units as uu')
    .innerJoin('users as us', 'us.id', 'uu.user_id')
    .select(['us.id', 'us.role'])
    .where('uu.unit_id', '=', unitId)
    .where('us.is_active', '=', true)
    .execute();
  return rows.filter((row) => hasPermission(row.role, 'tasks.work')).map((row) => row.id);
}

/**
 * The unit's leaders: active users with tasks.oversee who are members of the unit; when the
 * unit has none, those of the unit's organisation (a municipality's leader oversees its jobcentre).
 */
export async function findUnitLeaderIds(tx: Tx, unitId: string): Promise<string[]> {
  const unit = await tx.selectFrom('units').select('organisation_id').where('id', '=', unitId).executeTakeFirst();
  if (!unit) return [];
  const rows = await tx
    .selectFrom('users as us')
    .select([
      'us.id',
      'us.role',
      sql<boolean>`EXISTS (SELECT 1 FROM user_units uu WHERE uu.user_id = us.id AND uu.unit_id = ${unitId})`.as('isMember'),
    ])
    .where('us.organisation_id', '=', unit.organisation_id)
    .where('us.is_active', '=', true)
    .execute();
  const leaders = rows.filter((row) => hasPermission(row.role, 'tasks.oversee'));
  const members = leaders.filter((row) => row.isMember);
  return (members.length > 0 ? members : leaders).map((row) => row.id);
}

/**
 * A task another module made and links to (a taskforce action's), locked for a change. Not
 * scoped: the caller has found its own record in scope and holds the task's id from it.
 */
export async function unsafeFindLinkedTaskForUpdate(tx: Tx, taskId: string) {
  return tx
    .selectFrom('tasks')
    .select([
      'id',
      'organisation_id as organisationId',
      'status',
      'unit_id as unitId',
      'assignee_user_id as assigneeId',
      'title',
      'due_on as dueOn',
    ])
    .where('id', '=', taskId)
    .forUpdate()
    .executeTakeFirst();
}

/** Locks the task row for a change (the visible read follows). */
export async function lockTask(tx: Tx, taskId: string): Promise<void> {
  await tx.selectFrom('tasks').select('id').where('id', '=', taskId).forUpdate().execute();
}

/** Who finished the task (for the 409 naming them); read after the task itself was found visible. */
export async function unsafeFindDoneByName(tx: Tx, taskId: string): Promise<string | null> {
  const row = await tx
    .selectFrom('tasks as t')
    .leftJoin('users as us', 'us.id', 't.done_by_user_id')
    .select('us.display_name as name')
    .where('t.id', '=', taskId)
    .executeTakeFirst();
  return row?.name ?? null;
}

/**
 * The unfinished tasks of a run's steps, with their units: what a visible waiting task waits
 * for. Not scoped: the caller sees the waiting task, and only titles and unit names are shown.
 */
export async function unsafeFindPendingStepTasks(tx: Tx, runId: string, stepKeys: readonly string[]) {
  return tx
    .selectFrom('tasks as t')
    .innerJoin('units as u', 'u.id', 't.unit_id')
    .select(['t.title', 'u.name as unitName'])
    .where('t.flowcard_run_id', '=', runId)
    .where('t.step_key', 'in', [...stepKeys])
    .where('t.status', 'not in', ['done', 'cancelled'])
    .execute();
}

/** Writes the row (the services, the demo data and the test factories all write through here). */
export function insertTask(tx: Kysely<Database>, values: Insertable<Database['tasks']>): Promise<string> {
  return insertRow(tx, 'tasks', values);
}

/**
 * Marks the task done by a course record that was made (no one did it by hand): it links the
 * record, and its version and `updated_at` move on.
 */
export async function markTaskDoneByRecord(
  tx: Tx,
  taskId: string,
  record: { readonly type: NonNullable<Database['tasks']['linked_record_type']>; readonly id: string },
  now: Date,
): Promise<void> {
  await tx
    .updateTable('tasks')
    .set((eb) => ({
      status: 'done' as const,
      done_at: now,
      done_by_user_id: null,
      blocked_waiting_for: null,
      linked_record_type: record.type,
      linked_record_id: record.id,
      updated_at: now,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', taskId)
    .execute();
}

/** A change to a task: bumps its version and `updated_at`. */
export async function updateTask(tx: Tx, taskId: string, values: Updateable<Database['tasks']>): Promise<void> {
  await tx
    .updateTable('tasks')
    .set((eb) => ({ ...values, updated_at: new Date(), version: eb('version', '+', 1) }))
    .where('id', '=', taskId)
    .execute();
}

/** The open tasks of a run (told to their units when the run starts). */
export async function findOpenTaskIdsOfRun(tx: Tx, runId: string): Promise<string[]> {
  const rows = await tx
    .selectFrom('tasks')
    .select('id')
    .where('flowcard_run_id', '=', runId)
    .where('status', '=', 'open')
    .execute();
  return rows.map((row) => row.id);
}

export const activeStatuses = ['open', 'in_progress', 'blocked'] as const;

/** The person's tasks still being worked (told when the course is marked urgent). */
export async function unsafeFindActiveTaskIdsOfPerson(tx: Tx, recordIds: readonly string[]): Promise<string[]> {
  const rows = await tx
    .selectFrom('tasks')
    .select('id')
    .where('citizen_id', 'in', [...recordIds])
    .where('status', 'in', [...activeStatuses])
    .execute();
  return rows.map((row) => row.id);
}

/** Units a municipality can give tasks to: its own active units and its partners'. */
export async function findAssignableUnitRows(tx: Tx, organisationId: string) {
  return selectOwnAndPartnerUnits(tx, organisationId)
    .select(['u.id', 'u.name', 'o.name as organisationName', sql<boolean>`(u.organisation_id = ${organisationId})`.as('isOwn')])
    .where('u.is_active', '=', true)
    .orderBy(sql`(u.organisation_id = ${organisationId}) DESC`)
    .orderBy('o.name')
    .orderBy('u.name')
    .execute();
}

/**
 * "Housing First haster" on the person's course, read by the surviving record's id after the
 * caller found the person in its scope.
 */
export async function unsafeIsCourseUrgent(tx: Tx, citizenId: string): Promise<boolean> {
  const row = await tx.selectFrom('citizens').select('housing_first_urgent_since').where('id', '=', citizenId).executeTakeFirst();
  return row?.housing_first_urgent_since != null;
}

/** Marks or clears "Housing First haster" on the person's course (the surviving record). */
export async function setCourseUrgent(tx: Tx, rootId: string, urgentBy: string | null): Promise<void> {
  await tx
    .updateTable('citizens')
    .set({ housing_first_urgent_since: urgentBy ? new Date() : null, housing_first_urgent_by_user_id: urgentBy })
    .where('id', '=', rootId)
    .execute();
}
