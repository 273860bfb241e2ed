/** SQL for outcome follow-ups after a move-in. Every read is scoped through the citizen. */
import type { Insertable, Transaction } from 'kysely';
import type { FollowUp } from '@hjemvej/contract';
import type { Actor } from '../../access/actor';
import { whereCitizenInScope } from '../../access/citizen-scope';
import type { Database } from '../../database/schema';
import { insertRow } from '../../database/row-writes';
import { createdByColumn, presentRecordStamps, recordStampColumns } from '../../database/record-stamps';

type Tx = Transaction<Database>;

function selectFollowUps(tx: Tx, actor: Actor) {
  return tx
    .selectFrom('outcome_follow_ups as fu')
    .select([
      'fu.id',
      'fu.citizen_id as citizenId',
      'fu.housing_allocation_id as housingAllocationId',
      'fu.milestone',
      'fu.checked_on as checkedOn',
      'fu.keeps_home as keepsHome',
      'fu.lost_home_on as lostHomeOn',
      'fu.returned_from_housing as returnedFromHousing',
      'fu.returned_housing_period_id as returnedHousingPeriodId',
      'fu.note',
      createdByColumn('fu'),
      ...recordStampColumns('fu'),
    ])
    .where((eb) => whereCitizenInScope(eb, 'fu.citizen_id', actor, 'support'));
}

type FollowUpRow = Awaited<ReturnType<ReturnType<typeof selectFollowUps>['executeTakeFirstOrThrow']>>;

function presentFollowUp(row: FollowUpRow): FollowUp {
  return { ...row, ...presentRecordStamps(row) };
}

export async function findFollowUpById(tx: Tx, actor: Actor, followUpId: string): Promise<FollowUp | null> {
  const row = await selectFollowUps(tx, actor).where('fu.id', '=', followUpId).executeTakeFirst();
  return row ? presentFollowUp(row) : null;
}

export async function findFollowUpsOfAllocations(tx: Tx, actor: Actor, allocationIds: readonly string[]): Promise<FollowUp[]> {
  if (allocationIds.length === 0) return [];
  const rows = await selectFollowUps(tx, actor)
    .where('fu.housing_allocation_id', 'in', [...allocationIds])
    .orderBy('fu.milestone')
    .execute();
  return rows.map(presentFollowUp);
}

export function insertFollowUp(tx: Tx, values: Insertable<Database['outcome_follow_ups']>): Promise<string> {
  return insertRow(tx, 'outcome_follow_ups', values);
}
