/**
 * SQL for the taskforce course's analysis report and its recommendations, read and written by
 * the id of a course already found in the caller's taskforce reach (`taskforce-reach.ts`).
 */
import type { Insertable, Transaction, Updateable } from 'kysely';
import type { Database, TaskforceRecommendationsTable, TaskforceReportsTable } from '../../database/schema';
import { insertRow, updateRowById } from '../../database/row-writes';
import { updatedByColumn, userNameOf } from '../../database/record-stamps';
import { findFirstRow } from '../../database/first-row';

type Tx = Transaction<Database>;

function selectReports(tx: Tx) {
  return tx
    .selectFrom('taskforce_reports as r')
    .select([
      'r.id',
      'r.course_id as courseId',
      'r.status',
      'r.version',
      'r.data_package_id as dataPackageId',
      'r.summary',
      'r.analyses',
      'r.published_at as publishedAt',
      userNameOf('r.published_by_user_id').as('publishedBy'),
      'r.updated_at as updatedAt',
      updatedByColumn('r'),
    ]);
}

export type ReportRow = Awaited<ReturnType<ReturnType<typeof selectReports>['executeTakeFirstOrThrow']>>;

export function findReport(tx: Tx, courseId: string, forUpdate = false): Promise<ReportRow | null> {
  return findFirstRow(selectReports(tx).where('r.course_id', '=', courseId), forUpdate && 'r');
}

export function insertReport(tx: Tx, values: Insertable<TaskforceReportsTable>): Promise<string> {
  return insertRow(tx, 'taskforce_reports', values);
}

export function updateReport(tx: Tx, id: string, values: Updateable<TaskforceReportsTable>): Promise<void> {
  return updateRowById(tx, 'taskforce_reports', id, values);
}

export async function findRecommendations(tx: Tx, reportId: string) {
  return tx
    .selectFrom('taskforce_recommendations')
    .select([
      'id',
      'theme',
      'title',
      'text',
      'evidence_measure as evidenceMeasure',
      'evidence_note as evidenceNote',
      'development_point_id as developmentPointId',
      'version',
    ])
    .where('report_id', '=', reportId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export type RecommendationRow = Awaited<ReturnType<typeof findRecommendations>>[number];

export async function findRecommendation(
  tx: Tx,
  reportId: string,
  recommendationId: string,
): Promise<RecommendationRow | undefined> {
  return (await findRecommendations(tx, reportId)).find((r) => r.id === recommendationId);
}

export function insertRecommendation(tx: Tx, values: Insertable<TaskforceRecommendationsTable>): Promise<string> {
  return insertRow(tx, 'taskforce_recommendations', values);
}

export function updateRecommendation(tx: Tx, id: string, values: Updateable<TaskforceRecommendationsTable>): Promise<void> {
  return updateRowById(tx, 'taskforce_recommendations', id, values);
}

/** Ties a recommendation to the development point it became, unless it already is one (false then). */
export async function setRecommendationPoint(tx: Tx, id: string, pointId: string): Promise<boolean> {
  const result = await tx
    .updateTable('taskforce_recommendations')
    .set({ development_point_id: pointId })
    .where('id', '=', id)
    .where('development_point_id', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function deleteRecommendation(tx: Tx, id: string): Promise<void> {
  await tx.deleteFrom('taskforce_recommendations').where('id', '=', id).execute();
}
