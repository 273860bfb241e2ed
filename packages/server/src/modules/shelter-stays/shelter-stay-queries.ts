/**
 * SQL for § 110 shelter stays. Every read is scoped with `whereStayVisible`: the citizen must
 * be in the actor's scope, and a shelter sees only its own stays.
 */
import type { StayDates } from '../../course/person-queries';
import type { Insertable, Transaction } from 'kysely';
import { stayIntakeSchema, type ShelterStay, type StayIntake, type StayIntakeInput } from '@hjemvej/contract';
import { evaluateNotification, nightsOfStay, reimbursementAccount, type IsoDate } from '@hjemvej/domain';
import type { Actor } from '../../access/actor';
import { whereStayVisible } from '../../access/citizen-scope';
import { abilitiesFor } from '../../access/policy';
import type { Database } from '../../database/schema';
import { insertRow } from '../../database/row-writes';
import { stayPolicy } from './stay-policy';
import { readStoredJson } from '../../database/stored-json';
import { citizenRecordReads } from '../../course/citizen-record-queries';

type Tx = Transaction<Database>;

function selectStays(tx: Tx, actor: Actor) {
  return tx
    .selectFrom('shelter_stays as s')
    .innerJoin('organisations as sh', 'sh.id', 's.shelter_id')
    .select([
      's.id',
      's.citizen_id as citizenId',
      's.shelter_id as shelterId',
      'sh.name as shelterName',
      's.admitted_on as admittedOn',
      's.referral',
      's.referred_by as referredBy',
      's.intake',
      's.handlekommune_notified_on as handlekommuneNotifiedOn',
      's.discharged_on as dischargedOn',
      's.discharge_reason as dischargeReason',
      's.discharge_destination as dischargeDestination',
      's.version',
      's.created_at as createdAt',
      's.updated_at as updatedAt',
    ])
    .where((eb) => whereStayVisible(eb, { citizenId: 's.citizen_id', shelterId: 's.shelter_id' }, actor));
}

export type { StayDates };

export type StayRow = Awaited<ReturnType<ReturnType<typeof selectStays>['executeTakeFirstOrThrow']>>;

const noProblems = { social: false, psychiatric: false, substanceUse: false, debt: false, income: false };
export const emptyIntake: StayIntake = {
  cameFrom: null,
  homeMunicipality: null,
  livedWhere: null,
  whyHomeless: null,
  problems: noProblems,
  notes: null,
};

/** The stored intake is JSON written by this module; read it defensively all the same. */
function readIntake(value: unknown): StayIntake {
  return readStoredJson(stayIntakeSchema, value, emptyIntake);
}

/** The intake as stored: every field present, unanswered ones null/false. */
export function completeIntake(input: StayIntakeInput | undefined, base: StayIntake = emptyIntake): StayIntake {
  if (!input) return base;
  return {
    cameFrom: input.cameFrom !== undefined ? input.cameFrom : base.cameFrom,
    homeMunicipality: input.homeMunicipality !== undefined ? input.homeMunicipality : base.homeMunicipality,
    livedWhere: input.livedWhere !== undefined ? input.livedWhere : base.livedWhere,
    whyHomeless: input.whyHomeless !== undefined ? input.whyHomeless : base.whyHomeless,
    problems: { ...base.problems, ...input.problems },
    notes: input.notes !== undefined ? input.notes : base.notes,
  };
}

/**
 * A stay with what the law asks about it: the § 110 stk. 6 notification deadline and whether
 * it was met, nights so far, and reimbursement days in the running year (all of the person's
 * stays, at any shelter, count towards it).
 */
export function presentStay(row: StayRow, personStays: readonly StayDates[], today: IsoDate, actor: Actor): ShelterStay {
  const stay = {
    id: row.id,
    admittedOn: row.admittedOn,
    dischargedOn: row.dischargedOn,
    handlekommuneNotifiedOn: row.handlekommuneNotifiedOn,
  };
  const notification = evaluateNotification(stay, today);
  const state = notification.details.state;
  const account = reimbursementAccount(personStays, today);
  return {
    id: row.id,
    citizenId: row.citizenId,
    shelter: { id: row.shelterId, name: row.shelterName },
    admittedOn: row.admittedOn,
    referral: row.referral,
    referredBy: row.referredBy,
    intake: readIntake(row.intake),
    handlekommuneNotifiedOn: row.handlekommuneNotifiedOn,
    dischargedOn: row.dischargedOn,
    dischargeReason: row.dischargeReason,
    dischargeDestination: row.dischargeDestination,
    notification: {
      deadline: notification.details.deadline,
      state,
      isOnTime: state === 'on_time' ? true : state === 'late' || state === 'missing' ? false : null,
      workingDaysLate: notification.details.workingDaysLate,
      workingDaysLeft: notification.details.workingDaysLeft,
      messageDa: notification.messageDa,
    },
    nights: nightsOfStay(stay, today),
    reimbursement: {
      periodStart: account.current?.start ?? null,
      periodEndExclusive: account.current?.endExclusive ?? null,
      limit: account.limit,
      reimbursedNights: account.current?.reimbursedNights ?? 0,
      unreimbursedNights: account.current?.unreimbursedNights ?? 0,
      remaining: account.remaining,
    },
    abilities: abilitiesFor({ actor }, stayPolicy, row),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * The actor's own shelter's residents now (open stays there), with whether a § 142 plan is in
 * force: what the shelter's start page counts. Nobody else's stays (a municipality gets none).
 */
export async function findResidentStayRows(tx: Tx, actor: Actor) {
  return tx
    .selectFrom('shelter_stays as s')
    .select((eb) => [
      's.id',
      's.admitted_on as admittedOn',
      's.discharged_on as dischargedOn',
      's.handlekommune_notified_on as handlekommuneNotifiedOn',
      eb
        .exists(
          eb
            .selectFrom('plans as p')
            .select('p.id')
            .whereRef('p.citizen_id', '=', 's.citizen_id')
            .where('p.kind', '=', '142')
            .where('p.ended_on', 'is', null),
        )
        .as('hasPlan142'),
      // The discharge coming: the earliest planned move-in of a home allocated and not yet moved into.
      eb
        .selectFrom('housing_allocations as a')
        .select((inner) => inner.fn.min('a.planned_move_in_on').as('d'))
        .whereRef('a.citizen_id', '=', 's.citizen_id')
        .where('a.withdrawn_on', 'is', null)
        .where('a.move_in_on', 'is', null)
        .as('plannedMoveInOn'),
    ])
    .where('s.shelter_id', '=', actor.organisationId)
    .where('s.discharged_on', 'is', null)
    .where((eb) => whereStayVisible(eb, { citizenId: 's.citizen_id', shelterId: 's.shelter_id' }, actor))
    .execute();
}

const stayReads = citizenRecordReads(selectStays, 's', ['s.admitted_on']);
export const findStayRowById = stayReads.findById;
/** The visible stays of the person made of `recordIds` (a citizen and the records linked into it), newest first. */
export const findStayRowsOfPerson = stayReads.findRowsOfPerson;

export function insertStay(tx: Tx, values: Insertable<Database['shelter_stays']>): Promise<string> {
  return insertRow(tx, 'shelter_stays', values);
}
