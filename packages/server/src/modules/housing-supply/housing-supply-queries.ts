/**
 * SQL for the housing register: settings, allocation agreements, dwellings and vacancies.
 *
 * Who sees a dwelling (and its vacancies), in SQL: the users of the municipality whose
 * allocation right it is under, and the users of the housing association that lets it. Nobody
 * else: another municipality or another housing association finds nothing (404).
 */
import {
  sql,
  type Expression,
  type ExpressionBuilder,
  type Insertable,
  type SqlBool,
  type Transaction,
  type Updateable,
} from 'kysely';
import type { UnitKind } from '@hjemvej/domain';
import type { Actor } from '../../access/actor';
import type { Database } from '../../database/schema';
import { insertRow, updateRowById } from '../../database/row-writes';
import { findFirstRow } from '../../database/first-row';

type Tx = Transaction<Database>;

/** The condition "the dwelling (aliased `d` in the query) is visible to the actor". */
export function whereDwellingVisible<DB, TB extends keyof DB>(eb: ExpressionBuilder<DB, TB>, actor: Actor): Expression<SqlBool> {
  if (actor.organisationKind === 'municipality') return sql<SqlBool>`${sql.ref('d.organisation_id')} = ${actor.organisationId}`;
  if (actor.organisationKind === 'partner')
    return sql<SqlBool>`${sql.ref('d.housing_organisation_id')} = ${actor.organisationId}`;
  return eb.lit(false);
}

// ── Settings ───────────────────────────────────────────────────────────────────────────────

export async function findSettingsRow(tx: Tx, organisationId: string) {
  return (
    (await tx
      .selectFrom('housing_supply_settings')
      .selectAll()
      .where('organisation_id', '=', organisationId)
      .executeTakeFirst()) ?? null
  );
}

export async function upsertSettingsRow(
  tx: Tx,
  values: Insertable<Database['housing_supply_settings']> & { version: number },
): Promise<void> {
  await tx
    .insertInto('housing_supply_settings')
    .values(values)
    .onConflict((oc) =>
      oc.column('organisation_id').doUpdateSet({
        escalation_days: values.escalation_days,
        priority_policy: values.priority_policy,
        priority_policy_text: values.priority_policy_text,
        refusal_consequence: values.refusal_consequence,
        refusal_policy_text: values.refusal_policy_text,
        refusal_appeal_guidance: values.refusal_appeal_guidance,
        default_max_rent: values.default_max_rent,
        updated_by_user_id: values.updated_by_user_id,
        updated_at: new Date(),
        version: values.version,
      }),
    )
    .execute();
}

// ── Allocation agreements ──────────────────────────────────────────────────────────────────

function selectAgreements(tx: Tx) {
  return tx
    .selectFrom('allocation_agreements as a')
    .leftJoin('organisations as ho', 'ho.id', 'a.housing_organisation_id')
    .select([
      'a.id',
      'a.organisation_id as organisationId',
      'a.title',
      'a.housing_organisation_id as housingOrganisationId',
      'ho.name as housingOrganisationName',
      'a.landlord_name as landlordName',
      'a.legal_basis as legalBasis',
      'a.share',
      'a.dwelling_count as dwellingCount',
      'a.valid_from as validFrom',
      'a.valid_to as validTo',
      'a.revisit_on as revisitOn',
      'a.contact_name as contactName',
      'a.contact_email as contactEmail',
      'a.contact_phone as contactPhone',
      'a.note',
      'a.version',
    ]);
}

export type AgreementRow = Awaited<ReturnType<ReturnType<typeof selectAgreements>['executeTakeFirstOrThrow']>>;

/** The municipality's own agreements (only the municipality's users reach them). */
export async function findAgreementRows(tx: Tx, actor: Actor, agreementId?: string): Promise<AgreementRow[]> {
  if (actor.organisationKind !== 'municipality') return [];
  let query = selectAgreements(tx).where('a.organisation_id', '=', actor.organisationId);
  if (agreementId !== undefined) query = query.where('a.id', '=', agreementId);
  return query.orderBy('a.valid_from', 'desc').orderBy('a.title').execute();
}

export function insertAgreementRow(tx: Tx, values: Insertable<Database['allocation_agreements']>): Promise<string> {
  return insertRow(tx, 'allocation_agreements', values);
}

/**
 * Per agreement: allocations made under it (accepted offers on its dwellings answered within
 * `[from, to]`) and the vacancies reported for its dwellings in the same period.
 */
