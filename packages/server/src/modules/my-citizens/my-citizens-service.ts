/**
 * "My citizens" on the caseworker's start page: the citizens the caller is responsible for,
 * with what the legal rules find overdue now or due within the week (`dueWithin`, the same
 * `evaluateCourse` the by-name list's badges and the citizen's legal checks use). The course
 * status rows are brought up to date first, as the by-name list does, so the next step is today's.
 * Beside the rules, the outcome follow-ups 3, 6 and 12 months after a move-in that are due or
 * overdue (the domain's `followUpsToDo`, the rule of the citizen's follow-up list).
 */
import type { MyCitizen, MyCitizens, myCitizensQuerySchema } from '@hjemvej/contract';
import type { z } from 'zod';
import { dueSoonDays, dueWithin, followUpsToDo } from '@hjemvej/domain';
import { citizenScopeOf } from '../../access/citizen-scope';
import { todayInDenmark } from '../../calendar/danish-time';
import type { DataContext } from '../../http/secured-route';
import { findRecordsOfPersons } from '../by-name-list/by-name-list-queries';
import { refreshCourseStatuses } from '../course-status/course-status-service';
import { loadCourseSnapshots } from '../legal-checks/course-snapshot';
import { findMyCitizens, unsafeFindFollowUpFacts } from './my-citizens-queries';

type Query = z.output<typeof myCitizensQuerySchema>;

/** Overdue first, then something due this week, then the rest (the query's name order kept). */
const urgency = (item: MyCitizen) =>
  item.overdue.length > 0 || item.followUps.some((f) => f.state === 'overdue')
    ? 0
    : item.dueThisWeek.length > 0 || item.followUps.length > 0
      ? 1
      : 2;

export async function listMyCitizens(ctx: DataContext, query: Query): Promise<MyCitizens> {
  const today = todayInDenmark();
  const scope = citizenScopeOf(ctx.actor, 'housing');
  // Only a municipality's users carry its cases; a shelter's or a partner's list is empty.
  const municipalityId = scope.kind === 'none' || scope.kind === 'shelter' ? null : scope.organisationId;
  if (municipalityId !== null)
    await refreshCourseStatuses(ctx.tx, { kind: 'handlekommune', organisationId: municipalityId }, today);
  const { rows, total } =
    municipalityId === null ? { rows: [], total: 0 } : await findMyCitizens(ctx.tx, ctx.actor, municipalityId, today);

  const records = await findRecordsOfPersons(
    ctx.tx,
    ctx.actor,
    rows.map((row) => row.id),
  );
  const snapshots = await loadCourseSnapshots(
    ctx,
    rows.map((row) => ({
      rootId: row.id,
      recordIds: records.filter((record) => record.rootId === row.id).map((record) => record.id),
    })),
  );
  const facts = await unsafeFindFollowUpFacts(
    ctx.tx,
    records.map((record) => record.id),
  );
  const rootOf = new Map(records.map((record) => [record.id, record.rootId]));
  const all: MyCitizen[] = rows.map((row) => {
    const snapshot = snapshots.get(row.id);
    const found = snapshot ? dueWithin(snapshot, today, dueSoonDays) : { overdue: [], due: [] };
    const homes = facts.homes.filter((home) => rootOf.get(home.citizenId) === row.id);
    const followUps = followUpsToDo(homes, facts.recorded, today).map(({ milestone, dueOn, state }) => ({
      milestone,
      dueOn,
      state,
    }));
    return {
      citizenId: row.id,
      firstName: row.firstName,
      lastName: row.lastName,
      alias: row.alias,
      category: row.category,
      homelessSince: row.homelessSince,
      nextStep: row.nextStep,
      overdue: [...found.overdue],
      dueThisWeek: [...found.due],
      followUps,
    };
  });
  const sorted = all
    .map((item, index) => ({ item, index }))
    .sort((a, b) => urgency(a.item) - urgency(b.item) || a.index - b.index);
  const items = sorted.slice(0, query.pageSize).map(({ item }) => item);

  ctx.describe({
    subjectType: 'citizen',
    changes: { list: 'responsible_me', total, citizenIds: items.map((item) => item.citizenId) },
  });
  return {
    asOf: today,
    days: dueSoonDays,
    items,
    total,
    withSomethingDue: all.filter((item) => urgency(item) < 2).length,
  };
}
