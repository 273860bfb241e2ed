/**
 * SQL for flowcards and their versions. A flowcard is the organisation's own data: every read
 * filters by the actor's organisation scope, versions through their flowcard. The units a step
 * may be given to are the organisation's own and those of its partners (organisation_partners).
 */
import { sql, type Insertable, type Transaction, type Updateable } from 'kysely';
import { z } from 'zod';
import type { FlowcardUnit } from '@hjemvej/contract';
import type { FlowcardStep } from '@hjemvej/domain';
import { flowcardStepSchema } from '@hjemvej/contract';
import { whereOrganisationInScope, type OrganisationScope } from '../../access/scope';
import type { Database } from '../../database/schema';
import { insertRow, updateRowById } from '../../database/row-writes';
import { createdByColumn, timeStampColumns, updatedByColumn } from '../../database/record-stamps';
import { selectOwnAndPartnerUnits } from '../organisation/linked-units-queries';

type Tx = Transaction<Database>;

function selectFlowcards(tx: Tx, scope: OrganisationScope) {
  return tx
    .selectFrom('flowcards as f')
    .innerJoin('flowcard_versions as v', (join) => join.onRef('v.flowcard_id', '=', 'f.id').onRef('v.version', '=', 'f.version'))
    .select([
      'f.id',
      'f.organisation_id as organisationId',
      'f.name',
      'f.description',
      'f.is_archived as isArchived',
      'f.version',
      'v.steps',
      createdByColumn('f'),
      updatedByColumn('f'),
      ...timeStampColumns('f'),
    ])
    .where((eb) => whereOrganisationInScope(eb, 'f.organisation_id', scope));
}

export type FlowcardRow = Awaited<ReturnType<ReturnType<typeof selectFlowcards>['executeTakeFirstOrThrow']>>;

const storedStepsSchema = z.array(flowcardStepSchema);

/** The stored steps are JSON written by this module after validation; read them defensively all the same. */
export function readSteps(value: unknown): FlowcardStep[] {
  const parsed = storedStepsSchema.safeParse(value);
  return parsed.success ? parsed.data : [];
}

export async function findFlowcardRows(tx: Tx, scope: OrganisationScope, includeArchived: boolean): Promise<FlowcardRow[]> {
  let query = selectFlowcards(tx, scope);
  if (!includeArchived) query = query.where('f.is_archived', '=', false);
  return query
    .orderBy('f.is_archived')
    .orderBy(sql`lower(f.name)`)
    .execute();
}

