/** SQL for the citizen's housing situation over time. Every read is scoped through the citizen. */
import type { Insertable, Transaction, Updateable } from 'kysely';
import type { HousingPeriod } from '@hjemvej/contract';
import { isHomeless } from '@hjemvej/domain';
import type { Actor } from '../../access/actor';
import { whereCitizenInScope } from '../../access/citizen-scope';
import type { Database, HousingPeriodsTable } from '../../database/schema';
import { insertRow, updateRowById } from '../../database/row-writes';
import { executeRemembered } from '../../database/remembered-reads';
import { createdByColumn } from '../../database/record-stamps';

type Tx = Transaction<Database>;

function selectHousingPeriods(tx: Tx, actor: Actor) {
  return tx
    .selectFrom('housing_periods as hp')
    .select([
      'hp.id',
      'hp.citizen_id as citizenId',
      'hp.category',
      'hp.from_date as fromDate',
      'hp.to_date as toDate',
      'hp.note',
      createdByColumn('hp'),
      'hp.created_at as createdAt',
    ])
    .where((eb) => whereCitizenInScope(eb, 'hp.citizen_id', actor, 'housing'));
}

type HousingPeriodRecord = Awaited<ReturnType<ReturnType<typeof selectHousingPeriods>['executeTakeFirstOrThrow']>>;

export function presentHousingPeriod(row: HousingPeriodRecord): HousingPeriod {
  return {
    id: row.id,
    citizenId: row.citizenId,
    category: row.category,
    isHomeless: isHomeless(row.category),
    fromDate: row.fromDate,
    toDate: row.toDate,
    note: row.note,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The person's periods (all their linked records), oldest first. */
export async function findHousingPeriodsOfPerson(tx: Tx, actor: Actor, recordIds: readonly string[]): Promise<HousingPeriod[]> {
  if (recordIds.length === 0) return [];
  const rows = await executeRemembered(
    tx,
    selectHousingPeriods(tx, actor)
      .where('hp.citizen_id', 'in', [...recordIds])
      .orderBy('hp.from_date')
      .orderBy('hp.created_at'),
  );
  return rows.map(presentHousingPeriod);
}

export async function findHousingPeriodById(tx: Tx, actor: Actor, periodId: string): Promise<HousingPeriod | null> {
  const row = await selectHousingPeriods(tx, actor).where('hp.id', '=', periodId).executeTakeFirst();
  return row ? presentHousingPeriod(row) : null;
}

export async function insertHousingPeriod(tx: Tx, values: Insertable<HousingPeriodsTable>): Promise<{ id: string }> {
  return { id: await insertRow(tx, 'housing_periods', values) };
}

export function updateHousingPeriodRow(tx: Tx, periodId: string, values: Updateable<HousingPeriodsTable>): Promise<void> {
  return updateRowById(tx, 'housing_periods', periodId, values);
}
