/**
 * SQL for the support teams' fidelity measurements. Every read is bounded by the municipality
 * and, for a team member, by the teams (units) the caller belongs to: `TeamReach` is the scope.
 */
import { sql, type Transaction } from 'kysely';
import type { FidelityAnswerEntry, FidelityMeasurementInput, IsoDate, SupportMethod } from '@hjemvej/domain';
import type { Database } from '../../database/schema';
import { tryAdvisoryXactLock } from '../../database/locked-jobs';
import { createdByColumn } from '../../database/record-stamps';

type Tx = Transaction<Database>;

/** The support teams a caller reaches: the municipality's every team, or only the listed units. */
export interface TeamReach {
  readonly organisationId: string;
  /** null: every team of the municipality (leaders, administrators). */
  readonly unitIds: readonly string[] | null;
}

const supportKinds = ['cti', 'icm', 'act', 'm_act'] as const;

export interface SupportTeamRow {
  readonly id: string;
  readonly name: string;
  readonly method: SupportMethod;
}

/** The active support teams (CTI, ICM, ACT, M-ACT units) in reach, by name. */
export async function findSupportTeams(tx: Tx, reach: TeamReach): Promise<SupportTeamRow[]> {
  if (reach.unitIds !== null && reach.unitIds.length === 0) return [];
  let query = tx
    .selectFrom('units')
    .select(['id', 'name', 'kind'])
    .where('organisation_id', '=', reach.organisationId)
    .where('kind', 'in', supportKinds)
    .where('is_active', '=', true);
  if (reach.unitIds !== null) query = query.where('id', 'in', reach.unitIds);
  const rows = await query.orderBy('name').orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, name: r.name, method: r.kind as SupportMethod }));
}

export interface MeasurementRow extends FidelityMeasurementInput {
  readonly createdBy: string | null;
  readonly createdAt: Date;
}

/** A measurement's own columns (`FidelityMeasurementInput`), from `fidelity_measurements as f` joined to `units as u`. */
const measurementColumns = [
  'f.id',
  'f.unit_id as unitId',
  'u.name as unitName',
  'f.method',
  'f.measured_on as measuredOn',
  'f.rater_type as raterType',
  'f.collection_method as collectionMethod',
  'f.method_version as methodVersion',
  'f.common_version as commonVersion',
  'f.answers',
] as const;

function selectMeasurements(tx: Tx, reach: TeamReach) {
  let query = tx
    .selectFrom('fidelity_measurements as f')
    .innerJoin('units as u', 'u.id', 'f.unit_id')
    .select([...measurementColumns, createdByColumn('f'), 'f.created_at as createdAt'])
    .where('f.organisation_id', '=', reach.organisationId);
  if (reach.unitIds !== null) query = query.where('f.unit_id', 'in', reach.unitIds);
  return query;
}

function toMeasurement(r: Awaited<ReturnType<ReturnType<typeof selectMeasurements>['execute']>>[number]): MeasurementRow {
  return {
    ...r,
    answers: r.answers as FidelityAnswerEntry[],
  };
}

/**
 * The measurements of the teams in reach, oldest first (by date, then by when they were
 * recorded: the order `computeK14` reads the later of two same-day measurements from).
 */
export async function findMeasurements(tx: Tx, reach: TeamReach): Promise<MeasurementRow[]> {
  if (reach.unitIds !== null && reach.unitIds.length === 0) return [];
  const rows = await selectMeasurements(tx, reach).orderBy('f.measured_on').orderBy('f.created_at').orderBy('f.id').execute();
  return rows.map(toMeasurement);
}

export async function findMeasurement(tx: Tx, reach: TeamReach, id: string): Promise<MeasurementRow | null> {
  if (reach.unitIds !== null && reach.unitIds.length === 0) return null;
  const row = await selectMeasurements(tx, reach).where('f.id', '=', id).executeTakeFirst();
  return row ? toMeasurement(row) : null;
}

