/**
 * Linked units: the units an organisation works with, its own active units and the active units
 * of its partners (organisation_partners: shelters, NGOs, housing associations). Network-meeting
 * decisions, agreement parties and the time report's unit bars may name only these.
 */
import { expressionBuilder, sql, type Expression, type SqlBool, type Transaction } from 'kysely';
import type { LinkedUnitList } from '@hjemvej/contract';
import type { Database } from '../../database/schema';

type Tx = Transaction<Database>;

/**
 * The units of `organisationId` and of its partners (active or not), with their organisation as
 * `o`: the one base every "own and partners' units" read starts from (linked units, the units a
 * task may be given to, a flowcard step's units).
 */
export function selectOwnAndPartnerUnits(tx: Tx, organisationId: string) {
  return tx
    .selectFrom('units as u')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .where(isOwnOrPartner('u.organisation_id', organisationId));
}

/**
 * The organisation that `column` names (a column of the query: `'u.organisation_id'`) is
 * `organisationId` itself or one of its partners.
 */
function isOwnOrPartner(column: string, organisationId: string): Expression<SqlBool> {
  const eb = expressionBuilder<Database, never>();
  const organisation = sql.ref<string>(column);
  const partnerIds = eb.selectFrom('organisation_partners').select('partner_id').where('organisation_id', '=', organisationId);
  return eb.or([eb(organisation, '=', organisationId), eb(organisation, 'in', partnerIds)]);
}

function selectLinkedUnits(tx: Tx, organisationId: string) {
  return selectOwnAndPartnerUnits(tx, organisationId)
    .select(['u.id', 'u.name', 'u.organisation_id as organisationId', 'o.name as organisationName'])
    .where('u.is_active', '=', true);
}

export async function findLinkedUnit(tx: Tx, organisationId: string, unitId: string) {
  return (await selectLinkedUnits(tx, organisationId).where('u.id', '=', unitId).executeTakeFirst()) ?? null;
}

export async function findLinkedUnits(tx: Tx, organisationId: string): Promise<LinkedUnitList> {
  const units = await selectLinkedUnits(tx, organisationId).orderBy('o.name').orderBy('u.name').execute();
  const members =
    units.length === 0
      ? []
      : await tx
          .selectFrom('user_units as uu')
          .innerJoin('users as us', 'us.id', 'uu.user_id')
          .select(['uu.unit_id as unitId', 'us.id', 'us.display_name as name'])
          .where(
            'uu.unit_id',
            'in',
            units.map((u) => u.id),
          )
          .where('us.is_active', '=', true)
          .orderBy('us.display_name')
          .execute();
  return {
    items: units.map((u) => ({
      ...u,
      isOwn: u.organisationId === organisationId,
      members: members.filter((m) => m.unitId === u.id).map(({ id, name }) => ({ id, name })),
    })),
  };
}

/** An active member of the unit, or null. */
export async function findUnitMember(tx: Tx, unitId: string, userId: string) {
  return (
    (await tx
      .selectFrom('user_units as uu')
      .innerJoin('users as us', 'us.id', 'uu.user_id')
      .select(['us.id', 'us.display_name as name'])
      .where('uu.unit_id', '=', unitId)
      .where('uu.user_id', '=', userId)
      .where('us.is_active', '=', true)
      .executeTakeFirst()) ?? null
  );
}

/** An organisation linked to the municipality as a partner (any kind), or the municipality itself. */
export async function findLinkedOrganisation(tx: Tx, organisationId: string, otherId: string) {
  return (
    (await tx
      .selectFrom('organisations as o')
      .select(['o.id', 'o.name', 'o.kind'])
      .where('o.id', '=', otherId)
      .where(isOwnOrPartner('o.id', organisationId))
      .executeTakeFirst()) ?? null
  );
}
