/**
 * Every saved version of a citizen's assessments, plans, decisions and course registrations: who
 * saved which version of what, when, and which fields it changed. Feeds the timeline, where each
 * version is its own event. Only versions of records in the actor's scope are found, each kind
 * through its own need-to-know category (`versionedKinds`).
 */
import { versionedRecordKinds, type CitizenVersionHistory, type VersionedRecordKind } from '@hjemvej/contract';
import type { DataContext } from '../../http/secured-route';
import { requirePerson } from '../../course/person-reads';
import { describeCitizenRecord } from '../../course/citizen-audit';
import { summariseVersions } from './version-diff';
import { findVersionsOfPerson } from './versioned-record';

export async function getCitizenVersionHistory(ctx: DataContext, citizenId: string): Promise<CitizenVersionHistory> {
  const person = await requirePerson(ctx, citizenId, { category: 'plans' });
  const items: CitizenVersionHistory['items'] = [];
  // What was read, kind by kind: the audit event says which categories the reader saw.
  const kinds: Partial<Record<VersionedRecordKind, number>> = {};
  for (const kind of versionedRecordKinds) {
    const rows = await findVersionsOfPerson(ctx.tx, ctx.actor, kind, person.recordIds);
    if (rows.length > 0) kinds[kind] = rows.length;
    for (const recordId of new Set(rows.map((row) => row.recordId))) {
      const versions = rows.filter((row) => row.recordId === recordId);
      items.push(...summariseVersions(versions).map((summary) => ({ ...summary, kind, recordId })));
    }
  }
  items.sort((a, b) => a.savedBy.at.localeCompare(b.savedBy.at));
  describeCitizenRecord(ctx, person, 'citizen', person.root.id, { count: items.length, kinds });
  return { items };
}