export async function findFlowcardRow(
  tx: Tx,
  scope: OrganisationScope,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<FlowcardRow | null> {
  if (options.forUpdate) {
    // Lock the card so two saves of the same version cannot both become version n + 1.
    await tx
      .selectFrom('flowcards as f')
      .select('f.id')
      .where('f.id', '=', id)
      .where((eb) => whereOrganisationInScope(eb, 'f.organisation_id', scope))
      .forUpdate()
      .execute();
  }
  return (await selectFlowcards(tx, scope).where('f.id', '=', id).executeTakeFirst()) ?? null;
}

export async function isFlowcardNameTaken(tx: Tx, organisationId: string, name: string, exceptId?: string): Promise<boolean> {
  let query = tx
    .selectFrom('flowcards')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where(sql<string>`lower(name)`, '=', name.toLowerCase());
  if (exceptId) query = query.where('id', '<>', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

export function insertFlowcard(tx: Tx, values: Insertable<Database['flowcards']>): Promise<string> {
  return insertRow(tx, 'flowcards', values);
}

/** A change to a flowcard row; the caller has read (and locked) the flowcard through the scope. */
export function updateFlowcardRow(tx: Tx, flowcardId: string, values: Updateable<Database['flowcards']>): Promise<void> {
  return updateRowById(tx, 'flowcards', flowcardId, values);
}

/**
 * A change to a flowcard row only if it is still at `expectedVersion`; false when someone saved
 * in between. The caller has read (and locked) the flowcard through the scope.
 */
export async function updateFlowcardAtVersion(
  tx: Tx,
  flowcardId: string,
  expectedVersion: number,
  values: Updateable<Database['flowcards']>,
): Promise<boolean> {
  const updated = await tx
    .updateTable('flowcards')
    .set(values)
    .where('id', '=', flowcardId)
    .where('version', '=', expectedVersion)
    .returning('version')
    .executeTakeFirst();
  return updated !== undefined;
}

export interface StoredFlowcardVersion {
  readonly version: number;
  readonly name: string;
  readonly description: string;
  readonly steps: FlowcardStep[];
  readonly changeNote: string | null;
  readonly savedByName: string | null;
  readonly savedAt: Date;
}

/** Versions of a flowcard already found in scope, oldest first (only `versions` when given). */
export async function findFlowcardVersions(
  tx: Tx,
  flowcardId: string,
  versions?: readonly number[],
): Promise<StoredFlowcardVersion[]> {
  let query = tx
    .selectFrom('flowcard_versions')
    .select([
      'version',
      'name',
      'description',
      'steps',
      'change_note as changeNote',
      'saved_by_name as savedByName',
      'saved_at as savedAt',
    ])
    .where('flowcard_id', '=', flowcardId);
  if (versions) query = query.where('version', 'in', versions.length > 0 ? [...versions] : [-1]);
  const rows = await query.orderBy('version').execute();
  return rows.map((row) => ({ ...row, steps: readSteps(row.steps) }));
}

export async function insertFlowcardVersion(
  tx: Tx,
  values: {
    flowcardId: string;
    version: number;
    name: string;
    description: string;
    steps: readonly FlowcardStep[];
    changeNote: string | null;
    savedBy: { userId: string; displayName: string };
  },
): Promise<void> {
  await tx
    .insertInto('flowcard_versions')
    .values({
      flowcard_id: values.flowcardId,
      version: values.version,
      name: values.name,
      description: values.description,
      steps: JSON.stringify(values.steps),
      change_note: values.changeNote,
      saved_by_user_id: values.savedBy.userId,
      saved_by_name: values.savedBy.displayName,
    })
    .execute();
}

/**
 * The units of `organisationId` and of its partners: the units a flowcard's step may be
 * given to (`activeOnly`), or that a saved step may name (also inactive ones, to show names).
 */
export async function findFlowcardUnits(
  tx: Tx,
  organisationId: string,
  options: { activeOnly: boolean; ids?: readonly string[] },
): Promise<FlowcardUnit[]> {
  let query = selectOwnAndPartnerUnits(tx, organisationId).select([
    'u.id',
    'u.name',
    'u.kind',
    'u.is_active as isActive',
    'o.id as organisationId',
    'o.name as organisationName',
    sql<boolean>`u.organisation_id = ${organisationId}`.as('isOwn'),
  ]);
  if (options.activeOnly) query = query.where('u.is_active', '=', true);
  if (options.ids)
    query = query.where('u.id', 'in', options.ids.length > 0 ? [...options.ids] : ['00000000-0000-0000-0000-000000000000']);
  return query
    .orderBy(sql`u.organisation_id <> ${organisationId}`)
    .orderBy('o.name')
    .orderBy('u.name')
    .execute();
}

/**
 * The current cards of the municipalities that have `partnerOrganisationId` as a partner: where a
 * partner's unit may be a lane. Bounded by those partnerships, not the country's cards; which
 * steps are the caller's is read from the steps by the service.
 */
export async function findPartnerFlowcardRows(tx: Tx, partnerOrganisationId: string) {
  return tx
    .selectFrom('flowcards as f')
    .innerJoin('flowcard_versions as v', (join) => join.onRef('v.flowcard_id', '=', 'f.id').onRef('v.version', '=', 'f.version'))
    .innerJoin('organisations as o', 'o.id', 'f.organisation_id')
    .select(['f.id', 'f.name', 'o.name as organisationName', 'v.steps'])
    .where('f.is_archived', '=', false)
    .where('f.organisation_id', 'in', (eb) =>
      eb.selectFrom('organisation_partners').select('organisation_id').where('partner_id', '=', partnerOrganisationId),
    )
    .orderBy('o.name')
    .orderBy(sql`lower(f.name)`)
    .execute();
}
