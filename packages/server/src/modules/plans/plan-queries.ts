/**
 * SQL for § 141/§ 142 plans. Every read is scoped through the citizen (`whereCitizenInScope`);
 * the versions are read and written by the shared versioned-record helper.
 */
import type { Insertable, Transaction, Updateable } from 'kysely';
import type { z } from 'zod';
import { planContentSchema, type Plan, type PlanContent } from '@hjemvej/contract';
import type { Actor } from '../../access/actor';
import { whereCitizenInScope } from '../../access/citizen-scope';
import { citizenRecordReads } from '../../course/citizen-record-queries';
import type { Database } from '../../database/schema';
import { insertRow, updateRowById } from '../../database/row-writes';
import { presentVersionedRecordStamps, versionedRecordStampColumns } from '../../database/record-stamps';
import { readStoredJson } from '../../database/stored-json';

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
  return readStoredJson(storedBodySchema, value, emptyBody);
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

const planReads = citizenRecordReads(selectPlans, 'p', ['p.made_on', 'p.created_at']);
export const findPlanRowById = planReads.findById;
/** The visible plans of the person made of `recordIds`, newest first. */
export const findPlanRowsOfPerson = planReads.findRowsOfPerson;

/** A stored version's content, read defensively. */
export function readPlanVersionContent(value: unknown): PlanContent | null {
  return readStoredJson(planContentSchema, value, null);
}

export function insertPlan(tx: Tx, values: Insertable<Database['plans']>): Promise<string> {
  return insertRow(tx, 'plans', values);
}

/** Sets the plan's columns (the versioned-record helper bumps the version). */
export function updatePlanRow(tx: Tx, planId: string, values: Updateable<Database['plans']>): Promise<void> {
  return updateRowById(tx, 'plans', planId, values);
}
