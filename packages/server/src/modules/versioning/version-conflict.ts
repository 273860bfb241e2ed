/**
 * Optimistic concurrency: a change carries the version the user saw. When someone else saved
 * first, nothing is overwritten; the answer (409) shows the record as it is now, which fields
 * changed since the user's version, and who saved last and when. What changed is read from
 * the audit events of the record (each update event records its version change), so no
 * separate history table is needed for that.
 */
import { sql, type Transaction } from 'kysely';
import type { AuditAction, Locale } from '@hjemvej/contract';
import type { Database } from '../../database/schema';
import { StaleVersionError } from '../../http/errors';
import { formatMoment } from '../../calendar/danish-time';

interface ChangesSince {
  readonly changedFields: string[];
  readonly changedBy: string | null;
  readonly changedAt: Date | null;
}

/** The fields changed on `subjectId` by events that moved its version beyond `sinceVersion`. */
export async function findChangesSince(
  tx: Transaction<Database>,
  subjectId: string,
  actions: readonly AuditAction[],
  sinceVersion: number,
): Promise<ChangesSince> {
  const rows = await tx
    .selectFrom('audit_events')
    .select(['changes', 'actor', 'occurred_at'])
    .where('subject_id', '=', subjectId)
    .where('action', 'in', [...actions])
    .where('outcome', '=', 'ok')
    .where(sql<boolean>`(changes -> 'version' ->> 'to')::int > ${sinceVersion}`)
    .orderBy('id')
    .execute();
  const fields = new Set<string>();
  for (const row of rows) {
    if (row.changes !== null && typeof row.changes === 'object') {
      for (const key of Object.keys(row.changes)) if (key !== 'version') fields.add(key);
    }
  }
  const last = rows.at(-1);
  const actor = last?.actor;
  const changedBy =
    actor !== null && typeof actor === 'object' && 'displayName' in actor && typeof actor.displayName === 'string'
      ? actor.displayName
      : null;
  return { changedFields: [...fields].sort(), changedBy, changedAt: last?.occurred_at ?? null };
}

/** The 409 answer for a stale version, in the user's language. `current` must already be allow-listed. */
/**
 * Throws the 409 with what changed when the row's version is not the one the user saw; `current`
 * reads the record as it is now (only then), for the answer to show. A record whose version moves
 * by several kinds of change names all their audit actions, so the answer lists every field changed.
 */
export async function assertSeenVersion(
  ctx: { readonly tx: Transaction<Database>; readonly locale: Locale },
  row: { readonly id: string; readonly version: number },
  seenVersion: number,
  action: AuditAction | readonly AuditAction[],
  current: () => Record<string, unknown> | Promise<Record<string, unknown>>,
): Promise<void> {
  if (row.version === seenVersion) return;
  const actions = typeof action === 'string' ? [action] : action;
  throw await staleVersionError(ctx.tx, ctx.locale, { id: row.id, actions, sinceVersion: seenVersion }, await current());
}

export async function staleVersionError(
  tx: Transaction<Database>,
  locale: Locale,
  subject: { readonly id: string; readonly actions: readonly AuditAction[]; readonly sinceVersion: number },
  current: Record<string, unknown>,
): Promise<StaleVersionError> {
  const since = await findChangesSince(tx, subject.id, subject.actions, subject.sinceVersion);
  const conflict = {
    current,
    changedFields: since.changedFields,
    changedBy: since.changedBy,
    changedAt: since.changedAt?.toISOString() ?? null,
  };
  if (since.changedBy !== null && since.changedAt !== null) {
    return new StaleVersionError(
      'citizen_changed_by_other',
      { name: since.changedBy, when: formatMoment(locale, since.changedAt) },
      conflict,
    );
  }
  return new StaleVersionError('record_changed', {}, conflict);
}
