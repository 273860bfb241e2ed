/**
 * Optimistic concurrency for records that keep no versions of their own (shelter stays, support
 * courses, housing allocations, outcome follow-ups): a change carries the version the user saw, and the row is
 * written only while it still has that version, with the version bumped in the same statement.
 * Otherwise nothing is written and the answer is 409 naming who changed what since (read from
 * the record's audit events, see `version-conflict.ts`). Records that keep every version
 * (assessments, plans, decisions) go through `saveNewVersion` in `versioned-record.ts` instead.
 */
import type { Updateable } from 'kysely';
import type { AuditAction } from '@hjemvej/contract';
import type { Database } from '../../database/schema';
import { requireFound } from '../../http/errors';
import type { DataContext } from '../../http/secured-route';
import { staleVersionError } from './version-conflict';

/** The tables written this way; each has `id`, `version`, `updated_at` and `updated_by_user_id`. */
type OptimisticTable = 'shelter_stays' | 'support_courses' | 'housing_allocations' | 'outcome_follow_ups';

/** The module's own columns of a change; the version, who and when are written here. */
export type OptimisticValues<T extends OptimisticTable> = Omit<
  Updateable<Database[T]>,
  'id' | 'version' | 'updated_at' | 'updated_by_user_id'
>;

export interface OptimisticChange<T extends OptimisticTable, R> {
  readonly table: T;
  readonly id: string;
  /** The version the user saw. */
  readonly expectedVersion: number;
  readonly values: OptimisticValues<T>;
  /** The record's audit actions that bump its version: the 409 answer reads what changed from their events. */
  readonly actions: readonly AuditAction[];
  /** The record as it is now, already allow-listed by its output schema: the 409 answer shows it. */
  readonly current: () => Record<string, unknown> | Promise<Record<string, unknown>>;
  /** Reads the row again after the write, in the actor's scope. */
  readonly reload: () => Promise<R | null | undefined>;
}

/**
 * Writes the change when the version is still the one the user saw and answers the row as it is
 * now; else throws the 409 with what changed.
 */
export async function writeOptimisticChange<T extends OptimisticTable, R>(
  ctx: DataContext,
  change: OptimisticChange<T, R>,
): Promise<R> {
  const table: OptimisticTable = change.table;
  const values: Updateable<Database[OptimisticTable]> = change.values;
  const updated = await ctx.tx
    .updateTable(table)
    .set((eb) => ({ ...values, updated_at: new Date(), updated_by_user_id: ctx.actor.userId, version: eb('version', '+', 1) }))
    .where('id', '=', change.id)
    .where('version', '=', change.expectedVersion)
    .returning('id')
    .executeTakeFirst();
  if (!updated) {
    throw await staleVersionError(
      ctx.tx,
      ctx.locale,
      { id: change.id, actions: change.actions, sinceVersion: change.expectedVersion },
      await change.current(),
    );
  }
  const after = requireFound(await change.reload());
  return after;
}
