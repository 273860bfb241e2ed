/** SQL for the own organisation, its units and its partner relations. */
import { sql, type Transaction } from 'kysely';
import type { OrganisationSummary, Partner, Unit } from '@hjemvej/contract';
import { whereOrganisationInScope, type OrganisationScope } from '../../access/scope';
import type { Database } from '../../database/schema';

type Tx = Transaction<Database>;

export async function findOrganisation(tx: Tx, organisationId: string) {
  return tx
    .selectFrom('organisations')
    .select(['id', 'name', 'kind', 'municipality_code as municipalityCode', 'is_demo as isDemo'])
    .where('id', '=', organisationId)
    .executeTakeFirst();
}

/**
 * The organisations in scope (every one for the system administrator) with their users' and units'
 * counts and the latest sign-in: counts only, no person.
 */
export async function findOrganisationSummaries(tx: Tx, scope: OrganisationScope): Promise<OrganisationSummary[]> {
  const rows = await tx
    .selectFrom('organisations as o')
    .leftJoin('users as u', 'u.organisation_id', 'o.id')
    .select((eb) => [
      'o.id',
      'o.name',
      'o.kind',
      'o.municipality_code as municipalityCode',
      'o.is_demo as isDemo',
      eb.fn.count<string>('u.id').as('userCount'),
      sql<string>`count(u.id) FILTER (WHERE u.is_active)`.as('activeUserCount'),
      sql<string>`(SELECT count(*) FROM units un WHERE un.organisation_id = o.id)`.as('unitCount'),
      eb.fn.max('u.last_sign_in_at').as('lastSignInAt'),
    ])
    .where((eb) => whereOrganisationInScope(eb, 'o.id', scope))
    .groupBy('o.id')
    .orderBy('o.kind')
    .orderBy('o.name')
    .execute();
  return rows.map((row) => ({
    ...row,
    userCount: Number(row.userCount),
    activeUserCount: Number(row.activeUserCount),
    unitCount: Number(row.unitCount),
    lastSignInAt: row.lastSignInAt ? new Date(row.lastSignInAt).toISOString() : null,
  }));
}

/** All municipalities: public facts (names and codes), not personal data, so not scoped. */
export async function findMunicipalities(tx: Tx) {
  return tx
    .selectFrom('organisations')
    .select(['id', 'name', 'municipality_code as municipalityCode'])
    .where('kind', '=', 'municipality')
    .orderBy('name')
    .execute();
}

function selectUnits(tx: Tx, scope: OrganisationScope) {
  return tx
    .selectFrom('units as un')
    .select([
      'un.id',
      'un.organisation_id as organisationId',
      'un.name',
      'un.kind',
      'un.is_active as isActive',
      sql<number>`(SELECT count(*) FROM user_units uu JOIN users u ON u.id = uu.user_id WHERE uu.unit_id = un.id AND u.is_active)`.as(
        'memberCount',
      ),
    ])
    .where((eb) => whereOrganisationInScope(eb, 'un.organisation_id', scope));
}

export async function findUnits(tx: Tx, scope: OrganisationScope, organisationId: string): Promise<Unit[]> {
  const rows = await selectUnits(tx, scope).where('un.organisation_id', '=', organisationId).orderBy('un.name').execute();
  return rows.map(({ organisationId: _, ...unit }) => unit);
}

export async function findUnitById(tx: Tx, scope: OrganisationScope, unitId: string) {
  return selectUnits(tx, scope).where('un.id', '=', unitId).executeTakeFirst();
}

export async function isUnitNameTaken(tx: Tx, organisationId: string, name: string, exceptId?: string): Promise<boolean> {
  let query = tx
    .selectFrom('units')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where(sql<string>`lower(name)`, '=', name.toLowerCase());
  if (exceptId) query = query.where('id', '<>', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

/** Partners of the organisation: only through the relation, so a stranger's partner is not found. */
function selectPartners(tx: Tx, scope: OrganisationScope) {
  return tx
    .selectFrom('organisation_partners as op')
    .innerJoin('organisations as p', 'p.id', 'op.partner_id')
    .select([
      'p.id',
      'op.organisation_id as organisationId',
      'p.name',
      'p.kind',
      'p.partner_type as partnerType',
      'p.shelter_operator as shelterOperator',
      'p.contact_email as contactEmail',
      'p.contact_phone as contactPhone',
    ])
    .where((eb) => whereOrganisationInScope(eb, 'op.organisation_id', scope));
}

function presentPartner(row: { id: string; name: string; kind: string } & Omit<Partner, 'id' | 'name' | 'kind'>): Partner {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind === 'shelter' ? 'shelter' : 'partner',
    partnerType: row.partnerType,
    shelterOperator: row.shelterOperator,
    contactEmail: row.contactEmail,
    contactPhone: row.contactPhone,
  };
}

export async function findPartners(tx: Tx, scope: OrganisationScope, organisationId: string): Promise<Partner[]> {
  const rows = await selectPartners(tx, scope).where('op.organisation_id', '=', organisationId).orderBy('p.name').execute();
  return rows.map(presentPartner);
}

export async function findPartnerById(tx: Tx, scope: OrganisationScope, organisationId: string, partnerId: string) {
  const row = await selectPartners(tx, scope)
    .where('op.organisation_id', '=', organisationId)
    .where('p.id', '=', partnerId)
    .executeTakeFirst();
  return row ? presentPartner(row) : null;
}

/** Does another organisation than `organisationId` also work with this partner? */
export async function isPartnerShared(tx: Tx, organisationId: string, partnerId: string): Promise<boolean> {
  const row = await tx
    .selectFrom('organisation_partners')
    .select('partner_id')
    .where('partner_id', '=', partnerId)
    .where('organisation_id', '<>', organisationId)
    .executeTakeFirst();
  return row !== undefined;
}
