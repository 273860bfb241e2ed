/**
 * Tasks for units: starting a flowcard for a citizen, tasks made by hand, and working them
 * (take, release, comment, block naming what it waits for, unblock, done, reopen, checklist,
 * "Housing First haster"). Only members of the task's unit work it; others who may see it
 * (the citizen's caseworker, leaders) read, comment and mark it urgent.
 */
import { sql, type Updateable } from 'kysely';
import type { Database } from '../../database/schema';
import type {
  CitizenTaskOverview,
  CreateTaskBody,
  FlowcardRun,
  Inbox,
  Oversight,
  StartableFlowcards,
  StartedFlowcard,
  Task,
} from '@hjemvej/contract';
import {
  compareTaskPriority,
  firstContactOf,
  hasPermission,
  housingGoalClock,
  scheduleTasks,
  type IsoDate,
} from '@hjemvej/domain';
import { ForbiddenError, NotFoundError, UnprocessableError, ConflictError } from '../../http/errors';
import type { DataContext } from '../../http/secured-route';
import { citizenAuditSubject } from '../citizens/citizen-audit';
import { findPerson, type Person } from '../citizens/citizen-queries';
import { formatMoment, todayInDenmark } from '../../calendar/danish-time';
import { findCollaborationSettings } from '../collaboration-settings/collaboration-settings-queries';
import { syncCourseSignals } from './course-signals';
import { readFlowcardSteps } from './flowcard-steps';
import { NotYourUnitError } from './task-errors';
import { notifyUnitMembers, notifyUsers } from './task-notify';
import {
  findTaskEvents,
  findTaskRow,
  inboxOrder,
  insertTaskEvent,
  isMemberOfUnit,
  presentTaskSummary,
  readCheckList,
  selectTasks,
  type TaskRow,
} from './task-queries';
import { manualDueOf, rescheduleCitizen, rescheduleRun } from './task-scheduler';

const byActor = (ctx: DataContext) => ({ userId: ctx.actor.userId, name: ctx.actor.displayName });

async function requirePerson(ctx: DataContext, citizenId: string, forUpdate = false): Promise<Person> {
  const person = await findPerson(ctx.tx, ctx.actor, citizenId, { forUpdate });
  if (!person) throw new NotFoundError();
  return person;
}

/** The task, visible to the actor, locked for the change. */
async function requireTask(ctx: DataContext, taskId: string, forUpdate = false): Promise<TaskRow> {
  if (forUpdate) await ctx.tx.selectFrom('tasks').select('id').where('id', '=', taskId).forUpdate().execute();
  const row = await findTaskRow(ctx.tx, ctx.actor, taskId);
  if (!row) throw new NotFoundError();
  return row;
}

function assertMember(ctx: DataContext, row: TaskRow): void {
  if (!isMemberOfUnit(ctx.actor, row.unitId)) throw new NotYourUnitError(row.unitName);
}

/** Finished tasks refuse further work, naming who finished them and when. */
async function assertNotFinished(ctx: DataContext, row: TaskRow): Promise<void> {
  if (row.status === 'cancelled') throw new ConflictError('task_cancelled', 'status');
  if (row.status !== 'done') return;
  const doneBy = await ctx.tx
    .selectFrom('tasks as t')
    .leftJoin('users as us', 'us.id', 't.done_by_user_id')
    .select('us.display_name as name')
    .where('t.id', '=', row.id)
    .executeTakeFirst();
  throw new TaskConflict('task_already_done', {
    name: doneBy?.name ?? (ctx.locale === 'da' ? 'borgerens forløb' : 'the citizen’s course'),
    when: row.doneAt ? formatMoment(ctx.locale, row.doneAt) : '',
  });
}

class TaskConflict extends ConflictError {
  constructor(code: ConstructorParameters<typeof ConflictError>[0], params: Record<string, string>) {
    super(code, 'status');
    Object.assign(this.params, params);
    Object.assign(this.fields[0]?.params ?? {}, params);
  }
}

function describeTask(ctx: DataContext, row: TaskRow, changes: Record<string, unknown> = {}): void {
  ctx.describe({
    subjectType: 'task',
    subjectId: row.id,
    citizenId: row.citizenId,
    dataOrganisationId: row.organisationId,
    changes: { unitId: row.unitId, status: row.status, ...changes },
  });
}

async function answer(ctx: DataContext, taskId: string): Promise<Task> {
  const row = await findTaskRow(ctx.tx, ctx.actor, taskId);
  if (!row) throw new NotFoundError();
  return presentTask(ctx, row);
}

