/**
 * SQL for eviction warnings and guarantee cases. Both belong to the municipality that
 * registered them: only its users reach them (a citizen's name only when the citizen is in
 * the reader's scope).
 */
import { sql, type Insertable, type Transaction, type Updateable } from 'kysely';
import type { Actor } from '../../access/actor';
import { whereCitizenInScope } from '../../access/citizen-scope';
import type { EvictionWarning, GuaranteeCase } from '@hjemvej/contract';
import type { Database } from '../../database/schema';
import { insertRow, updateRowById } from '../../database/row-writes';
import { citizenRecordReads } from '../../course/citizen-record-queries';

type Tx = Transaction<Database>;

function ownOrganisation(actor: Actor): string | null {
  return actor.organisationKind === 'municipality' ? actor.organisationId : null;
}

function selectWarnings(tx: Tx, actor: Actor) {
  return tx
    .selectFrom('eviction_warnings as w')
    .leftJoin('citizens as c', (join) =>
      join.onRef('c.id', '=', 'w.citizen_id').on((eb) => whereCitizenInScope(eb, 'c.id', actor, 'housing')),
    )
    .leftJoin('tasks as t', 't.id', 'w.task_id')
    .leftJoin('units as u', 'u.id', 't.unit_id')
    .select([
      'w.id',
      'w.citizen_id as citizenId',
      'c.id as visibleCitizenId',
      'c.first_name as firstName',
      'c.last_name as lastName',
      'c.alias',
      'w.tenant_name as tenantName',
      'w.tenant_address as tenantAddress',
      'w.landlord_name as landlordName',
      'w.received_on as receivedOn',
      'w.court_date as courtDate',
      'w.arrears',
      'w.task_id as taskId',
      'u.name as supportUnit',
      'w.note',
      'w.created_at as createdAt',
    ])
    .where('w.organisation_id', '=', ownOrganisation(actor) ?? sql<string>`NULL`);
}

export type WarningRow = Awaited<ReturnType<ReturnType<typeof selectWarnings>['executeTakeFirstOrThrow']>>;

export async function findWarningRows(tx: Tx, actor: Actor, warningId?: string): Promise<WarningRow[]> {
  let query = selectWarnings(tx, actor);
  if (warningId !== undefined) query = query.where('w.id', '=', warningId);
  return query.orderBy('w.received_on', 'desc').orderBy('w.created_at', 'desc').execute();
}

export const findWarningRowsOfPerson = citizenRecordReads(selectWarnings, 'w', ['w.received_on']).findRowsOfPerson;

export function insertWarningRow(tx: Tx, values: Insertable<Database['eviction_warnings']>): Promise<string> {
  return insertRow(tx, 'eviction_warnings', values);
}

export async function setWarningTask(tx: Tx, warningId: string, taskId: string): Promise<void> {
  await tx.updateTable('eviction_warnings').set({ task_id: taskId }).where('id', '=', warningId).execute();
}

/** Surviving citizen records in scope with this CPR (with or without the dash). */
export async function findCitizenIdsByCpr(tx: Tx, actor: Actor, cpr: string): Promise<string[]> {
  const digits = cpr.replace('-', '');
  const rows = await tx
    .selectFrom('citizens as c')
    .select(sql<string>`coalesce(c.merged_into_id, c.id)`.as('id'))
    .where('c.cpr', '=', digits)
    .where((eb) => whereCitizenInScope(eb, 'c.id', actor, 'housing'))
    .execute();
  return [...new Set(rows.map((r) => r.id))];
}

/** Surviving citizen records in scope whose full name is exactly `name` (case-insensitive). */
export async function findCitizenIdsByName(tx: Tx, actor: Actor, name: string): Promise<string[]> {
  const rows = await tx
    .selectFrom('citizens as c')
    .select('c.id')
    .where('c.merged_into_id', 'is', null)
    .where(sql<boolean>`lower(trim(coalesce(c.first_name, '') || ' ' || coalesce(c.last_name, ''))) = lower(trim(${name}))`)
    .where((eb) => whereCitizenInScope(eb, 'c.id', actor, 'housing'))
    .limit(2)
    .execute();
  return rows.map((r) => r.id);
}

/** The team unit of the person's current support course (the support team), if any. */
export async function unsafeFindSupportTeamUnit(tx: Tx, recordIds: readonly string[]): Promise<string | null> {
  if (recordIds.length === 0) return null;
  const row = await tx
    .selectFrom('support_courses')
    .select('team_unit_id')
    .where('citizen_id', 'in', [...recordIds])
    .where('ended_on', 'is', null)
    .orderBy('started_on', 'desc')
    .executeTakeFirst();
  return row?.team_unit_id ?? null;
}

