/**
 * § 141 handleplaner and § 142 plans for shelter residents: goals per life area, the citizen's
 * own wishes, responsible persons and follow-up dates. Every saved version is kept in full
 * (plan_versions, through the shared versioned-record helper) and can be read and compared;
 * a change carries the version the user saw.
 * Made by the municipality's authority; a shelter reads the plans of its residents.
 */
import { unsafeFindStayDatesOfPerson } from '../../course/person-queries';
import { planSchema, type CreatePlanBody, type Plan, type PlanContent, type UpdatePlanBody } from '@hjemvej/contract';
import { UnprocessableError, requireFound } from '../../http/errors';
import type { DataContext } from '../../http/secured-route';
import { readRowsOfPerson, requirePerson, requireRowOfPerson } from '../../course/person-reads';
import { describeCitizenRecord } from '../../course/citizen-audit';
import type { Person } from '../../course/person-queries';
import { formatDate, todayInDenmark } from '../../calendar/danish-time';
import { authorize } from '../../access/policy';
import { citizenPolicy } from '../../access/citizen-policy';
import { keepFirstVersion, saveNewVersion, versionedChange, versionedRecordRef } from '../versioning/versioned-record';
import {
  findPlanRowById,
  findPlanRowsOfPerson,
  insertPlan,
  planContentOf,
  presentPlan,
  storedBodyOf,
  updatePlanRow,
  type PlanRow,
} from './plan-queries';
import { madeBy } from '../../database/record-stamps';

/** Free text and lists are named in the audit event, never copied into it (see auditChangesOf). */
const namedOnlyFields = ['goals', 'citizenWishes', 'responsible', 'followUps'];

type GoalInput = CreatePlanBody['goals'][number];
type ResponsibleInput = CreatePlanBody['responsible'][number];
type FollowUpInput = CreatePlanBody['followUps'][number];

const goalsOf = (goals: readonly GoalInput[]) => goals.map((g) => ({ lifeArea: g.lifeArea, goal: g.goal, note: g.note ?? null }));
const responsibleOf = (list: readonly ResponsibleInput[]) =>
  list.map((r) => ({ name: r.name, unit: r.unit ?? null, task: r.task ?? null }));
const followUpsOf = (list: readonly FollowUpInput[]) =>
  list.map((f) => ({ dueOn: f.dueOn, note: f.note ?? null, doneOn: f.doneOn ?? null }));

async function requirePlan(ctx: DataContext, planId: string, forUpdate = false): Promise<{ row: PlanRow; person: Person }> {
  return requireRowOfPerson(ctx, await findPlanRowById(ctx.tx, ctx.actor, planId), { forUpdate, category: 'plans' });
}

/** Impossible sequences, each naming its field. */
async function assertPlanSequence(ctx: DataContext, person: Person, plan: PlanContent): Promise<void> {
  const today = todayInDenmark();
  const madeOn = formatDate(ctx.locale, plan.madeOn);
  if (plan.madeOn > today) throw new UnprocessableError('date_in_future', 'madeOn');
  if (plan.endedOn !== null && plan.endedOn < plan.madeOn)
    throw new UnprocessableError('plan_ends_before_made', 'endedOn', { madeOn });
  plan.followUps.forEach((followUp, index) => {
    if (followUp.dueOn < plan.madeOn)
      throw new UnprocessableError('follow_up_before_plan', `followUps.${index}.dueOn`, { madeOn });
    if (followUp.doneOn !== null && followUp.doneOn < plan.madeOn)
      throw new UnprocessableError('follow_up_done_before_plan', `followUps.${index}.doneOn`, { madeOn });
    if (followUp.doneOn !== null && followUp.doneOn > today)
      throw new UnprocessableError('date_in_future', `followUps.${index}.doneOn`);
  });
  if (plan.kind === '142') {
    // Any shelter's stay counts; only whether there was one leaves this function.
    const stays = await unsafeFindStayDatesOfPerson(ctx.tx, person.recordIds);
    const staying = stays.some((s) => s.admittedOn <= plan.madeOn && (s.dischargedOn === null || plan.madeOn <= s.dischargedOn));
    if (!staying) throw new UnprocessableError('plan_142_without_stay', 'kind', { madeOn });
  }
}