async function presentTask(ctx: DataContext, row: TaskRow): Promise<Task> {
  const summary = presentTaskSummary(row, ctx.actor, todayInDenmark());
  return {
    ...summary,
    description: row.description,
    checklist: readCheckList(row.checklist),
    requiredDocuments: readCheckList(row.requiredDocuments),
    waitingForSteps: row.status === 'waiting' ? await waitingForTitles(ctx, row) : [],
    events: await findTaskEvents(ctx.tx, row.id),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** Titles of the steps a waiting task waits for, with the unit that has them. */
async function waitingForTitles(ctx: DataContext, row: Pick<TaskRow, 'runId' | 'stepKey'>): Promise<string[]> {
  if (row.runId === null || row.stepKey === null) return [];
  const run = await ctx.tx
    .selectFrom('flowcard_runs as r')
    .innerJoin('flowcard_versions as v', (join) =>
      join.onRef('v.flowcard_id', '=', 'r.flowcard_id').onRef('v.version', '=', 'r.flowcard_version'),
    )
    .select('v.steps')
    .where('r.id', '=', row.runId)
    .executeTakeFirst();
  const step = (readFlowcardSteps(run?.steps) ?? []).find((s) => s.key === row.stepKey);
  if (!step || step.dependsOn.length === 0) return [];
  const pending = await ctx.tx
    .selectFrom('tasks as t')
    .innerJoin('units as u', 'u.id', 't.unit_id')
    .select(['t.title', 'u.name as unitName'])
    .where('t.flowcard_run_id', '=', row.runId)
    .where('t.step_key', 'in', [...step.dependsOn])
    .where('t.status', 'not in', ['done', 'cancelled'])
    .execute();
  return pending.map((p) => `${p.title} (${p.unitName})`);
}

// ── Starting a flowcard ─────────────────────────────────────────────────────────────────

export async function listStartableFlowcards(ctx: DataContext): Promise<StartableFlowcards> {
  if (ctx.actor.organisationKind !== 'municipality') return { items: [] };
  const rows = await ctx.tx
    .selectFrom('flowcards as f')
    .innerJoin('flowcard_versions as v', (join) => join.onRef('v.flowcard_id', '=', 'f.id').onRef('v.version', '=', 'f.version'))
    .select(['f.id', 'f.name', 'f.version', 'v.steps'])
    .where('f.organisation_id', '=', ctx.actor.organisationId)
    .where('f.is_archived', '=', false)
    .orderBy('f.name')
    .execute();
  return {
    items: rows.map((row) => ({
      id: row.id,
      name: row.name,
      version: row.version,
      stepCount: readFlowcardSteps(row.steps)?.length ?? 0,
    })),
  };
}

export async function startFlowcard(
  ctx: DataContext,
  citizenId: string,
  body: { flowcardId: string; startedOn?: string | undefined },
): Promise<StartedFlowcard> {
  const person = await requirePerson(ctx, citizenId, true);
  if (ctx.actor.organisationKind !== 'municipality') throw new ForbiddenError();
  const today = todayInDenmark();
  const startedOn = body.startedOn ?? today;
  if (startedOn > today) throw new UnprocessableError('date_in_future', 'startedOn');
  const flowcard = await ctx.tx
    .selectFrom('flowcards as f')
    .innerJoin('flowcard_versions as v', (join) => join.onRef('v.flowcard_id', '=', 'f.id').onRef('v.version', '=', 'f.version'))
    .select(['f.id', 'f.name', 'f.version', 'f.is_archived as isArchived', 'v.steps'])
    .where('f.id', '=', body.flowcardId)
    .where('f.organisation_id', '=', ctx.actor.organisationId)
    .executeTakeFirst();
  if (!flowcard) throw new UnprocessableError('flowcard_not_found', 'flowcardId');
  if (flowcard.isArchived) throw new UnprocessableError('flowcard_archived', 'flowcardId', { name: flowcard.name });
  const steps = readFlowcardSteps(flowcard.steps);
  if (!steps || steps.length === 0) throw new UnprocessableError('flowcard_without_steps', 'flowcardId', { name: flowcard.name });
  const running = await ctx.tx
    .selectFrom('flowcard_runs')
    .select('id')
    .where('citizen_id', 'in', person.recordIds)
    .where('flowcard_id', '=', flowcard.id)
    .where('completed_at', 'is', null)
    .where('cancelled_at', 'is', null)
    .executeTakeFirst();
  if (running) throw new ConflictError('flowcard_already_running', 'flowcardId');
  // Every step's unit must still be one the municipality can give work to.
  const allowed = new Set((await findAssignableUnits(ctx)).map((unit) => unit.id));
  const missing = steps.find((step) => !allowed.has(step.responsibleUnitId));
  if (missing) throw new UnprocessableError('flowcard_unit_unavailable', 'flowcardId', { step: missing.title });

  const settings = await findCollaborationSettings(ctx.tx, ctx.actor.organisationId);
  const now = new Date();
  const courseIsUrgent = await isCourseUrgent(ctx, person.root.id);
  const schedule = scheduleTasks({
    steps,
    startedOn,
    doneOn: new Map(),
    courseIsUrgent,
    urgentDeadlineWorkingDays: settings.urgentDeadlineWorkingDays,
  });
  const run = await ctx.tx
    .insertInto('flowcard_runs')
    .values({
      organisation_id: ctx.actor.organisationId,
      flowcard_id: flowcard.id,
      flowcard_version: flowcard.version,
      citizen_id: person.root.id,
      started_on: startedOn,
      started_by_user_id: ctx.actor.userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const taskIds: string[] = [];
  for (const step of steps) {
    const planned = schedule.find((s) => s.key === step.key);
    const status = planned?.status === 'open' ? 'open' : 'waiting';
    const { id } = await ctx.tx
      .insertInto('tasks')
      .values({
        organisation_id: ctx.actor.organisationId,
        citizen_id: person.root.id,
        unit_id: step.responsibleUnitId,
        flowcard_run_id: run.id,
        step_key: step.key,
        title: step.title.slice(0, 200),
        description: [step.description, step.notes].filter(Boolean).join('\n\n').slice(0, 4000),
        status,
        due_on: planned?.dueOn ?? null,
        normal_due_on: planned?.normalDueOn ?? null,
        checklist: JSON.stringify(step.checklist.map((label) => ({ label, done: false }))),
        required_documents: JSON.stringify(step.requiredDocuments.map((label) => ({ label, done: false }))),
        opened_at: status === 'open' ? now : null,
        created_by_user_id: ctx.actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await insertTaskEvent(ctx.tx, id, 'created', byActor(ctx), flowcard.name);
    taskIds.push(id);
  }
  // Steps the course already shows as done are marked done with a link; later steps open.
  const markedDone = new Set(await syncCourseSignals(ctx.tx, person.root.id, now));
  const openTasks = await ctx.tx
    .selectFrom('tasks')
    .select('id')
    .where('flowcard_run_id', '=', run.id)
    .where('status', '=', 'open')
    .execute();
  await notifyUnitMembers(
    ctx.tx,
    openTasks.map((t) => t.id),
    'task_opened',
    ctx.actor.userId,
  );
  ctx.describe({
    subjectType: 'flowcard_run',
    subjectId: run.id,
    ...citizenAuditSubject(ctx, person),
    changes: {
      flowcardId: flowcard.id,
      version: flowcard.version,
      startedOn,
      tasks: taskIds.length,
      doneFromCourse: markedDone.size,
    },
  });
  const rows = await selectTasks(ctx.tx, ctx.actor).where('t.flowcard_run_id', '=', run.id).execute();
  const order = new Map(steps.map((step, index) => [step.key, index]));
  rows.sort((a, b) => (order.get(a.stepKey ?? '') ?? 0) - (order.get(b.stepKey ?? '') ?? 0));
  const runView = (await findRuns(ctx, [run.id]))[0];
  if (!runView) throw new NotFoundError();
  return { run: runView, tasks: rows.map((row) => presentTaskSummary(row, ctx.actor, todayInDenmark())) };
}

async function isCourseUrgent(ctx: DataContext, citizenId: string): Promise<boolean> {
  const row = await ctx.tx
    .selectFrom('citizens')
    .select('housing_first_urgent_since')
    .where('id', '=', citizenId)
    .executeTakeFirst();
  return row?.housing_first_urgent_since != null;
}

async function findRuns(ctx: DataContext, runIds: readonly string[]): Promise<FlowcardRun[]> {
  if (runIds.length === 0) return [];
  const rows = await ctx.tx
    .selectFrom('flowcard_runs as r')
    .innerJoin('flowcards as f', 'f.id', 'r.flowcard_id')
    .leftJoin('users as us', 'us.id', 'r.started_by_user_id')
    .select([
      'r.id',
      'r.flowcard_id as flowcardId',
      'f.name as flowcardName',
      'r.flowcard_version as flowcardVersion',
      'r.started_on as startedOn',
      'us.display_name as startedBy',
      'r.completed_at as completedAt',
      'r.cancelled_at as cancelledAt',
    ])
    .where('r.id', 'in', [...runIds])
    .orderBy('r.started_on', 'desc')
    .execute();
  return rows.map((row) => ({
    ...row,
    completedAt: row.completedAt ? row.completedAt.toISOString() : null,
    cancelledAt: row.cancelledAt ? row.cancelledAt.toISOString() : null,
  }));
}

// ── Tasks by hand ───────────────────────────────────────────────────────────────────────

/** Units a municipality can give tasks to: its own active units and its partners'. */
export async function findAssignableUnits(ctx: DataContext) {
  if (ctx.actor.organisationKind !== 'municipality') return [];
  return ctx.tx
    .selectFrom('units as u')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select([
      'u.id',
      'u.name',
      'o.name as organisationName',
      sql<boolean>`(u.organisation_id = ${ctx.actor.organisationId})`.as('isOwn'),
    ])
    .where('u.is_active', '=', true)
    .where((eb) =>
      eb.or([
        eb('u.organisation_id', '=', ctx.actor.organisationId),
        eb(
          'u.organisation_id',
          'in',
          eb.selectFrom('organisation_partners').select('partner_id').where('organisation_id', '=', ctx.actor.organisationId),
        ),
      ]),
    )
    .orderBy(sql`(u.organisation_id = ${ctx.actor.organisationId}) DESC`)
    .orderBy('o.name')
    .orderBy('u.name')
    .execute();
}

export async function listTaskUnits(ctx: DataContext) {
  return { items: await findAssignableUnits(ctx) };
}

export async function createTask(ctx: DataContext, citizenId: string, body: CreateTaskBody): Promise<Task> {
  const person = await requirePerson(ctx, citizenId, true);
  if (ctx.actor.organisationKind !== 'municipality') throw new ForbiddenError();
  const units = await findAssignableUnits(ctx);
  if (!units.some((unit) => unit.id === body.unitId)) throw new UnprocessableError('task_unit_not_allowed', 'unitId');
  const today = todayInDenmark();
  if (body.dueOn !== undefined && body.dueOn < today) throw new UnprocessableError('task_due_in_past', 'dueOn');
  const settings = await findCollaborationSettings(ctx.tx, ctx.actor.organisationId);
  const isUrgent = body.isUrgent ?? false;
  const courseUrgent = await isCourseUrgent(ctx, person.root.id);
  const normalDue = body.dueOn ?? null;
  const now = new Date();
  const { id } = await ctx.tx
    .insertInto('tasks')
    .values({
      organisation_id: ctx.actor.organisationId,
      citizen_id: person.root.id,
      unit_id: body.unitId,
      title: body.title,
      description: body.description ?? '',
      status: 'open',
      is_urgent: isUrgent,
      due_on: manualDueOf(normalDue, today, isUrgent || courseUrgent, settings.urgentDeadlineWorkingDays),
      normal_due_on: normalDue,
      checklist: JSON.stringify((body.checklist ?? []).map((label) => ({ label, done: false }))),
      opened_at: now,
      created_by_user_id: ctx.actor.userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await insertTaskEvent(ctx.tx, id, 'created', byActor(ctx));
  await notifyUnitMembers(ctx.tx, [id], isUrgent ? 'task_urgent' : 'task_opened', ctx.actor.userId);
  ctx.describe({
    subjectType: 'task',
    subjectId: id,
    ...citizenAuditSubject(ctx, person),
    changes: { unitId: body.unitId, dueOn: normalDue, isUrgent },
  });
  return answer(ctx, id);
}

// ── Reading ─────────────────────────────────────────────────────────────────────────────

export async function getTask(ctx: DataContext, taskId: string): Promise<Task> {
  const row = await requireTask(ctx, taskId);
  describeTask(ctx, row);
  return presentTask(ctx, row);
}

const activeStatuses = ['open', 'in_progress', 'blocked'] as const;

export async function getInbox(
  ctx: DataContext,
  query: {
    unitId?: string | undefined;
    view: 'open' | 'waiting' | 'done';
    mine?: boolean | undefined;
    page: number;
    pageSize: number;
  },
): Promise<Inbox> {
  const today = todayInDenmark();
  const myUnits = ctx.actor.units;
  const unitIds = query.unitId ? myUnits.filter((u) => u.id === query.unitId).map((u) => u.id) : myUnits.map((u) => u.id);
  const statuses =
    query.view === 'open' ? [...activeStatuses] : query.view === 'waiting' ? ['waiting' as const] : ['done' as const];
  let base = selectTasks(ctx.tx, ctx.actor).where('t.status', 'in', statuses);
  base = unitIds.length > 0 ? base.where('t.unit_id', 'in', unitIds) : base.where(sql<boolean>`false`);
  if (query.mine) base = base.where('t.assignee_user_id', '=', ctx.actor.userId);
  let ordered = base;
  if (query.view === 'done') ordered = ordered.orderBy('t.done_at', 'desc').orderBy('t.id');
  else for (const term of inboxOrder(today)) ordered = ordered.orderBy(term);
  const rows = await ordered
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  const total = await ctx.tx
    .selectFrom('tasks as t')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('t.status', 'in', statuses)
    .where(unitIds.length > 0 ? sql<boolean>`t.unit_id IN (${sql.join(unitIds)})` : sql<boolean>`false`)
    .$if(query.mine === true, (q) => q.where('t.assignee_user_id', '=', ctx.actor.userId))
    .executeTakeFirstOrThrow();
  const counts =
    myUnits.length === 0
      ? []
      : await ctx.tx
          .selectFrom('tasks')
          .select(['unit_id', (eb) => eb.fn.countAll<number>().as('n')])
          .where(
            'unit_id',
            'in',
            myUnits.map((u) => u.id),
          )
          .where('status', 'in', [...activeStatuses])
          .groupBy('unit_id')
          .execute();
  ctx.describe({
    subjectType: 'unit',
    subjectId: query.unitId ?? null,
    dataOrganisationId: ctx.actor.organisationId,
    changes: { view: query.view, count: rows.length, taskIds: rows.map((r) => r.id) },
  });
  return {
    items: rows.map((row) => presentTaskSummary(row, ctx.actor, today)),
    total: Number(total.n),
    units: myUnits.map((u) => ({ id: u.id, name: u.name, openCount: Number(counts.find((c) => c.unit_id === u.id)?.n ?? 0) })),
  };
}

export async function getOversight(
  ctx: DataContext,
  query: { unitId?: string | undefined; page: number; pageSize: number },
): Promise<Oversight> {
  const today = todayInDenmark();
  const units = await ctx.tx
    .selectFrom('units')
    .select(['id', 'name'])
    .where('organisation_id', '=', ctx.actor.organisationId)
    .orderBy('name')
    .execute();
  const unitIds = query.unitId ? units.filter((u) => u.id === query.unitId).map((u) => u.id) : units.map((u) => u.id);
  if (unitIds.length === 0) return { overdue: [], blocked: [], units: [] };
  const base = () => selectTasks(ctx.tx, ctx.actor).where('t.unit_id', 'in', unitIds);
  let overdueQuery = base()
    .where('t.status', 'in', [...activeStatuses])
    .where('t.due_on', '<', today);
  for (const term of inboxOrder(today)) overdueQuery = overdueQuery.orderBy(term);
  const overdue = await overdueQuery
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  let blockedQuery = base().where('t.status', '=', 'blocked');
  for (const term of inboxOrder(today)) blockedQuery = blockedQuery.orderBy(term);
  const blocked = await blockedQuery.limit(query.pageSize).execute();
  const counts = await ctx.tx
    .selectFrom('tasks')
    .select([
      'unit_id',
      sql<number>`count(*) FILTER (WHERE status IN ('open', 'in_progress', 'blocked') AND due_on < ${today}::date)`.as('overdue'),
      sql<number>`count(*) FILTER (WHERE status = 'blocked')`.as('blocked'),
    ])
    .where('unit_id', 'in', unitIds)
    .groupBy('unit_id')
    .execute();
  ctx.describe({
    subjectType: 'organisation',
    subjectId: ctx.actor.organisationId,
    dataOrganisationId: ctx.actor.organisationId,
    changes: { overdue: overdue.length, blocked: blocked.length, taskIds: [...overdue, ...blocked].map((r) => r.id) },
  });
  return {
    overdue: overdue.map((row) => presentTaskSummary(row, ctx.actor, today)),
    blocked: blocked.map((row) => presentTaskSummary(row, ctx.actor, today)),
    units: units
      .filter((u) => unitIds.includes(u.id))
      .map((u) => {
        const c = counts.find((x) => x.unit_id === u.id);
        return { id: u.id, name: u.name, overdue: Number(c?.overdue ?? 0), blocked: Number(c?.blocked ?? 0) };
      }),
  };
}

export async function getCitizenTaskOverview(ctx: DataContext, citizenId: string): Promise<CitizenTaskOverview> {
  const person = await requirePerson(ctx, citizenId);
  const today = todayInDenmark();
  const rows = await selectTasks(ctx.tx, ctx.actor)
    .where('t.citizen_id', 'in', person.recordIds)
    .orderBy('t.created_at')
    .orderBy('t.id')
    .execute();
  const runIds = await ctx.tx.selectFrom('flowcard_runs').select('id').where('citizen_id', 'in', person.recordIds).execute();
  // Runs are shown to those who see any of their tasks (a shelter sees the run its unit works in).
  const visibleRunIds = runIds
    .map((r) => r.id)
    .filter((id) => ctx.actor.organisationKind === 'municipality' || rows.some((row) => row.runId === id));
  const citizen = await ctx.tx
    .selectFrom('citizens')
    .select(['first_contact_on', 'created_at', 'housing_first_urgent_since', 'handlekommune_id'])
    .where('id', '=', person.root.id)
    .executeTakeFirstOrThrow();
  const firstAdmission = await ctx.tx
    .selectFrom('shelter_stays')
    .select((eb) => eb.fn.min('admitted_on').as('first'))
    .where('citizen_id', 'in', person.recordIds)
    .executeTakeFirst();
  const firstContactOn = firstContactOf(
    citizen.first_contact_on,
    todayInDenmark(citizen.created_at),
    (firstAdmission?.first as IsoDate | null | undefined) ?? null,
  );
  const moveIn = await ctx.tx
    .selectFrom('housing_allocations')
    .select('move_in_on')
    .where('citizen_id', 'in', person.recordIds)
    .where('move_in_on', 'is not', null)
    .where('move_in_on', '>=', firstContactOn)
    .where('withdrawn_on', 'is', null)
    .orderBy('move_in_on')
    .executeTakeFirst();
  const settings = await findCollaborationSettings(ctx.tx, citizen.handlekommune_id ?? ctx.actor.organisationId);
  const clock = housingGoalClock({
    firstContactOn,
    movedInOn: moveIn?.move_in_on ?? null,
    goalDays: settings.housingGoalDays,
    today,
  });
  const tasks = [];
  for (const row of rows) {
    tasks.push({
      ...presentTaskSummary(row, ctx.actor, today),
      waitingForSteps: row.status === 'waiting' ? await waitingForTitles(ctx, row) : [],
    });
  }
  const next = tasks
    .filter((t) => t.status === 'open' || t.status === 'in_progress' || t.status === 'blocked')
    .sort((a, b) => compareTaskPriority(a, b, today))
    .slice(0, 3)
    .map((t) => t.id);
  ctx.describe({
    subjectType: 'citizen',
    subjectId: person.root.id,
    ...citizenAuditSubject(ctx, person),
    changes: { tasks: tasks.length },
  });
  return {
    citizenId: person.root.id,
    isUrgent: citizen.housing_first_urgent_since !== null,
    urgentSince: citizen.housing_first_urgent_since ? citizen.housing_first_urgent_since.toISOString() : null,
    clock,
    runs: await findRuns(ctx, visibleRunIds),
    tasks,
    nextTaskIds: next,
    counts: {
      done: tasks.filter((t) => t.status === 'done').length,
      inProgress: tasks.filter((t) => t.status === 'in_progress').length,
      open: tasks.filter((t) => t.status === 'open').length,
      waiting: tasks.filter((t) => t.status === 'waiting').length,
      blocked: tasks.filter((t) => t.status === 'blocked').length,
      overdue: tasks.filter((t) => t.isOverdue).length,
    },
  };
}

// ── Working a task ──────────────────────────────────────────────────────────────────────

async function touch(ctx: DataContext, taskId: string, values: Updateable<Database['tasks']>): Promise<void> {
  await ctx.tx
    .updateTable('tasks')
    .set((eb) => ({ ...values, updated_at: new Date(), version: eb('version', '+', 1) }))
    .where('id', '=', taskId)
    .execute();
}

export async function takeTask(ctx: DataContext, taskId: string): Promise<Task> {
  const row = await requireTask(ctx, taskId, true);
  assertMember(ctx, row);
  await assertNotFinished(ctx, row);
  if (row.status === 'waiting') throw await waitingError(ctx, row);
  if (row.assigneeId === ctx.actor.userId) throw new ConflictError('task_already_yours', 'status');
  const previous = row.assigneeId;
  await touch(ctx, row.id, { assignee_user_id: ctx.actor.userId, status: row.status === 'blocked' ? 'blocked' : 'in_progress' });
  await insertTaskEvent(ctx.tx, row.id, 'taken', byActor(ctx), row.assigneeName);
  await notifyUsers(ctx.tx, [previous], row.id, 'task_assigned', ctx.actor.userId);
  describeTask(ctx, row, { assignee: { from: previous, to: ctx.actor.userId } });
  return answer(ctx, row.id);
}

export async function releaseTask(ctx: DataContext, taskId: string): Promise<Task> {
  const row = await requireTask(ctx, taskId, true);
  assertMember(ctx, row);
  await assertNotFinished(ctx, row);
  if (row.assigneeId === null) throw new ConflictError('task_not_taken', 'status');
  await touch(ctx, row.id, { assignee_user_id: null, status: row.status === 'in_progress' ? 'open' : row.status });
  await insertTaskEvent(ctx.tx, row.id, 'released', byActor(ctx));
  describeTask(ctx, row, { assignee: { from: row.assigneeId, to: null } });
  return answer(ctx, row.id);
}

export async function commentOnTask(ctx: DataContext, taskId: string, text: string): Promise<Task> {
  const row = await requireTask(ctx, taskId, true);
  await insertTaskEvent(ctx.tx, row.id, 'comment', byActor(ctx), text);
  await touch(ctx, row.id, {});
  await notifyUsers(ctx.tx, [row.assigneeId, row.createdById], row.id, 'task_comment', ctx.actor.userId);
  describeTask(ctx, row, { comment: true });
  return answer(ctx, row.id);
}

export async function blockTask(
  ctx: DataContext,
  taskId: string,
  body: { waitingFor: string; comment?: string | undefined },
): Promise<Task> {
  const row = await requireTask(ctx, taskId, true);
  assertMember(ctx, row);
  await assertNotFinished(ctx, row);
  if (row.status === 'waiting') throw await waitingError(ctx, row);
  if (row.status === 'blocked') throw new ConflictError('task_already_blocked', 'status');
  await touch(ctx, row.id, { status: 'blocked', blocked_waiting_for: body.waitingFor });
  await insertTaskEvent(
    ctx.tx,
    row.id,
    'blocked',
    byActor(ctx),
    body.comment ? `${body.waitingFor}\n\n${body.comment}` : body.waitingFor,
  );
  const starter = row.runId
    ? await ctx.tx.selectFrom('flowcard_runs').select('started_by_user_id').where('id', '=', row.runId).executeTakeFirst()
    : undefined;
  await notifyUsers(
    ctx.tx,
    [starter?.started_by_user_id ?? null, row.createdById],
    row.id,
    'task_blocked',
    ctx.actor.userId,
    body.waitingFor,
  );
  describeTask(ctx, row, { status: { from: row.status, to: 'blocked' } });
  return answer(ctx, row.id);
}

export async function unblockTask(ctx: DataContext, taskId: string): Promise<Task> {
  const row = await requireTask(ctx, taskId, true);
  assertMember(ctx, row);
  await assertNotFinished(ctx, row);
  if (row.status !== 'blocked') throw new ConflictError('task_not_blocked', 'status');
  const status = row.assigneeId ? 'in_progress' : 'open';
  await touch(ctx, row.id, { status, blocked_waiting_for: null });
  await insertTaskEvent(ctx.tx, row.id, 'unblocked', byActor(ctx));
  describeTask(ctx, row, { status: { from: 'blocked', to: status } });
  return answer(ctx, row.id);
}

async function waitingError(ctx: DataContext, row: TaskRow): Promise<UnprocessableError> {
  const steps = await waitingForTitles(ctx, row);
  return new UnprocessableError('task_waiting_for', 'status', { steps: steps.join(', ') || '–' });
}

export async function completeTask(ctx: DataContext, taskId: string, body: { comment?: string | undefined }): Promise<Task> {
  const row = await requireTask(ctx, taskId, true);
  assertMember(ctx, row);
  await assertNotFinished(ctx, row);
  if (row.status === 'waiting') throw await waitingError(ctx, row);
  const now = new Date();
  await touch(ctx, row.id, {
    status: 'done',
    done_at: now,
    done_by_user_id: ctx.actor.userId,
    blocked_waiting_for: null,
    assignee_user_id: row.assigneeId ?? ctx.actor.userId,
  });
  await insertTaskEvent(ctx.tx, row.id, 'done', byActor(ctx), body.comment || null);
  if (row.runId) {
    const opened = await rescheduleRun(ctx.tx, row.runId, now);
    await notifyUnitMembers(ctx.tx, opened, 'task_opened', ctx.actor.userId);
  }
  describeTask(ctx, row, { status: { from: row.status, to: 'done' } });
  return answer(ctx, row.id);
}

export async function reopenTask(ctx: DataContext, taskId: string, reason: string): Promise<Task> {
  const row = await requireTask(ctx, taskId, true);
  const oversees = hasPermission(ctx.actor.role, 'tasks.oversee') && row.organisationId === ctx.actor.organisationId;
  if (!oversees) assertMember(ctx, row);
  if (row.status !== 'done') throw new ConflictError('task_not_done', 'status');
  const status = row.assigneeId ? 'in_progress' : 'open';
  await touch(ctx, row.id, { status, done_at: null, done_by_user_id: null, linked_record_type: null, linked_record_id: null });
  await ctx.tx
    .updateTable('flowcard_runs')
    .set({ completed_at: null })
    .where('id', '=', row.runId ?? '00000000-0000-4000-8000-000000000000')
    .execute();
  await insertTaskEvent(ctx.tx, row.id, 'reopened', byActor(ctx), reason);
  describeTask(ctx, row, { status: { from: 'done', to: status } });
  return answer(ctx, row.id);
}

export async function tickChecklist(
  ctx: DataContext,
  taskId: string,
  index: number,
  body: { done: boolean; list: 'checklist' | 'requiredDocuments' },
): Promise<Task> {
  const row = await requireTask(ctx, taskId, true);
  assertMember(ctx, row);
  await assertNotFinished(ctx, row);
  const list = readCheckList(body.list === 'checklist' ? row.checklist : row.requiredDocuments);
  const item = list[index];
  if (!item) throw new UnprocessableError('checklist_item_missing', 'index', { count: list.length });
  list[index] = { ...item, done: body.done };
  await touch(
    ctx,
    row.id,
    body.list === 'checklist' ? { checklist: JSON.stringify(list) } : { required_documents: JSON.stringify(list) },
  );
  describeTask(ctx, row, { [body.list]: { index, done: body.done } });
  return answer(ctx, row.id);
}

/** "Housing First haster" on one task: who may see it in the municipality, or its unit's members. */
export async function setTaskUrgent(ctx: DataContext, taskId: string, urgent: boolean): Promise<Task> {
  const row = await requireTask(ctx, taskId, true);
  if (ctx.actor.organisationKind === 'partner' && !isMemberOfUnit(ctx.actor, row.unitId))
    throw new NotYourUnitError(row.unitName);
  await assertNotFinished(ctx, row);
  if (row.isTaskUrgent === urgent) {
    describeTask(ctx, row, { isUrgent: urgent, unchanged: true });
    return answer(ctx, row.id);
  }
  await touch(ctx, row.id, { is_urgent: urgent });
  await insertTaskEvent(ctx.tx, row.id, urgent ? 'urgent_set' : 'urgent_cleared', byActor(ctx));
  if (row.runId) await rescheduleRun(ctx.tx, row.runId);
  else {
    const settings = await findCollaborationSettings(ctx.tx, row.organisationId);
    const opened = todayInDenmark(row.openedAt ?? row.createdAt);
    const due = manualDueOf(row.normalDueOn, opened, urgent || row.isCourseUrgent, settings.urgentDeadlineWorkingDays);
    await touch(ctx, row.id, { due_on: due });
  }
  if (urgent) await notifyUnitMembers(ctx.tx, [row.id], 'task_urgent', ctx.actor.userId);
  describeTask(ctx, row, { isUrgent: { from: !urgent, to: urgent } });
  return answer(ctx, row.id);
}

/** "Housing First haster" on the citizen's whole course: every task gets the shorter deadline. */
export async function setCitizenUrgent(ctx: DataContext, citizenId: string, urgent: boolean): Promise<CitizenTaskOverview> {
  const person = await requirePerson(ctx, citizenId, true);
  if (ctx.actor.organisationKind !== 'municipality') throw new ForbiddenError();
  const current = await isCourseUrgent(ctx, person.root.id);
  if (current !== urgent) {
    await ctx.tx
      .updateTable('citizens')
      .set({
        housing_first_urgent_since: urgent ? new Date() : null,
        housing_first_urgent_by_user_id: urgent ? ctx.actor.userId : null,
      })
      .where('id', '=', person.root.id)
      .execute();
    await rescheduleCitizen(ctx.tx, person.recordIds, ctx.actor.organisationId);
    if (urgent) {
      const active = await ctx.tx
        .selectFrom('tasks')
        .select('id')
        .where('citizen_id', 'in', person.recordIds)
        .where('status', 'in', [...activeStatuses])
        .execute();
      await notifyUnitMembers(
        ctx.tx,
        active.map((t) => t.id),
        'task_urgent',
        ctx.actor.userId,
      );
    }
  }
  const overview = await getCitizenTaskOverview(ctx, citizenId);
  ctx.describe({
    subjectType: 'citizen',
    subjectId: person.root.id,
    ...citizenAuditSubject(ctx, person),
    changes: { isUrgent: { from: current, to: urgent } },
  });
  return overview;
}
