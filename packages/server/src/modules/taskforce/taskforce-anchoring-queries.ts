/**
 * SQL for the taskforce course's anchoring plan and its items, read and written by the id of a
 * course already found in the caller's taskforce reach; and the courses of the caller's own
 * municipality whose goals its dashboard shows.
 */
import type { Insertable, Transaction } from 'kysely';
import type { Database, TaskforceAnchoringItemsTable } from '../../database/schema';
import { updatedByColumn } from '../../database/record-stamps';
import { insertRows } from '../../database/row-writes';
import { findFirstRow } from '../../database/first-row';

type Tx = Transaction<Database>;

export function findAnchoringPlan(tx: Tx, courseId: string, forUpdate = false) {
  const query = tx
    .selectFrom('taskforce_anchoring_plans as a')
    .select(['a.status', 'a.version', 'a.description', 'a.updated_at as updatedAt', updatedByColumn('a')])
    .where('a.course_id', '=', courseId);
  return findFirstRow(query, forUpdate && 'a');
}

export async function findAnchoringItems(tx: Tx, courseId: string) {
  return tx
    .selectFrom('taskforce_anchoring_items as i')
    .leftJoin('users as o', 'o.id', 'i.owner_user_id')
    .select([
      'i.id',
      'i.title',
      'i.owner_user_id as ownerId',
      'o.display_name as ownerName',
      'i.follow_up as followUp',
      'i.review_on as reviewOn',
    ])
    .where('i.course_id', '=', courseId)
    .orderBy('i.position')
    .execute();
}

/** Writes the plan and replaces its items: the plan's version moves from `version - 1` (or is created at 1). */
export async function saveAnchoringPlan(
  tx: Tx,
  values: {
    courseId: string;
    status: 'draft' | 'agreed';
    description: string;
    version: number;
    userId: string;
    items: Omit<Insertable<TaskforceAnchoringItemsTable>, 'course_id' | 'position'>[];
  },
): Promise<void> {
  const row = {
    status: values.status,
    description: values.description,
    version: values.version,
    updated_at: new Date(),
    updated_by_user_id: values.userId,
  };
  await tx
    .insertInto('taskforce_anchoring_plans')
    .values({ course_id: values.courseId, ...row })
    .onConflict((oc) => oc.column('course_id').doUpdateSet(row))
    .execute();
  await tx.deleteFrom('taskforce_anchoring_items').where('course_id', '=', values.courseId).execute();
  await insertRows(
    tx,
    'taskforce_anchoring_items',
    values.items.map((item, position) => ({ ...item, course_id: values.courseId, position })),
  );
}

/** The courses of one municipality (the caller's own) with any development goal: its dashboard shows their goals. */
export async function findMunicipalityGoalCourses(tx: Tx, municipalityId: string) {
  return tx
    .selectFrom('taskforce_courses as c')
    .innerJoin('organisations as o', 'o.id', 'c.municipality_id')
    .select(['c.id', 'o.name as municipalityName'])
    .where('c.municipality_id', '=', municipalityId)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('taskforce_development_points as pt')
          .innerJoin('taskforce_goals as g', 'g.point_id', 'pt.id')
          .select('g.id')
          .whereRef('pt.course_id', '=', 'c.id'),
      ),
    )
    .orderBy('c.created_at')
    .execute();
}