// ── Guarantee cases ────────────────────────────────────────────────────────────────────────

function selectGuaranteeCases(tx: Tx, actor: Actor) {
  return tx
    .selectFrom('guarantee_cases as g')
    .innerJoin('dwellings as d', 'd.id', 'g.dwelling_id')
    .leftJoin('citizens as c', (join) =>
      join.onRef('c.id', '=', 'g.citizen_id').on((eb) => whereCitizenInScope(eb, 'c.id', actor, 'housing')),
    )
    .select([
      'g.id',
      'g.organisation_id as organisationId',
      'g.dwelling_id as dwellingId',
      'd.address',
      'c.id as citizenId',
      'c.first_name as firstName',
      'c.last_name as lastName',
      'c.alias',
      'g.moved_out_on as movedOutOn',
      'g.repair_claim as repairClaim',
      'g.municipal_payment as municipalPayment',
      'g.paid_on as paidOn',
      'g.recovery_claimed as recoveryClaimed',
      'g.recovered',
      'g.note',
      'g.version',
    ])
    .where('g.organisation_id', '=', ownOrganisation(actor) ?? sql<string>`NULL`);
}

export type GuaranteeRow = Awaited<ReturnType<ReturnType<typeof selectGuaranteeCases>['executeTakeFirstOrThrow']>>;

export async function findGuaranteeRows(tx: Tx, actor: Actor, caseId?: string, forUpdate = false): Promise<GuaranteeRow[]> {
  let query = selectGuaranteeCases(tx, actor);
  if (caseId !== undefined) query = query.where('g.id', '=', caseId);
  if (forUpdate) query = query.forUpdate('g');
  return query.orderBy('g.moved_out_on', 'desc').execute();
}

export function insertGuaranteeRow(tx: Tx, values: Insertable<Database['guarantee_cases']>): Promise<string> {
  return insertRow(tx, 'guarantee_cases', values);
}

export function updateGuaranteeRow(tx: Tx, caseId: string, values: Updateable<Database['guarantee_cases']>): Promise<void> {
  return updateRowById(tx, 'guarantee_cases', caseId, values);
}

/** Counts for the overview: eviction warnings received and guarantee payments made in `[from, to]`. */
export async function countRiskFigures(tx: Tx, organisationId: string, from: string, to: string) {
  const warnings = await tx
    .selectFrom('eviction_warnings')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('organisation_id', '=', organisationId)
    .where('received_on', '>=', from)
    .where('received_on', '<=', to)
    .executeTakeFirstOrThrow();
  const paid = await tx
    .selectFrom('guarantee_cases')
    .select(sql<number>`coalesce(sum(municipal_payment), 0)`.as('total'))
    .where('organisation_id', '=', organisationId)
    .where('paid_on', '>=', from)
    .where('paid_on', '<=', to)
    .executeTakeFirstOrThrow();
  return { evictionWarnings: Number(warnings.n), guaranteePaid: Number(paid.total) };
}

// ── Presenters (row → API shape) ─────────────────────────────────────────────────────────────

function nameOf(row: { firstName: string | null; lastName: string | null; alias: string | null }): string {
  const name = [row.firstName, row.lastName].filter((p) => p !== null && p !== '').join(' ');
  return name !== '' ? name : (row.alias ?? '–');
}

export function presentWarning(row: WarningRow): EvictionWarning {
  return {
    id: row.id,
    citizen: row.visibleCitizenId !== null ? { id: row.visibleCitizenId, name: nameOf(row) } : null,
    tenantName: row.tenantName,
    tenantAddress: row.tenantAddress,
    landlordName: row.landlordName,
    receivedOn: row.receivedOn,
    courtDate: row.courtDate,
    arrears: row.arrears,
    taskId: row.taskId,
    supportUnit: row.supportUnit,
    note: row.note,
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentGuarantee(row: GuaranteeRow): GuaranteeCase {
  return {
    id: row.id,
    dwelling: { id: row.dwellingId, address: row.address },
    citizen: row.citizenId !== null ? { id: row.citizenId, name: nameOf(row) } : null,
    movedOutOn: row.movedOutOn,
    repairClaim: row.repairClaim,
    municipalPayment: row.municipalPayment,
    paidOn: row.paidOn,
    recoveryClaimed: row.recoveryClaimed,
    recovered: row.recovered,
    note: row.note,
    version: row.version,
  };
}
