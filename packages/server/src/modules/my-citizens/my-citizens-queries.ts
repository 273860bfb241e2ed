/**
 * SQL for "my citizens": the persons of the caller's municipality whose responsible caseworker
 * (sagsansvarlig, migration 0033) is the caller, in the caller's citizen scope, with the
 * maintained `course_status` row's housing situation and next step. Read by the index
 * `citizens_handlekommune_responsible`, so the work is the caller's own citizens, not the country's.
 */
import { sql, type Transaction } from 'kysely';
import type { NextStep } from '@hjemvej/contract';
import type { HousingCategory, IsoDate } from '@hjemvej/domain';
import type { Actor } from '../../access/actor';
import { whereCitizenInScope } from '../../access/citizen-scope';
import type { Database } from '../../database/schema';

type Tx = Transaction<Database>;

export interface MyCitizenRow {
  readonly id: string;
  readonly firstName: string | null;
  readonly lastName: string | null;
  readonly alias: string | null;
  readonly category: HousingCategory | null;
  readonly homelessSince: IsoDate | null;
  readonly nextStep: NextStep | null;
}

/** More than this many is not a caseload a start page lists; the total still counts them all. */
export const myCitizensReadLimit = 500;

export async function findMyCitizens(
  tx: Tx,
  actor: Actor,
  organisationId: string,
  today: IsoDate,
): Promise<{ rows: MyCitizenRow[]; total: number }> {
  const base = tx
    .selectFrom('citizens as c')
    .where('c.handlekommune_id', '=', organisationId)
    .where('c.responsible_user_id', '=', actor.userId)
    .where('c.merged_into_id', 'is', null)
    .where((eb) => whereCitizenInScope(eb, 'c.id', actor, 'housing'));
  const counted = await base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirst();
  const rows = await base
    .leftJoin('course_status as cs', 'cs.person_id', 'c.id')
    .select([
      'c.id',
      'c.first_name as firstName',
      'c.last_name as lastName',
      'c.alias',
      // Today's housing period of any of the person's records (the status row holds the homeless spell's category).
      sql<HousingCategory | null>`(
        SELECT hp.category FROM housing_periods hp JOIN citizens r ON r.id = hp.citizen_id
        WHERE coalesce(r.merged_into_id, r.id) = c.id
          AND hp.from_date <= ${today}::date AND (hp.to_date IS NULL OR hp.to_date > ${today}::date)
        ORDER BY hp.from_date DESC LIMIT 1)`.as('category'),
      'cs.spell_since as homelessSince',
      'cs.next_step as nextStep',
    ])
    .orderBy('c.last_name')
    .orderBy('c.first_name')
    .orderBy('c.id')
    .limit(myCitizensReadLimit)
    .execute();
  return {
    rows: rows.map((row) => ({
      ...row,
      nextStep: row.nextStep as NextStep | null,
    })),
    total: Number(counted?.total ?? 0),
  };
}

/**
 * The homes the listed persons moved into (not withdrawn) and the outcome follow-ups recorded
 * for them, by the persons' record ids. `unsafe…`: the ids come from `findMyCitizens` and
 * `findRecordsOfPersons`, which found the persons in the caller's scope first.
 */
export async function unsafeFindFollowUpFacts(tx: Tx, recordIds: readonly string[]) {
  if (recordIds.length === 0) return { homes: [], recorded: [] };
  const homes = await tx
    .selectFrom('housing_allocations as a')
    .select(['a.id as allocationId', 'a.citizen_id as citizenId', 'a.move_in_on as moveInOn'])
    .where('a.citizen_id', 'in', [...recordIds])
    .where('a.move_in_on', 'is not', null)
    .where('a.withdrawn_on', 'is', null)
    .execute();
  const recorded =
    homes.length === 0
      ? []
      : await tx
          .selectFrom('outcome_follow_ups as f')
          .select(['f.housing_allocation_id as allocationId', 'f.milestone', 'f.keeps_home as keepsHome'])
          .where(
            'f.housing_allocation_id',
            'in',
            homes.map((h) => h.allocationId),
          )
          .execute();
  return {
    homes: homes.flatMap((h) =>
      h.moveInOn === null ? [] : [{ allocationId: h.allocationId, citizenId: h.citizenId, moveInOn: h.moveInOn }],
    ),
    recorded,
  };
}
