/**
 * SQL for § 141/§ 142 plans. Every read is scoped through the citizen (`whereCitizenInScope`);
 * the versions are read and written by the shared versioned-record helper.
 */
import type { Insertable, Transaction, Updateable } from 'kysely';
import type { z } from 'zod';
import { planContentSchema, type Plan, type PlanContent } from '@hjemvej/contract';
import type { Actor } from '../../access/actor';
import { whereCitizenInScope } from '../../access/citizen-scope';
import type { Database } from '../../database/schema';
import { insertRow, updateRowById } from '../../database/row-writes';
import { executeRemembered } from '../../database/remembered-reads';
import { presentVersionedRecordStamps, versionedRecordStampColumns } from '../../database/record-stamps';

type Tx = Transaction<Database>;

/** What the `content` column holds besides the columns (kind, madeOn, endedOn). */
const storedBodySchema = planContentSchema.pick({ goals: true, citizenWishes: true, responsible: true, followUps: true });
type StoredBody = z.infer<typeof storedBodySchema>;
const emptyBody: StoredBody = { goals: [], citizenWishes: null, responsible: [], followUps: [] };

function selectPlans(tx: Tx, actor: Actor) {
  return tx
    .selectFrom('plans as p')
    .select([
      'p.id',
      'p.citizen_id as citizenId',
      'p.kind',
      'p.made_on as madeOn',
      'p.ended_on as endedOn',
      'p.content',
      ...versionedRecordStampColumns('p'),
    ])
    .where((eb) => whereCitizenInScope(eb, 'p.citizen_id', actor, 'plans'));
}

export type PlanRow = Awaited<ReturnType<ReturnType<typeof selectPlans>['executeTakeFirstOrThrow']>>;

/** The stored content is JSON written by this module; read it defensively all the same. */
function readBody(value: unknown): StoredBody {
  const parsed = storedBodySchema.safeParse(value);
  return parsed.success ? parsed.data : emptyBody;
}

export function planContentOf(row: PlanRow): PlanContent {
  return { kind: row.kind, madeOn: row.madeOn, endedOn: row.endedOn, ...readBody(row.content) };
}

/** The `content` column: the plan without the fields kept in columns. */
export function storedBodyOf(content: PlanContent): string {
  const { goals, citizenWishes, responsible, followUps } = content;
  return JSON.stringify({ goals, citizenWishes, responsible, followUps });
}

export function presentPlan(row: PlanRow): Plan {
  const content = planContentOf(row);
  const nextFollowUpOn =
    content.followUps
      .filter((f) => f.doneOn === null)
      .map((f) => f.dueOn)
      .sort()[0] ?? null;
  return {
    ...content,
    id: row.id,
    citizenId: row.citizenId,
    nextFollowUpOn,
    ...presentVersionedRecordStamps(row),
  };
}

export async function findPlanRowById(tx: Tx, actor: Actor, planId: string): Promise<PlanRow | null> {
  return (await selectPlans(tx, actor).where('p.id', '=', planId).executeTakeFirst()) ?? null;
}

/** The visible plans of the person made of `recordIds`, newest first. */
export async function findPlanRowsOfPerson(tx: Tx, actor: Actor, recordIds: readonly string[]): Promise<PlanRow[]> {
  if (recordIds.length === 0) return [];
  return executeRemembered(
    tx,
    selectPlans(tx, actor)
      .where('p.citizen_id', 'in', [...recordIds])
      .orderBy('p.made_on', 'desc')
      .orderBy('p.created_at', 'desc'),
  );
}

/** A stored version's content, read defensively. */
export function readPlanVersionContent(value: unknown): PlanContent | null {
  const parsed = planContentSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export function insertPlan(tx: Tx, values: Insertable<Database['plans']>): Promise<string> {
  return insertRow(tx, 'plans', values);
}

/** Sets the plan's columns (the versioned-record helper bumps the version). */
export function updatePlanRow(tx: Tx, planId: string, values: Updateable<Database['plans']>): Promise<void> {
  return updateRowById(tx, 'plans', planId, values);
}
