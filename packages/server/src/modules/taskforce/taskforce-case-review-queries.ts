/**
 * SQL for Ankestyrelsen's legal case review (issue 13 point 4). The review, its cases, answers
 * and read log are read by the id of a course already found in the caller's taskforce reach.
 *
 * The population and a sampled case's facts are read outside any citizen scope (`system…`):
 * the reviewer reaches no citizen by need-to-know. They are called only after the service has
 * checked the review policy: the population to draw the sample (persons are kept only as the
 * cases drawn), and one sampled person's facts while the municipality's grant is valid, each
 * read audited for the municipality.
 */
import type { Insertable, Transaction } from 'kysely';
import type { IsoDate } from '@hjemvej/domain';
import type { Database } from '../../database/schema';
import { insertRow, insertRows } from '../../database/row-writes';
import { findFirstRow } from '../../database/first-row';

type Tx = Transaction<Database>;

function selectReview(tx: Tx) {
  return tx
    .selectFrom('taskforce_case_reviews')
    .select([
      'id',
      'course_id as courseId',
      'municipality_id as municipalityId',
      'reviewer_organisation_id as reviewerOrganisationId',
      'period_from as periodFrom',
      'period_to as periodTo',
      'size',
      'stratify_by as stratifyBy',
      'seed',
      'population_size as populationSize',
      'strata',
      'rule_text as ruleText',
      'purpose',
      'access_until as accessUntil',
      'published_deadline_days as publishedDeadlineDays',
      'drawn_by_name as drawnBy',
      'drawn_at as drawnAt',
      'ended_at as endedAt',
      'ended_by_name as endedBy',
    ]);
}

export type CaseReviewRow = Awaited<ReturnType<ReturnType<typeof selectReview>['executeTakeFirstOrThrow']>>;

export function findCaseReview(tx: Tx, courseId: string, forUpdate = false): Promise<CaseReviewRow | null> {
  return findFirstRow(selectReview(tx).where('course_id', '=', courseId), forUpdate && 'taskforce_case_reviews');
}

export function insertCaseReview(tx: Tx, values: Insertable<Database['taskforce_case_reviews']>): Promise<string> {
  return insertRow(tx, 'taskforce_case_reviews', values);
}

export function insertReviewCases(tx: Tx, values: readonly Insertable<Database['taskforce_case_review_cases']>[]): Promise<void> {
  return insertRows(tx, 'taskforce_case_review_cases', values);
}

export async function endCaseReviewGrantRow(tx: Tx, reviewId: string, user: { id: string; name: string }): Promise<void> {
  await tx
    .updateTable('taskforce_case_reviews')
    .set({ ended_at: new Date(), ended_by_user_id: user.id, ended_by_name: user.name })
    .where('id', '=', reviewId)
    .execute();
}

function selectReviewCases(tx: Tx, reviewId: string) {
  return tx
    .selectFrom('taskforce_case_review_cases')
    .select([
      'id',
      'position',
      'citizen_id as citizenId',
      'stratum_label as stratumLabel',
      'reviewed_at as reviewedAt',
      'reviewed_by_name as reviewedBy',
    ])
    .where('review_id', '=', reviewId);
}

export async function findReviewCases(tx: Tx, reviewId: string) {
  return selectReviewCases(tx, reviewId).orderBy('position').execute();
}

export function findReviewCase(tx: Tx, reviewId: string, caseId: string, forUpdate = false) {
  return findFirstRow(selectReviewCases(tx, reviewId).where('id', '=', caseId), forUpdate && 'taskforce_case_review_cases');
}

export async function findReviewAnswers(tx: Tx, reviewId: string) {
  return tx
    .selectFrom('taskforce_case_review_answers as a')
    .innerJoin('taskforce_case_review_cases as c', 'c.id', 'a.case_id')
    .select(['a.case_id as caseId', 'a.checkpoint', 'a.pre_answer as preAnswer', 'a.answer', 'a.note'])
    .where('c.review_id', '=', reviewId)
    .execute();
}

export async function replaceReviewAnswers(
  tx: Tx,
  caseId: string,
  answers: readonly Insertable<Database['taskforce_case_review_answers']>[],
  reviewer: { id: string; name: string },
): Promise<void> {
  await tx.deleteFrom('taskforce_case_review_answers').where('case_id', '=', caseId).execute();
  await insertRows(tx, 'taskforce_case_review_answers', answers);
  await tx
    .updateTable('taskforce_case_review_cases')
    .set({ reviewed_at: new Date(), reviewed_by_user_id: reviewer.id, reviewed_by_name: reviewer.name })
    .where('id', '=', caseId)
    .execute();
}

export async function insertReviewRead(tx: Tx, caseId: string, user: { id: string; name: string }): Promise<void> {
  await tx
    .insertInto('taskforce_case_review_reads')
    .values({ case_id: caseId, user_id: user.id, user_name: user.name })
    .execute();
}

export async function findReviewReads(tx: Tx, reviewId: string) {
  return tx
    .selectFrom('taskforce_case_review_reads as r')
    .innerJoin('taskforce_case_review_cases as c', 'c.id', 'r.case_id')
    .select(['r.case_id as caseId', 'c.position', 'r.user_name as userName', 'r.read_at as readAt'])
    .where('c.review_id', '=', reviewId)
    .orderBy('r.read_at', 'desc')
    .execute();
}

