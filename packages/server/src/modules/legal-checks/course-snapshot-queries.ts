/**
 * The reads of the course snapshot that are its own. Stays are read here rather than through
 * shelter-stays' queries because shelter-stays asks the legal checks before a discharge (§ 110
 * stk. 5): reading them through that module would make the two modules import each other.
 * The scope is the same shared builder (`whereStayVisible`): a shelter sees its own stays.
 */
import type { Transaction } from 'kysely';
import type { Actor } from '../../access/actor';
import { whereStayVisible } from '../../access/citizen-scope';
import type { Database } from '../../database/schema';

type Tx = Transaction<Database>;

/** The visible stays of the records `recordIds`, with what the rules read, newest first. */
export async function findSnapshotStays(tx: Tx, actor: Actor, recordIds: readonly string[]) {
  if (recordIds.length === 0) return [];
  return tx
    .selectFrom('shelter_stays as s')
    .select([
      's.id',
      's.citizen_id as citizenId',
      's.admitted_on as admittedOn',
      's.discharged_on as dischargedOn',
      's.handlekommune_notified_on as handlekommuneNotifiedOn',
    ])
    .where((eb) => whereStayVisible(eb, { citizenId: 's.citizen_id', shelterId: 's.shelter_id' }, actor))
    .where('s.citizen_id', 'in', [...recordIds])
    .orderBy('s.admitted_on', 'desc')
    .execute();
}
