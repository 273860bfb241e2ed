/**
 * Every saved version of a citizen's assessments, plans and decisions: who saved which version
 * of what, when, and which fields it changed. Feeds the timeline, where each version is its
 * own event. Only versions of records in the actor's scope are found.
 */
import { versionedRecordKinds, type CitizenVersionHistory } from '@hjemvej/contract';
import { NotFoundError } from '../../http/errors';
import type { DataContext } from '../../http/secured-route';
import { citizenAuditSubject } from '../../course/citizen-audit';
import { findPerson } from '../../course/person-queries';
import { summariseVersions } from './version-diff';
import { findVersionsOfPerson } from './versioned-record';

export async function getCitizenVersionHistory(ctx: DataContext, citizenId: string): Promise<CitizenVersionHistory> {
  const person = await findPerson(ctx.tx, ctx.actor, citizenId, { category: 'plans' });
  if (!person) throw new NotFoundError();
  const items: CitizenVersionHistory['items'] = [];
  for (const kind of versionedRecordKinds) {
    const rows = await findVersionsOfPerson(ctx.tx, ctx.actor, kind, person.recordIds);
    for (const recordId of new Set(rows.map((row) => row.recordId))) {
      const versions = rows.filter((row) => row.recordId === recordId);
      items.push(...summariseVersions(versions).map((summary) => ({ ...summary, kind, recordId })));
    }
  }
  items.sort((a, b) => a.savedBy.at.localeCompare(b.savedBy.at));
  ctx.describe({
    subjectType: 'citizen',
    subjectId: person.root.id,
    ...citizenAuditSubject(ctx, person),
    changes: { count: items.length },
  });
  return { items };
}
