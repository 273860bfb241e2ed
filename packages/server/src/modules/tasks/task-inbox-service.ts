/**
 * Reading tasks: a unit's inbox (open, waiting, done; the caller's own), the leaders'
 * oversight (overdue and blocked tasks of their organisation's units) and the citizen's
 * overview (every unit's tasks, what waits on whom, what is next, the two-month clock).
 */
import { sql } from 'kysely';
import type { CitizenTaskOverview, Inbox, Oversight } from '@hjemvej/contract';
import { actsForMunicipality, compareTaskPriority, endOfWeek, firstContactOf, housingGoalClock } from '@hjemvej/domain';
import type { DataContext } from '../../http/secured-route';
import { describeCitizenRecord } from '../../course/citizen-audit';
import { todayInDenmark } from '../../calendar/danish-time';
import { findCollaborationSettings } from '../collaboration-settings/collaboration-settings-queries';
import { unsafeFindRunIdsOfPerson } from './flowcard-run-queries';
import { requirePerson } from './task-access';
import { presentRuns, waitingForTitles } from './task-answers';
import {
  countInboxByUnit,
  countOverdueAndBlockedByUnit,
  countTasksOfUnits,
  findOrganisationUnits,
  unsafeFindClockCitizen,
  unsafeFindFirstAdmission,
  unsafeFindFirstMoveIn,
} from './task-inbox-queries';
import { activeStatuses, inboxOrder, presentTaskSummary, selectTasks } from './task-queries';

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
  const total = await countTasksOfUnits(ctx.tx, unitIds, statuses, query.mine === true ? ctx.actor.userId : null);
  const counts = await countInboxByUnit(
    ctx.tx,
    myUnits.map((u) => u.id),
    today,
    endOfWeek(today),
  );
  ctx.describe({
    subjectType: 'unit',
    subjectId: query.unitId ?? null,
    dataOrganisationId: ctx.actor.organisationId,
    changes: { view: query.view, count: rows.length, taskIds: rows.map((r) => r.id) },
  });
  return {
    items: rows.map((row) => presentTaskSummary(row, ctx.actor, today)),
    total,
    units: myUnits.map((u) => {
      const count = counts.find((c) => c.unit_id === u.id);
      return {
        id: u.id,
        name: u.name,
        openCount: Number(count?.n ?? 0),
        urgentCount: Number(count?.urgent ?? 0),
        overdueCount: Number(count?.overdue ?? 0),
        dueThisWeekCount: Number(count?.due_this_week ?? 0),
      };
    }),
  };
}

export async function getOversight(
  ctx: DataContext,
  query: { unitId?: string | undefined; page: number; pageSize: number },
): Promise<Oversight> {
  const today = todayInDenmark();
  const units = await findOrganisationUnits(ctx.tx, ctx.actor.organisationId);
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
  const counts = await countOverdueAndBlockedByUnit(ctx.tx, unitIds, today);
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
  const runIds = await unsafeFindRunIdsOfPerson(ctx.tx, person.recordIds);
  // Runs are shown to those who see any of their tasks (a shelter sees the run its unit works in).
  const visibleRunIds = runIds.filter((id) => actsForMunicipality(ctx.actor) || rows.some((row) => row.runId === id));
  const citizen = await unsafeFindClockCitizen(ctx.tx, person.root.id);
  const firstContactOn = firstContactOf(
    citizen.first_contact_on,
    todayInDenmark(citizen.created_at),
    await unsafeFindFirstAdmission(ctx.tx, person.recordIds),
  );
  const movedInOn = await unsafeFindFirstMoveIn(ctx.tx, person.recordIds, firstContactOn);
  const settings = await findCollaborationSettings(ctx.tx, citizen.handlekommune_id ?? ctx.actor.organisationId);
  const clock = housingGoalClock({
    firstContactOn,
    movedInOn,
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
  describeCitizenRecord(ctx, person, 'citizen', person.root.id, { tasks: tasks.length });
  return {
    citizenId: person.root.id,
    isUrgent: citizen.housing_first_urgent_since !== null,
    urgentSince: citizen.housing_first_urgent_since ? citizen.housing_first_urgent_since.toISOString() : null,
    clock,
    runs: await presentRuns(ctx, visibleRunIds),
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
