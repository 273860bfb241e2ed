/** SQL for outcome follow-ups after a move-in. Every read is scoped through the citizen. */
import type { Transaction } from 'kysely';
import type { FollowUp } from '@hjemvej/contract';
import type { Actor } from '../../access/actor';
import { whereCitizenInScope } from '../../access/citizen-scope';
import type { Database } from '../../database/schema';

type Tx = Transaction<Database>;

function selectFollowUps(tx: Tx, actor: Actor) {
  return tx
    .selectFrom('outcome_follow_ups as fu')
    .leftJoin('users as u', 'u.id', 'fu.created_by_user_id')
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
      'u.display_name as createdBy',
      'fu.version',
      'fu.created_at as createdAt',
      'fu.updated_at as updatedAt',
    ])
    .where((eb) => whereCitizenInScope(eb, 'fu.citizen_id', actor));
}

type FollowUpRow = Awaited<ReturnType<ReturnType<typeof selectFollowUps>['executeTakeFirstOrThrow']>>;

function presentFollowUp(row: FollowUpRow): FollowUp {
  return { ...row, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() };
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
