/**
 * The by-name list: the SQL finds, filters, sorts and pages the rows; the full legal rules are
 * evaluated here for the rows of the page only (count of results needing attention, the worst).
 */
import type { ByNameList, ByNameListRow, byNameListQuerySchema } from '@hjemvej/contract';
import type { z } from 'zod';
import { defaultRuleParameters, evaluateCourse, maskCpr, needsAttention } from '@hjemvej/domain';
import { citizenScopeOf } from '../../access/citizen-scope';
import type { DataContext } from '../../http/secured-route';
import { todayInDenmark } from '../citizens/danish-time';
import { loadCourseSnapshots, type SnapshotPerson } from '../course-rules/course-snapshot';
import { worstStatus } from '../course-rules/present-rule-result';
import { findByNameListPage, findRecordsOfPersons } from './by-name-list-queries';

type Query = z.output<typeof byNameListQuerySchema>;

export async function getByNameList(ctx: DataContext, query: Query): Promise<ByNameList> {
  const scope = citizenScopeOf(ctx.actor);
  const today = todayInDenmark();
  const rows = await findByNameListPage(ctx.tx, ctx.actor, {
    today,
    reformInForce: defaultRuleParameters.reformInForce,
    sort: query.sort,
    dir: query.dir,
    category: query.category,
    method: query.method,
    warning: query.warning,
    search: query.search,
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  });

  const records = await findRecordsOfPersons(
    ctx.tx,
    ctx.actor,
    rows.map((r) => r.id),
  );
  const persons: SnapshotPerson[] = rows.map((r) => ({
    rootId: r.id,
    recordIds: records.filter((record) => record.rootId === r.id).map((record) => record.id),
  }));
  const snapshots = await loadCourseSnapshots(ctx, persons);

  const items: ByNameListRow[] = rows.map((row) => {
    const snapshot = snapshots.get(row.id);
    const attention = snapshot ? needsAttention(evaluateCourse(snapshot, today)) : [];
    return {
      citizenId: row.id,
      firstName: row.firstName,
      lastName: row.lastName,
      alias: row.alias,
      cpr: row.cpr === null ? null : maskCpr(row.cpr),
      category: row.category,
      returnedFromHousing: row.returnedFromHousing,
      daysHomeless: row.daysHomeless,
      daysAtShelter: row.daysAtShelter,
      shelterName: row.shelterName,
      method: row.method,
      nextStep: row.nextStep,
      responsible: row.responsible,
      warnings: { count: attention.length, worst: worstStatus(attention), messagesDa: attention.map((r) => r.messageDa) },
    };
  });

  ctx.describe({
    subjectType: 'by_name_list',
    changes: {
      filter: {
        sort: query.sort,
        dir: query.dir,
        category: query.category ?? null,
        method: query.method ?? null,
        warning: query.warning ?? null,
        search: query.search ? 'yes' : null,
        page: query.page,
        pageSize: query.pageSize,
      },
      rows: items.length,
    },
  });
  return {
    scope: scope.kind === 'shelter' ? 'shelter' : 'municipality',
    asOf: today,
    items,
    total: rows[0]?.total ?? 0,
    page: query.page,
    pageSize: query.pageSize,
  };
}
