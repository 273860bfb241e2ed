/**
 * The by-name list: the population's maintained course status rows are brought up to date
 * (modules/course-status), then ONE indexed query filters, sorts and pages them. The badges of
 * the page's rows are evaluated here with the same rules (their texts name today's day counts);
 * the count the filter and sort used is the same `needsAttention(evaluateCourse(…))` count.
 */
import type { ByNameList, ByNameListRow, byNameListQuerySchema } from '@hjemvej/contract';
import type { z } from 'zod';
import { evaluateCourse, maskCpr, needsAttention } from '@hjemvej/domain';
import { citizenScopeOf } from '../../access/citizen-scope';
import type { DataContext } from '../../http/secured-route';
import { todayInDenmark } from '../../calendar/danish-time';
import { loadCourseSnapshots, type SnapshotPerson } from '../legal-checks/course-snapshot';
import { worstStatus } from '../legal-checks/present-rule-result';
import { refreshCourseStatuses } from '../course-status/course-status-service';
import { findByNameListPage, findRecordsOfPersons } from './by-name-list-queries';

type Query = z.output<typeof byNameListQuerySchema>;

export async function getByNameList(ctx: DataContext, query: Query): Promise<ByNameList> {
  const scope = citizenScopeOf(ctx.actor, 'housing');
  const today = todayInDenmark();
  if (scope.kind === 'shelter') await refreshCourseStatuses(ctx.tx, scope, today);
  else if (scope.kind !== 'none')
    await refreshCourseStatuses(ctx.tx, { kind: 'handlekommune', organisationId: scope.organisationId }, today);
  const rows = await findByNameListPage(ctx.tx, ctx.actor, {
    today,
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