/**
 * The population: every person (surviving record) whose handlekommune is the municipality and
 * who had a § 110 stay overlapping the period, with the shelter of their first such stay.
 */
export async function systemFindReviewPopulation(tx: Tx, municipalityId: string, from: IsoDate, to: IsoDate) {
  return tx
    .selectFrom('shelter_stays as s')
    .innerJoin('citizens as c', 'c.id', 's.citizen_id')
    .innerJoin('citizens as r', (join) => join.on((eb) => eb('r.id', '=', eb.fn.coalesce('c.merged_into_id', 'c.id'))))
    .innerJoin('organisations as o', 'o.id', 's.shelter_id')
    .select(['r.id as personId', 's.shelter_id as shelterId', 'o.name as shelterName'])
    .distinctOn('r.id')
    .where('r.handlekommune_id', '=', municipalityId)
    .where('s.admitted_on', '<=', to)
    .where((eb) => eb.or([eb('s.discharged_on', 'is', null), eb('s.discharged_on', '>=', from)]))
    .orderBy('r.id')
    .orderBy('s.admitted_on')
    .execute();
}

/** Each person's housing category on `on` (the latest period covering it), for the persons given. */
export async function systemFindCategoriesOn(tx: Tx, personIds: readonly string[], on: IsoDate) {
  if (personIds.length === 0) return [];
  return tx
    .selectFrom('housing_periods as h')
    .innerJoin('citizens as c', 'c.id', 'h.citizen_id')
    .select((eb) => [eb.fn.coalesce('c.merged_into_id', 'c.id').as('personId'), 'h.category'])
    .where((eb) => eb(eb.fn.coalesce('c.merged_into_id', 'c.id'), 'in', [...personIds]))
    .where('h.from_date', '<=', on)
    .where((eb) => eb.or([eb('h.to_date', 'is', null), eb('h.to_date', '>=', on)]))
    .orderBy('h.from_date')
    .execute();
}

/** The sampled person's surviving record: name, birth date, handlekommune. */
export async function systemFindReviewCitizen(tx: Tx, citizenId: string) {
  return tx
    .selectFrom('citizens as c')
    .leftJoin('organisations as o', 'o.id', 'c.handlekommune_id')
    .select([
      'c.id',
      'c.first_name as firstName',
      'c.last_name as lastName',
      'c.alias',
      'c.birth_date as birthDate',
      'o.name as handlekommune',
    ])
    .where('c.id', '=', citizenId)
    .executeTakeFirst();
}

export async function systemFindReviewStays(tx: Tx, recordIds: readonly string[]) {
  if (recordIds.length === 0) return [];
  return tx
    .selectFrom('shelter_stays as s')
    .innerJoin('organisations as o', 'o.id', 's.shelter_id')
    .select([
      's.id',
      'o.name as shelter',
      's.admitted_on as admittedOn',
      's.handlekommune_notified_on as handlekommuneNotifiedOn',
      's.discharged_on as dischargedOn',
      's.discharge_reason as dischargeReason',
    ])
    .where('s.citizen_id', 'in', [...recordIds])
    .orderBy('s.admitted_on')
    .execute();
}

export async function systemFindReviewPlans(tx: Tx, recordIds: readonly string[]) {
  if (recordIds.length === 0) return [];
  return tx
    .selectFrom('plans')
    .select(['id', 'kind', 'made_on as madeOn', 'ended_on as endedOn', 'content'])
    .where('citizen_id', 'in', [...recordIds])
    .orderBy('made_on')
    .execute();
}

export async function systemFindReviewDecisions(tx: Tx, recordIds: readonly string[]) {
  if (recordIds.length === 0) return [];
  return tx
    .selectFrom('decisions')
    .select([
      'id',
      'kind',
      'outcome',
      'method',
      'decided_on as decidedOn',
      'period_from as periodFrom',
      'period_to as periodTo',
      'reasons',
      'wished_provider as wishedProvider',
      'wish_followed as wishFollowed',
      'reason_if_not_followed as reasonIfNotFollowed',
      'appeal_guidance as appealGuidance',
    ])
    .where('citizen_id', 'in', [...recordIds])
    .orderBy('decided_on')
    .execute();
}

export async function systemFindReviewAllocations(tx: Tx, recordIds: readonly string[]) {
  if (recordIds.length === 0) return [];
  return tx
    .selectFrom('housing_allocations')
    .select([
      'id',
      'allocated_on as allocatedOn',
      'lease_signed_on as leaseSignedOn',
      'planned_move_in_on as plannedMoveInOn',
      'move_in_on as moveInOn',
      'withdrawn_on as withdrawnOn',
    ])
    .where('citizen_id', 'in', [...recordIds])
    .execute();
}

export async function systemFindReviewAssessments(tx: Tx, recordIds: readonly string[]) {
  if (recordIds.length === 0) return [];
  return tx
    .selectFrom('assessments')
    .select(['id', 'assessed_on as assessedOn'])
    .where('citizen_id', 'in', [...recordIds])
    .orderBy('assessed_on')
    .execute();
}
