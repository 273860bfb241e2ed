/**
 * SQL for offers, the citizen's housing profile and the matching candidates.
 *
 * An offer is visible when its dwelling is (the municipality, the housing association that lets
 * it); a municipality user must also have the citizen in scope. The housing association never
 * reads the citizen through this query: the service shows it only what the citizen consented to.
 */
import { sql, type Insertable, type Transaction, type Updateable } from 'kysely';
import { homelessCategories } from '@hjemvej/domain';
import type { Actor } from '../../access/actor';
import { whereCitizenInScope } from '../../access/citizen-scope';
import type { Database } from '../../database/schema';
import { insertRow, updateRowById } from '../../database/row-writes';
import { whereDwellingVisible } from './housing-supply-queries';
import { findFirstRow } from '../../database/first-row';
import { citizenRecordReads } from '../../course/citizen-record-queries';

type Tx = Transaction<Database>;

function selectOffers(tx: Tx, actor: Actor) {
  let query = tx
    .selectFrom('housing_offers as o')
    .innerJoin('dwelling_vacancies as v', 'v.id', 'o.vacancy_id')
    .innerJoin('dwellings as d', 'd.id', 'v.dwelling_id')
    .innerJoin('citizens as c', 'c.id', 'o.citizen_id')
    .select([
      'o.id',
      'o.organisation_id as organisationId',
      'o.vacancy_id as vacancyId',
      'o.citizen_id as citizenId',
      'c.handlekommune_id as handlekommuneId',
      'c.first_name as firstName',
      'c.last_name as lastName',
      'c.alias',
      'd.id as dwellingId',
      'd.address',
      'd.housing_organisation_id as housingOrganisationId',
      'd.landlord_name as landlordName',
      'd.monthly_rent as monthlyRent',
      'd.rooms',
      'v.available_from as availableFrom',
      'v.version as vacancyVersion',
      'o.offered_on as offeredOn',
      'o.answer_deadline as answerDeadline',
      'o.viewing_on as viewingOn',
      'o.answer',
      'o.answered_on as answeredOn',
      'o.decline_reason as declineReason',
      'o.refusal_consequence as refusalConsequence',
      'o.decision_reasons as decisionReasons',
      'o.appeal_guidance as appealGuidance',
      'o.housing_allocation_id as housingAllocationId',
      'o.quota_warning_acknowledged as quotaWarningAcknowledged',
      'o.version',
    ])
    .where((eb) => whereDwellingVisible(eb, actor));
  if (actor.organisationKind !== 'partner')
    query = query.where((eb) => whereCitizenInScope(eb, 'o.citizen_id', actor, 'housing'));
  return query;
}

export type OfferRow = Awaited<ReturnType<ReturnType<typeof selectOffers>['executeTakeFirstOrThrow']>>;

export function findOfferRow(tx: Tx, actor: Actor, offerId: string, forUpdate = false): Promise<OfferRow | null> {
  return findFirstRow(selectOffers(tx, actor).where('o.id', '=', offerId), forUpdate && 'o');
}

export async function findOfferRowsOfVacancy(tx: Tx, actor: Actor, vacancyId: string): Promise<OfferRow[]> {
  return selectOffers(tx, actor).where('o.vacancy_id', '=', vacancyId).orderBy('o.offered_on').orderBy('o.created_at').execute();
}

export const findOfferRowsOfPerson = citizenRecordReads(selectOffers, 'o', ['o.offered_on']).findRowsOfPerson;

/** The organisation's offers made in `[from, to]`, with the move-in of the allocation and the ready date. */
export async function findOfferFiguresRows(tx: Tx, organisationId: string, from: string, to: string) {
  return tx
    .selectFrom('housing_offers as o')
    .leftJoin('housing_allocations as ha', 'ha.id', 'o.housing_allocation_id')
    .leftJoin('housing_profiles as hp', 'hp.citizen_id', 'o.citizen_id')
    .select(['o.offered_on as offeredOn', 'o.answer', 'ha.move_in_on as moveInOn', 'hp.ready_to_move_on as readyToMoveOn'])
    .where('o.organisation_id', '=', organisationId)
    .where('o.offered_on', '>=', from)
    .where('o.offered_on', '<=', to)
    .execute();
}

/** An unanswered offer the person has on another dwelling, if any. */
export async function findPendingOfferOfPerson(tx: Tx, recordIds: readonly string[]) {
  if (recordIds.length === 0) return null;
  return (
    (await tx
      .selectFrom('housing_offers as o')
      .innerJoin('dwelling_vacancies as v', 'v.id', 'o.vacancy_id')
      .innerJoin('dwellings as d', 'd.id', 'v.dwelling_id')
      .select(['o.id', 'd.address'])
      .where('o.citizen_id', 'in', [...recordIds])
      .where('o.answer', '=', 'pending')
      .executeTakeFirst()) ?? null
  );
}

export function insertOfferRow(tx: Tx, values: Insertable<Database['housing_offers']>): Promise<string> {
  return insertRow(tx, 'housing_offers', values);
}

