/**
 * SQL for flowcard runs: the flowcards a municipality may start, the run and its tasks as
 * they are created, and the runs shown beside a citizen's tasks.
 *
 * Reads by id (`unsafe…`) come after the caller has found the person, or the task, in its
 * scope: the run belongs to that person's course, and only its name and dates are shown.
 */
import type { Insertable, Transaction } from 'kysely';
import type { Database } from '../../database/schema';
import { insertRow } from '../../database/row-writes';

type Tx = Transaction<Database>;

/** The current versions of the organisation's flowcards that are not archived, by name. */
export async function findStartableFlowcards(tx: Tx, organisationId: string) {
  return tx
    .selectFrom('flowcards as f')
    .innerJoin('flowcard_versions as v', (join) => join.onRef('v.flowcard_id', '=', 'f.id').onRef('v.version', '=', 'f.version'))
    .select(['f.id', 'f.name', 'f.version', 'v.steps'])
    .where('f.organisation_id', '=', organisationId)
    .where('f.is_archived', '=', false)
    .orderBy('f.name')
    .execute();
}

/** The organisation's flowcard with its current version's steps. */
export async function findCurrentFlowcard(tx: Tx, organisationId: string, flowcardId: string) {
  return tx
    .selectFrom('flowcards as f')
    .innerJoin('flowcard_versions as v', (join) => join.onRef('v.flowcard_id', '=', 'f.id').onRef('v.version', '=', 'f.version'))
    .select(['f.id', 'f.name', 'f.version', 'f.is_archived as isArchived', 'v.steps'])
    .where('f.id', '=', flowcardId)
    .where('f.organisation_id', '=', organisationId)
    .executeTakeFirst();
}

/** A run of the flowcard for the person's records that is neither completed nor cancelled. */
export async function unsafeFindRunningRun(tx: Tx, recordIds: readonly string[], flowcardId: string) {
  return tx
    .selectFrom('flowcard_runs')
    .select('id')
    .where('citizen_id', 'in', [...recordIds])
    .where('flowcard_id', '=', flowcardId)
    .where('completed_at', 'is', null)
    .where('cancelled_at', 'is', null)
    .executeTakeFirst();
}

export function insertFlowcardRun(tx: Tx, values: Insertable<Database['flowcard_runs']>): Promise<string> {
  return insertRow(tx, 'flowcard_runs', values);
}

/** The steps of the flowcard version a run follows. */
export async function unsafeFindRunSteps(tx: Tx, runId: string): Promise<unknown> {
  const run = await tx
    .selectFrom('flowcard_runs as r')
    .innerJoin('flowcard_versions as v', (join) =>
      join.onRef('v.flowcard_id', '=', 'r.flowcard_id').onRef('v.version', '=', 'r.flowcard_version'),
    )
    .select('v.steps')
    .where('r.id', '=', runId)
    .executeTakeFirst();
  return run?.steps;
}

/** The runs, newest first, as the citizen's overview shows them. */
export async function unsafeFindRunRows(tx: Tx, runIds: readonly string[]) {
  if (runIds.length === 0) return [];
  return tx
    .selectFrom('flowcard_runs as r')
    .innerJoin('flowcards as f', 'f.id', 'r.flowcard_id')
    .leftJoin('users as us', 'us.id', 'r.started_by_user_id')
    .select([
      'r.id',
      'r.flowcard_id as flowcardId',
      'f.name as flowcardName',
      'r.flowcard_version as flowcardVersion',
      'r.started_on as startedOn',
      'us.display_name as startedBy',
      'r.completed_at as completedAt',
      'r.cancelled_at as cancelledAt',
    ])
    .where('r.id', 'in', [...runIds])
    .orderBy('r.started_on', 'desc')
    .execute();
}

export async function unsafeFindRunIdsOfPerson(tx: Tx, recordIds: readonly string[]): Promise<string[]> {
  const rows = await tx
    .selectFrom('flowcard_runs')
    .select('id')
    .where('citizen_id', 'in', [...recordIds])
    .execute();
  return rows.map((row) => row.id);
}

/** Who started the run (told when one of its tasks is blocked). */
export async function unsafeFindRunStarterId(tx: Tx, runId: string): Promise<string | null> {
  const row = await tx.selectFrom('flowcard_runs').select('started_by_user_id').where('id', '=', runId).executeTakeFirst();
  return row?.started_by_user_id ?? null;
}

/** A reopened step makes its run incomplete again. */
export async function markRunIncomplete(tx: Tx, runId: string): Promise<void> {
  await tx.updateTable('flowcard_runs').set({ completed_at: null }).where('id', '=', runId).execute();
}