export async function insertMeasurement(
  tx: Tx,
  values: {
    organisationId: string;
    unitId: string;
    method: SupportMethod;
    measuredOn: string;
    raterType: FidelityMeasurementInput['raterType'];
    collectionMethod: FidelityMeasurementInput['collectionMethod'];
    methodVersion: number;
    commonVersion: number;
    answers: readonly FidelityAnswerEntry[];
    createdByUserId: string | null;
  },
): Promise<string> {
  const { id } = await tx
    .insertInto('fidelity_measurements')
    .values({
      organisation_id: values.organisationId,
      unit_id: values.unitId,
      method: values.method,
      measured_on: values.measuredOn,
      rater_type: values.raterType,
      collection_method: values.collectionMethod,
      method_version: values.methodVersion,
      common_version: values.commonVersion,
      answers: JSON.stringify(values.answers),
      created_by_user_id: values.createdByUserId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** An arbitrary, fixed key for the advisory lock the due-task job and a recording share ("fidelity due tasks"). */
const dueTaskLockKey = 7_301_037;

/**
 * The job's round: taken only if free (another instance, or a recording, has it: skip the round).
 * A recording waits for it instead (`lockFidelityDueTasks`), so the job never makes a task for a
 * measurement that a recording in flight is about to supersede.
 */
export async function tryLockFidelityDueTasks(tx: Tx): Promise<boolean> {
  return tryAdvisoryXactLock(tx, dueTaskLockKey);
}

export async function lockFidelityDueTasks(tx: Tx): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(${dueTaskLockKey})`.execute(tx);
}

export interface LatestMeasurementRow {
  readonly id: string;
  readonly organisationId: string;
  readonly unitId: string;
  readonly unitName: string;
  readonly method: SupportMethod;
  readonly measuredOn: IsoDate;
  readonly dueTaskId: string | null;
}

/**
 * Every active support team's latest measurement per method, in every municipality: system work
 * for the due-task job (no caller, so no reach; it reads no answers and no person). Latest in the
 * order `findMeasurements` gives (date, then when recorded).
 */
export async function systemFindLatestMeasurements(tx: Tx): Promise<LatestMeasurementRow[]> {
  return tx
    .selectFrom('fidelity_measurements as f')
    .innerJoin('units as u', 'u.id', 'f.unit_id')
    .where('u.is_active', '=', true)
    .distinctOn(['f.unit_id', 'f.method'])
    .select([
      'f.id',
      'f.organisation_id as organisationId',
      'f.unit_id as unitId',
      'u.name as unitName',
      'f.method',
      'f.measured_on as measuredOn',
      'f.due_task_id as dueTaskId',
    ])
    .orderBy('f.unit_id')
    .orderBy('f.method')
    .orderBy('f.measured_on', 'desc')
    .orderBy('f.created_at', 'desc')
    .orderBy('f.id', 'desc')
    .execute();
}

export async function setMeasurementDueTask(tx: Tx, measurementId: string, taskId: string): Promise<void> {
  await tx.updateTable('fidelity_measurements').set({ due_task_id: taskId }).where('id', '=', measurementId).execute();
}

type TeamMethod = { readonly organisationId: string; readonly unitId: string; readonly method: SupportMethod };

/**
 * The open due tasks of a team and method whose measurement is no longer the latest (in the
 * order `findMeasurements` gives): the measurement they asked for has been recorded.
 */
export async function findSupersededDueTasks(tx: Tx, team: TeamMethod): Promise<string[]> {
  const ofTeam = tx
    .selectFrom('fidelity_measurements as f')
    .where('f.organisation_id', '=', team.organisationId)
    .where('f.unit_id', '=', team.unitId)
    .where('f.method', '=', team.method);
  const latest = await ofTeam
    .select('f.id')
    .orderBy('f.measured_on', 'desc')
    .orderBy('f.created_at', 'desc')
    .orderBy('f.id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!latest) return [];
  const rows = await ofTeam
    .innerJoin('tasks as t', 't.id', 'f.due_task_id')
    .select('t.id')
    .where('f.id', '<>', latest.id)
    .where('t.status', 'not in', ['done', 'cancelled'])
    .execute();
  return rows.map((r) => r.id);
}

/**
 * Every municipality's measurements, oldest first as `findMeasurements` gives them, with their
 * municipality: system work for the national view's K14 (no caller's reach; team scores, no person).
 */
export async function systemFindEveryMunicipalityMeasurements(
  tx: Tx,
): Promise<(FidelityMeasurementInput & { readonly organisationId: string })[]> {
  const rows = await tx
    .selectFrom('fidelity_measurements as f')
    .innerJoin('units as u', 'u.id', 'f.unit_id')
    .innerJoin('organisations as o', 'o.id', 'f.organisation_id')
    .where('o.kind', '=', 'municipality')
    .select([...measurementColumns, 'f.organisation_id as organisationId'])
    .orderBy('f.measured_on')
    .orderBy('f.created_at')
    .orderBy('f.id')
    .execute();
  return rows.map((r) => ({ ...r, answers: r.answers as FidelityAnswerEntry[] }));
}
