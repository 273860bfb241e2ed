/**
 * SQL for citizens' consents to share data with an outside partner. The management reads go
 * through the citizen's scope (`whereCitizenInScope`); the partner's side asks only for the
 * consents given to the partner's own organisation that let data through today
 * (`findValidConsentsForPartner`), which is the one gate of the partner's consented view.
 */
import {
  sql,
  type Expression,
  type ExpressionBuilder,
  type Insertable,
  type Kysely,
  type SqlBool,
  type StringReference,
  type Transaction,
  type Updateable,
} from 'kysely';
import { consentCategories, consentStatus, type ConsentCategory, type IsoDate } from '@hjemvej/domain';
import type { Consent } from '@hjemvej/contract';
import type { Actor } from '../../access/actor';
import { whereCitizenInScope } from '../../access/citizen-scope';
import type { Database } from '../../database/schema';
import { insertRow, updateRowById } from '../../database/row-writes';
import { findFirstRow } from '../../database/first-row';

type Tx = Transaction<Database>;

function selectConsents(tx: Tx) {
  return tx
    .selectFrom('citizen_consents as cc')
    .innerJoin('organisations as p', 'p.id', 'cc.partner_id')
    .select([
      'cc.id',
      'cc.organisation_id as organisationId',
      'cc.citizen_id as citizenId',
      'cc.partner_id as partnerId',
      'p.name as partnerName',
      'cc.categories',
      'cc.purpose',
      'cc.given_on as givenOn',
      'cc.expires_on as expiresOn',
      'cc.withdrawn_at as withdrawnAt',
      'cc.withdrawn_by_name as withdrawnBy',
      'cc.withdrawal_note as withdrawalNote',
      'cc.recorded_by_name as recordedBy',
      'cc.created_at as createdAt',
    ]);
}

export type ConsentRow = Awaited<ReturnType<ReturnType<typeof selectConsents>['executeTakeFirstOrThrow']>>;

/** The stored categories, read defensively: unknown names are dropped. */
export function categoriesOf(value: unknown): ConsentCategory[] {
  if (!Array.isArray(value)) return [];
  return consentCategories.filter((c) => value.includes(c));
}

export function presentConsent(row: ConsentRow, today: IsoDate): Consent {
  const categories = categoriesOf(row.categories);
  return {
    id: row.id,
    citizenId: row.citizenId,
    partner: { id: row.partnerId, name: row.partnerName },
    categories,
    purpose: row.purpose,
    givenOn: row.givenOn,
    expiresOn: row.expiresOn,
    status: consentStatus({ categories, givenOn: row.givenOn, expiresOn: row.expiresOn, withdrawnAt: row.withdrawnAt }, today),
    recordedBy: row.recordedBy,
    recordedAt: row.createdAt.toISOString(),
    withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
    withdrawnBy: row.withdrawnBy,
    withdrawalNote: row.withdrawalNote,
  };
}

/** The consents of a person (all its records), newest first; the caller found the person in scope. */
export async function findConsentsOfPerson(tx: Tx, actor: Actor, recordIds: readonly string[]): Promise<ConsentRow[]> {
  if (recordIds.length === 0) return [];
  return selectConsents(tx)
    .where('cc.citizen_id', 'in', [...recordIds])
    .where((eb) => whereCitizenInScope(eb, 'cc.citizen_id', actor, 'consents'))
    .orderBy('cc.created_at', 'desc')
    .execute();
}

/** One consent, when its citizen is in the actor's scope and the actor's organisation recorded it. */
export function findConsentForManager(tx: Tx, actor: Actor, consentId: string, forUpdate = false): Promise<ConsentRow | null> {
  const query = selectConsents(tx)
    .where('cc.id', '=', consentId)
    .where('cc.organisation_id', '=', actor.organisationId)
    .where((eb) => whereCitizenInScope(eb, 'cc.citizen_id', actor, 'consents'));
  return findFirstRow(query, forUpdate && 'cc');
}

/** A partner organisation linked to the municipality (not a shelter: shelters reach their residents by their stays). */
/** Writes the row (the services, the demo data and the test factories all write through here). */
export function insertConsent(tx: Kysely<Database>, values: Insertable<Database['citizen_consents']>): Promise<string> {
  return insertRow(tx, 'citizen_consents', values);
}

/** A change to a consent row (the withdrawal); the caller has read the row through the scope. */
export function updateConsent(tx: Tx, consentId: string, values: Updateable<Database['citizen_consents']>): Promise<void> {
  return updateRowById(tx, 'citizen_consents', consentId, values);
}

export async function findLinkedPartner(tx: Tx, municipalityId: string, partnerId: string) {
  return tx
    .selectFrom('organisation_partners as op')
    .innerJoin('organisations as o', 'o.id', 'op.partner_id')
    .select(['o.id', 'o.name'])
    .where('op.organisation_id', '=', municipalityId)
    .where('op.partner_id', '=', partnerId)
    .where('o.kind', '=', 'partner')
    .executeTakeFirst();
}

/**
 * The consents that let data through to the partner organisation today: given to it, not
 * withdrawn, begun and not expired, and recorded by the citizen's handlekommune as it is now
 * (a consent recorded by a former handlekommune no longer speaks for the data). `citizenId`
 * may be a linked duplicate; consents are kept on the surviving record.
 */
export async function findValidConsentsForPartner(
  tx: Tx,
  partnerOrganisationId: string,
  today: IsoDate,
  citizenId?: string,
): Promise<(ConsentRow & { handlekommuneName: string })[]> {
  let query = selectConsents(tx)
    .innerJoin('citizens as c', 'c.id', 'cc.citizen_id')
    .innerJoin('organisations as hk', 'hk.id', 'c.handlekommune_id')
    .select('hk.name as handlekommuneName')
    .where('cc.partner_id', '=', partnerOrganisationId)
    .where('cc.withdrawn_at', 'is', null)
    .where('cc.given_on', '<=', today)
    .where('cc.expires_on', '>=', today)
    .where(sql<boolean>`cc.organisation_id = c.handlekommune_id`)
    .where('c.merged_into_id', 'is', null);
  if (citizenId !== undefined)
    query = query.where(
      'cc.citizen_id',
      '=',
      sql<string>`(SELECT coalesce(merged_into_id, id) FROM citizens WHERE id = ${citizenId})`,
    );
  return query.orderBy('cc.citizen_id').orderBy('cc.created_at').execute();
}

/**
 * The condition "the citizen (record) `citizenId` has consented, today, to share their identity
 * with the actor's partner organisation" (false for everyone who is not a partner user). Used
 * by the tasks module to decide whether a partner's task may show who the citizen is.
 */
export function whereIdentityConsentedToPartner<DB, TB extends keyof DB>(
  eb: ExpressionBuilder<DB, TB>,
  citizenId: StringReference<DB, TB>,
  actor: Actor,
  today: IsoDate,
): Expression<SqlBool> {
  if (actor.organisationKind !== 'partner') return sql<SqlBool>`false`;
  return sql<SqlBool>`EXISTS (
    SELECT 1 FROM citizens consent_self
    JOIN citizen_consents cc ON cc.citizen_id = coalesce(consent_self.merged_into_id, consent_self.id)
    JOIN citizens consent_root ON consent_root.id = cc.citizen_id
    WHERE consent_self.id = ${eb.ref(citizenId)}
      AND cc.partner_id = ${actor.organisationId}
      AND cc.withdrawn_at IS NULL AND cc.given_on <= ${today}::date AND cc.expires_on >= ${today}::date
      AND cc.organisation_id = consent_root.handlekommune_id
      AND cc.categories ? 'identity')`;
}