export async function countAgreementUse(
  tx: Tx,
  agreementIds: readonly string[],
): Promise<Map<string, { used: number; vacancies: number }>> {
  const result = new Map<string, { used: number; vacancies: number }>();
  if (agreementIds.length === 0) return result;
  const rows = await tx
    .selectFrom('allocation_agreements as a')
    .select([
      'a.id',
      sql<number>`(SELECT count(*) FROM housing_offers o
        JOIN dwelling_vacancies v ON v.id = o.vacancy_id
        JOIN dwellings d ON d.id = v.dwelling_id
        WHERE d.agreement_id = a.id AND o.answer = 'accepted'
          AND o.answered_on >= a.valid_from AND (a.valid_to IS NULL OR o.answered_on <= a.valid_to))`.as('used'),
      sql<number>`(SELECT count(*) FROM dwelling_vacancies v
        JOIN dwellings d ON d.id = v.dwelling_id
        WHERE d.agreement_id = a.id
          AND v.available_from >= a.valid_from AND (a.valid_to IS NULL OR v.available_from <= a.valid_to))`.as('vacancies'),
    ])
    .where('a.id', 'in', [...agreementIds])
    .execute();
  for (const row of rows) result.set(row.id, { used: Number(row.used), vacancies: Number(row.vacancies) });
  return result;
}

// ── Dwellings ──────────────────────────────────────────────────────────────────────────────

function selectDwellings(tx: Tx, actor: Actor) {
  return tx
    .selectFrom('dwellings as d')
    .leftJoin('organisations as ho', 'ho.id', 'd.housing_organisation_id')
    .leftJoin('allocation_agreements as a', 'a.id', 'd.agreement_id')
    .select([
      'd.id',
      'd.organisation_id as organisationId',
      'd.agreement_id as agreementId',
      'a.title as agreementTitle',
      'd.housing_organisation_id as housingOrganisationId',
      'ho.name as housingOrganisationName',
      'd.landlord_name as landlordName',
      'd.department',
      'd.address',
      'd.area',
      'd.dwelling_type as dwellingType',
      'd.size_m2 as sizeM2',
      'd.rooms',
      'd.floor',
      'd.monthly_rent as monthlyRent',
      'd.utilities_estimate as utilitiesEstimate',
      'd.deposit',
      'd.is_accessible as isAccessible',
      'd.subsidy_ends_on as subsidyEndsOn',
      'd.note',
      'd.version',
    ])
    .where((eb) => whereDwellingVisible(eb, actor));
}

export type DwellingRow = Awaited<ReturnType<ReturnType<typeof selectDwellings>['executeTakeFirstOrThrow']>>;

export async function findDwellingRows(tx: Tx, actor: Actor): Promise<DwellingRow[]> {
  return selectDwellings(tx, actor).orderBy('d.area').orderBy('d.address').execute();
}

export function findDwellingRow(tx: Tx, actor: Actor, dwellingId: string, forUpdate = false): Promise<DwellingRow | null> {
  return findFirstRow(selectDwellings(tx, actor).where('d.id', '=', dwellingId), forUpdate && 'd');
}

export function insertDwellingRow(tx: Tx, values: Insertable<Database['dwellings']>): Promise<string> {
  return insertRow(tx, 'dwellings', values);
}

/** Dwellings whose subsidy ends between the two dates, for the overview. */
export async function findSubsidyEnding(tx: Tx, actor: Actor, from: string, to: string) {
  return selectDwellings(tx, actor)
    .where('d.subsidy_ends_on', '>=', from)
    .where('d.subsidy_ends_on', '<=', to)
    .orderBy('d.subsidy_ends_on')
    .execute();
}

// ── Vacancies ──────────────────────────────────────────────────────────────────────────────

function selectVacancies(tx: Tx, actor: Actor) {
  return tx
    .selectFrom('dwelling_vacancies as v')
    .innerJoin('dwellings as d', 'd.id', 'v.dwelling_id')
    .innerJoin('organisations as ro', 'ro.id', 'v.reported_by_organisation_id')
    .leftJoin('organisations as ho', 'ho.id', 'd.housing_organisation_id')
    .select([
      'v.id',
      'v.organisation_id as organisationId',
      'v.dwelling_id as dwellingId',
      'v.available_from as availableFrom',
      'v.monthly_rent as monthlyRent',
      'v.ended_on as endedOn',
      'v.end_reason as endReason',
      'v.reported_by_name as reportedBy',
      'ro.name as reportedByOrganisation',
      'v.version',
      'd.address',
      'd.area',
      'd.rooms',
      'd.dwelling_type as dwellingType',
      'd.housing_organisation_id as housingOrganisationId',
      'ho.name as housingOrganisationName',
      sql<boolean>`EXISTS (SELECT 1 FROM housing_offers po WHERE po.vacancy_id = v.id AND po.answer = 'pending')`.as(
        'hasPendingOffer',
      ),
      sql<
        number[]
      >`coalesce((SELECT json_agg(e.threshold_days ORDER BY e.threshold_days) FROM vacancy_escalations e WHERE e.vacancy_id = v.id), '[]'::json)`.as(
        'escalatedAt',
      ),
    ])
    .where((eb) => whereDwellingVisible(eb, actor));
}