export function updateOfferRow(tx: Tx, offerId: string, values: Updateable<Database['housing_offers']>): Promise<void> {
  return updateRowById(tx, 'housing_offers', offerId, values);
}

// ── Housing profile ────────────────────────────────────────────────────────────────────────

export async function findProfileRow(tx: Tx, citizenId: string) {
  return (await tx.selectFrom('housing_profiles').selectAll().where('citizen_id', '=', citizenId).executeTakeFirst()) ?? null;
}

export async function upsertProfileRow(
  tx: Tx,
  values: Insertable<Database['housing_profiles']> & { version: number },
): Promise<void> {
  const { citizen_id: _citizen, ...update } = values;
  await tx
    .insertInto('housing_profiles')
    .values(values)
    .onConflict((oc) => oc.column('citizen_id').doUpdateSet({ ...update, updated_at: new Date() }))
    .execute();
}

export async function clearReadyToMove(tx: Tx, citizenId: string): Promise<void> {
  await tx
    .updateTable('housing_profiles')
    .set((eb) => ({ ready_to_move_on: null, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('citizen_id', '=', citizenId)
    .execute();
}

/** A granted § 85 / § 85 a decision is on the person's course (§ 110 stk. 5). */
export async function unsafeHasSupportDecision(tx: Tx, recordIds: readonly string[]): Promise<boolean> {
  if (recordIds.length === 0) return false;
  const row = await tx
    .selectFrom('decisions')
    .select('id')
    .where('citizen_id', 'in', [...recordIds])
    .where('kind', 'in', ['85a', '85'])
    .where('outcome', '=', 'granted')
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * Matching candidates: surviving citizen records in the actor's scope with a housing profile,
 * who are homeless now (or whose situation is unknown to the list), with no unanswered offer
 * and no accepted one. One query with the facts the hard criteria read.
 */
export async function findMatchCandidateRows(tx: Tx, actor: Actor) {
  return tx
    .selectFrom('housing_profiles as hp')
    .innerJoin('citizens as c', 'c.id', 'hp.citizen_id')
    .leftJoin('course_status as cs', 'cs.person_id', 'c.id')
    .select([
      'c.id as citizenId',
      'c.first_name as firstName',
      'c.last_name as lastName',
      'c.alias',
      'hp.wished_areas as wishedAreas',
      'hp.excluded_areas as excludedAreas',
      'hp.household_size as householdSize',
      'hp.affordable_rent as affordableRent',
      'hp.needs_accessible as needsAccessible',
      'hp.ready_to_move_on as readyToMoveOn',
      'hp.support_planned as supportPlanned',
      'cs.spell_since as homelessSince',
      sql<boolean>`EXISTS (SELECT 1 FROM decisions dd
        WHERE dd.citizen_id IN (SELECT m.id FROM citizens m WHERE m.id = c.id OR m.merged_into_id = c.id)
          AND dd.kind IN ('85a', '85') AND dd.outcome = 'granted')`.as('supportInPlace'),
    ])
    .where('c.merged_into_id', 'is', null)
    .where((eb) => whereCitizenInScope(eb, 'c.id', actor, 'housing'))
    .where((eb) => eb.or([eb('cs.category', 'is', null), eb('cs.category', 'in', [...homelessCategories])]))
    .where(
      sql<boolean>`NOT EXISTS (SELECT 1 FROM housing_offers ox WHERE ox.citizen_id = c.id AND ox.answer IN ('pending', 'accepted'))`,
    )
    .execute();
}

/**
 * The organisation's offers made in `[from, to]` as the actor may see them (citizen in scope),
 * with the allocation's move-in, the ready date and the dwelling's agreement: the rows behind
 * the supply overview's offer figures.
 */
export async function findOfferRowsBehind(tx: Tx, actor: Actor, from: string, to: string) {
  return selectOffers(tx, actor)
    .leftJoin('housing_allocations as ha', 'ha.id', 'o.housing_allocation_id')
    .leftJoin('housing_profiles as hp', 'hp.citizen_id', 'o.citizen_id')
    .select(['ha.move_in_on as moveInOn', 'hp.ready_to_move_on as readyToMoveOn', 'd.agreement_id as agreementId'])
    .where('o.organisation_id', '=', actor.organisationId)
    .where('o.offered_on', '>=', from)
    .where('o.offered_on', '<=', to)
    .orderBy('o.offered_on', 'desc')
    .execute();
}

/** The accepted offers that use an agreement (its dwellings, answered within its period), citizen in scope. */
export async function findAgreementUseRows(tx: Tx, actor: Actor, agreementId: string) {
  return selectOffers(tx, actor)
    .innerJoin('allocation_agreements as a', 'a.id', 'd.agreement_id')
    .where('a.id', '=', agreementId)
    .where('a.organisation_id', '=', actor.organisationId)
    .where('o.answer', '=', 'accepted')
    .where((eb) => eb('o.answered_on', '>=', eb.ref('a.valid_from')))
    .where((eb) => eb.or([eb('a.valid_to', 'is', null), eb('o.answered_on', '<=', eb.ref('a.valid_to'))]))
    .orderBy('o.answered_on', 'desc')
    .execute();
}