export async function listPlans(ctx: DataContext, citizenId: string): Promise<{ items: Plan[] }> {
  const person = await requirePerson(ctx, citizenId, { category: 'plans' });
  const rows = await readRowsOfPerson(ctx, person, findPlanRowsOfPerson);
  return { items: rows.map(presentPlan) };
}

export async function createPlan(ctx: DataContext, citizenId: string, body: CreatePlanBody): Promise<Plan> {
  const person = await requirePerson(ctx, citizenId, { forUpdate: true, category: 'plans' });
  authorize(ctx, citizenPolicy.writeCourse, person.root);
  const content: PlanContent = {
    kind: body.kind,
    madeOn: body.madeOn,
    endedOn: body.endedOn ?? null,
    goals: goalsOf(body.goals),
    citizenWishes: body.citizenWishes ?? null,
    responsible: responsibleOf(body.responsible),
    followUps: followUpsOf(body.followUps),
  };
  await assertPlanSequence(ctx, person, content);
  const id = await insertPlan(ctx.tx, {
    citizen_id: person.root.id,
    kind: content.kind,
    made_on: content.madeOn,
    ended_on: content.endedOn,
    content: storedBodyOf(content),
    ...madeBy(ctx.actor.userId),
  });
  await keepFirstVersion(ctx, person, 'plan', id, content, {
    kind: content.kind,
    madeOn: content.madeOn,
    endedOn: content.endedOn,
    lifeAreas: content.goals.map((g) => g.lifeArea),
  });
  return presentPlan(requireFound(await findPlanRowById(ctx.tx, ctx.actor, id)));
}

export async function getPlan(ctx: DataContext, planId: string): Promise<Plan> {
  const { row, person } = await requirePlan(ctx, planId);
  describeCitizenRecord(ctx, person, 'plan', row.id, { version: row.version });
  return presentPlan(row);
}

export async function updatePlan(ctx: DataContext, planId: string, body: UpdatePlanBody): Promise<Plan> {
  const { row, person } = await requirePlan(ctx, planId, true);
  authorize(ctx, citizenPolicy.writeCourse, person.root);
  const before = planContentOf(row);
  const saved = await saveNewVersion(ctx, {
    ...versionedChange('plan', row, body.version, () => planSchema.parse(presentPlan(row)), before, namedOnlyFields),
    next: async () => {
      const next: PlanContent = {
        kind: body.kind ?? before.kind,
        madeOn: body.madeOn ?? before.madeOn,
        endedOn: body.endedOn !== undefined ? body.endedOn : before.endedOn,
        goals: body.goals ? goalsOf(body.goals) : before.goals,
        citizenWishes: body.citizenWishes !== undefined ? body.citizenWishes : before.citizenWishes,
        responsible: body.responsible ? responsibleOf(body.responsible) : before.responsible,
        followUps: body.followUps ? followUpsOf(body.followUps) : before.followUps,
      };
      await assertPlanSequence(ctx, person, next);
      return next;
    },
    write: async (next) => {
      await updatePlanRow(ctx.tx, row.id, {
        kind: next.kind,
        made_on: next.madeOn,
        ended_on: next.endedOn,
        content: storedBodyOf(next),
      });
    },
  });
  describeCitizenRecord(ctx, person, 'plan', row.id, saved.auditChanges);
  const afterRow = requireFound(await findPlanRowById(ctx.tx, ctx.actor, row.id));
  return presentPlan(afterRow);
}

/** The plan in the actor's scope, for its version routes. */
export async function loadPlanRef(ctx: DataContext, planId: string) {
  return versionedRecordRef(ctx, await requirePlan(ctx, planId));
}