export type VacancyRow = Awaited<ReturnType<ReturnType<typeof selectVacancies>['executeTakeFirstOrThrow']>>;

/** Open vacancies, and those that ran at some time in `[yearStart, yearEnd]`. */
export async function findVacancyRows(tx: Tx, actor: Actor, yearStart: string, yearEnd: string): Promise<VacancyRow[]> {
  return selectVacancies(tx, actor)
    .where((eb) =>
      eb.or([eb('v.ended_on', 'is', null), eb.and([eb('v.available_from', '<=', yearEnd), eb('v.ended_on', '>=', yearStart)])]),
    )
    .orderBy('v.available_from')
    .execute();
}

export function findVacancyRow(tx: Tx, actor: Actor, vacancyId: string, forUpdate = false): Promise<VacancyRow | null> {
  return findFirstRow(selectVacancies(tx, actor).where('v.id', '=', vacancyId), forUpdate && 'v');
}

/** The dwellings' open (or latest) vacancies, by dwelling. */
export async function findCurrentVacancyRows(tx: Tx, actor: Actor, dwellingIds: readonly string[]): Promise<VacancyRow[]> {
  if (dwellingIds.length === 0) return [];
  return selectVacancies(tx, actor)
    .where('v.dwelling_id', 'in', [...dwellingIds])
    .where('v.ended_on', 'is', null)
    .execute();
}

export function insertVacancyRow(tx: Tx, values: Insertable<Database['dwelling_vacancies']>): Promise<string> {
  return insertRow(tx, 'dwelling_vacancies', values);
}

export function updateVacancyRow(tx: Tx, vacancyId: string, values: Updateable<Database['dwelling_vacancies']>): Promise<void> {
  return updateRowById(tx, 'dwelling_vacancies', vacancyId, values);
}

/** Records the thresholds not yet escalated; returns those newly recorded (each exactly once). */
export async function insertEscalations(tx: Tx, vacancyId: string, thresholds: readonly number[]): Promise<number[]> {
  if (thresholds.length === 0) return [];
  const rows = await tx
    .insertInto('vacancy_escalations')
    .values(thresholds.map((threshold_days) => ({ vacancy_id: vacancyId, threshold_days })))
    .onConflict((oc) => oc.columns(['vacancy_id', 'threshold_days']).doNothing())
    .returning('threshold_days')
    .execute();
  return rows.map((r) => r.threshold_days);
}

/** Active members of the municipality's housing allocation units (boliganvisning): the escalation's recipients. */
export async function findHousingUnitMemberIds(tx: Tx, organisationId: string): Promise<string[]> {
  const rows = await tx
    .selectFrom('user_units as uu')
    .innerJoin('units as u', 'u.id', 'uu.unit_id')
    .innerJoin('users as us', 'us.id', 'uu.user_id')
    .select('uu.user_id')
    .where('u.organisation_id', '=', organisationId)
    .where('u.kind', '=', 'boliganvisning')
    .where('u.is_active', '=', true)
    .where('us.is_active', '=', true)
    .execute();
  return [...new Set(rows.map((r) => r.user_id))];
}

/** The organisation's first active unit of a kind (the subsidies unit for urgent applications), or null. */
export async function findOwnUnitOfKind(
  tx: Tx,
  organisationId: string,
  kind: UnitKind,
): Promise<{ id: string; name: string } | null> {
  return (
    (await tx
      .selectFrom('units')
      .select(['id', 'name'])
      .where('organisation_id', '=', organisationId)
      .where('kind', '=', kind)
      .where('is_active', '=', true)
      .orderBy('name')
      .executeTakeFirst()) ?? null
  );
}

/**
 * Every open vacancy that has begun, in every municipality, for the escalation job (system
 * work: not read for a user, so not scoped). Ordered so each municipality's rows come together.
 */
export async function systemFindOpenVacancies(tx: Tx, today: string) {
  return tx
    .selectFrom('dwelling_vacancies as v')
    .innerJoin('dwellings as d', 'd.id', 'v.dwelling_id')
    .select([
      'v.id',
      'v.organisation_id as organisationId',
      'v.available_from as availableFrom',
      'v.ended_on as endedOn',
      'd.address',
    ])
    .where('v.ended_on', 'is', null)
    .where('v.available_from', '<=', today)
    .orderBy('v.organisation_id')
    .orderBy('v.id')
    .execute();
}
