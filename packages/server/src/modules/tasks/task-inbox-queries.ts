/**
 * SQL for reading tasks in bulk: the inbox's counts, the leaders' oversight and the facts of
 * the citizen's two-month clock. The task lists themselves go through `selectTasks`
 * (task-queries.ts), which is scoped; the counts here are limited to the caller's own units
 * (inbox) or own organisation's units (oversight), and the clock's reads come after the caller
 * found the person in its scope (`unsafe…`: by the person's record ids).
 */
import { sql, type Transaction } from 'kysely';
import type { IsoDate } from '@hjemvej/domain';
import type { Database, TaskStatus } from '../../database/schema';
import { activeStatuses } from './task-queries';

type Tx = Transaction<Database>;

/** How many tasks of the given units have these statuses (the caller's own, when `assigneeId`). */
export async function countTasksOfUnits(
  tx: Tx,
  unitIds: readonly string[],
  statuses: readonly TaskStatus[],
  assigneeId: string | null,
): Promise<number> {
  const total = await tx
    .selectFrom('tasks as t')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('t.status', 'in', [...statuses])
    .where(unitIds.length > 0 ? sql<boolean>`t.unit_id IN (${sql.join([...unitIds])})` : sql<boolean>`false`)
    .$if(assigneeId !== null, (q) => q.where('t.assignee_user_id', '=', assigneeId ?? ''))
    .executeTakeFirstOrThrow();
  return Number(total.n);
}

/** Which tasks a count takes: all, or only those about a citizen (casework, not e.g. a development plan's actions). */
export interface TaskCountOptions {
  readonly aboutCitizensOnly?: boolean;
}

/** Open (being worked) tasks per unit. */
export async function countActiveTasksByUnit(tx: Tx, unitIds: readonly string[], options: TaskCountOptions = {}) {
  if (unitIds.length === 0) return [];
  return tx
    .selectFrom('tasks')
    .select(['unit_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('unit_id', 'in', [...unitIds])
    .where('status', 'in', [...activeStatuses])
    .$if(options.aboutCitizensOnly === true, (q) => q.where('citizen_id', 'is not', null))
    .groupBy('unit_id')
    .execute();
}

/**
 * The inbox's summary per unit: open tasks, and of them the urgent (the task or the citizen's
 * course "Housing First haster"), the overdue and those due by the end of the week.
 */
export async function countInboxByUnit(tx: Tx, unitIds: readonly string[], today: IsoDate, weekEnd: IsoDate) {
  if (unitIds.length === 0) return [];
  return tx
    .selectFrom('tasks as t')
    .leftJoin('citizens as c', 'c.id', 't.citizen_id')
    .select([
      't.unit_id',
      (eb) => eb.fn.countAll<number>().as('n'),
      sql<number>`count(*) filter (where t.is_urgent or c.housing_first_urgent_since is not null)`.as('urgent'),
      sql<number>`count(*) filter (where t.due_on < ${today})`.as('overdue'),
      sql<number>`count(*) filter (where t.due_on >= ${today} and t.due_on <= ${weekEnd})`.as('due_this_week'),
    ])
    .where('t.unit_id', 'in', [...unitIds])
    .where('t.status', 'in', [...activeStatuses])
    .groupBy('t.unit_id')
    .execute();
}

export async function findOrganisationUnits(tx: Tx, organisationId: string) {
  return tx.selectFrom('units').select(['id', 'name']).where('organisation_id', '=', organisationId).orderBy('name').execute();
}

/** Overdue and blocked tasks per unit, for the leaders' oversight. */
export async function countOverdueAndBlockedByUnit(
  tx: Tx,
  unitIds: readonly string[],
  today: IsoDate,
  options: TaskCountOptions = {},
) {
  return tx
    .selectFrom('tasks')
    .select([
      'unit_id',
      sql<number>`count(*) FILTER (WHERE status IN ('open', 'in_progress', 'blocked') AND due_on < ${today}::date)`.as('overdue'),
      sql<number>`count(*) FILTER (WHERE status = 'blocked')`.as('blocked'),
    ])
    .where('unit_id', 'in', [...unitIds])
    .$if(options.aboutCitizensOnly === true, (q) => q.where('citizen_id', 'is not', null))
    .groupBy('unit_id')
    .execute();
}

/** The surviving record's facts the clock and the overview read. */
export async function unsafeFindClockCitizen(tx: Tx, rootId: string) {
  return tx
    .selectFrom('citizens')
    .select(['first_contact_on', 'created_at', 'housing_first_urgent_since', 'handlekommune_id'])
    .where('id', '=', rootId)
    .executeTakeFirstOrThrow();
}

/** The person's first § 110 admission at any shelter (the clock may start there). */
export async function unsafeFindFirstAdmission(tx: Tx, recordIds: readonly string[]): Promise<IsoDate | null> {
  const row = await tx
    .selectFrom('shelter_stays')
    .select((eb) => eb.fn.min('admitted_on').as('first'))
    .where('citizen_id', 'in', [...recordIds])
    .executeTakeFirst();
  return (row?.first as IsoDate | null | undefined) ?? null;
}

/** The first move-in on or after the first contact (the clock stops there). */
export async function unsafeFindFirstMoveIn(
  tx: Tx,
  recordIds: readonly string[],
  firstContactOn: IsoDate,
): Promise<IsoDate | null> {
  const row = await tx
    .selectFrom('housing_allocations')
    .select('move_in_on')
    .where('citizen_id', 'in', [...recordIds])
    .where('move_in_on', 'is not', null)
    .where('move_in_on', '>=', firstContactOn)
    .where('withdrawn_on', 'is', null)
    .orderBy('move_in_on')
    .executeTakeFirst();
  return row?.move_in_on ?? null;
}
