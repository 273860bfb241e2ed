/** SQL for users. Every read takes the actor's scope, so "not yours" is "not found". */
import { sql, type Transaction } from 'kysely';
import type { User } from '@hjemvej/contract';
import type { Role } from '@hjemvej/domain';
import { whereOrganisationInScope, type OrganisationScope } from '../../access/scope';
import type { Database, NewUser, UserUpdate } from '../../database/schema';
import { insertRow, updateRowById } from '../../database/row-writes';

type Tx = Transaction<Database>;

export interface UserFilter {
  readonly search?: string | undefined;
  readonly role?: Role | undefined;
  readonly active: 'true' | 'false' | 'all';
  readonly organisationId?: string | undefined;
}

function selectUsers(tx: Tx, scope: OrganisationScope) {
  return tx
    .selectFrom('users as u')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select([
      'u.id',
      'u.organisation_id as organisationId',
      'o.name as organisationName',
      'o.kind as organisationKind',
      'u.display_name as displayName',
      'u.email',
      'u.role',
      'u.is_active as isActive',
      'u.last_sign_in_at as lastSignInAt',
      'u.created_at as createdAt',
      sql<{ id: string; name: string }[]>`coalesce((
        SELECT json_agg(json_build_object('id', un.id, 'name', un.name) ORDER BY un.name)
        FROM user_units uu JOIN units un ON un.id = uu.unit_id WHERE uu.user_id = u.id
      ), '[]'::json)`.as('units'),
    ])
    .where((eb) => whereOrganisationInScope(eb, 'u.organisation_id', scope));
}

type UserRowWithUnits = Awaited<ReturnType<ReturnType<typeof selectUsers>['executeTakeFirstOrThrow']>>;

export function presentUser(row: UserRowWithUnits): User & { organisationId: string } {
  return {
    id: row.id,
    organisationId: row.organisationId,
    organisation: { id: row.organisationId, name: row.organisationName, kind: row.organisationKind },
    displayName: row.displayName,
    email: row.email,
    role: row.role,
    isActive: row.isActive,
    units: row.units,
    lastSignInAt: row.lastSignInAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function findUsers(tx: Tx, scope: OrganisationScope, filter: UserFilter) {
  let query = selectUsers(tx, scope).orderBy('u.display_name').limit(2000);
  if (filter.search) {
    const pattern = `%${filter.search.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    query = query.where((eb) => eb.or([eb('u.display_name', 'ilike', pattern), eb('u.email', 'ilike', pattern)]));
  }
  if (filter.role) query = query.where('u.role', '=', filter.role);
  if (filter.organisationId) query = query.where('u.organisation_id', '=', filter.organisationId);
  if (filter.active !== 'all') query = query.where('u.is_active', '=', filter.active === 'true');
  return (await query.execute()).map(presentUser);
}

export async function findUserById(tx: Tx, scope: OrganisationScope, userId: string) {
  const row = await selectUsers(tx, scope).where('u.id', '=', userId).executeTakeFirst();
  return row ? presentUser(row) : null;
}

/** The ids among `unitIds` that belong to the organisation (the rest are unknown or foreign). */
export async function findUnitIdsInOrganisation(
  tx: Tx,
  organisationId: string,
  unitIds: readonly string[],
): Promise<Set<string>> {
  if (unitIds.length === 0) return new Set();
  const rows = await tx
    .selectFrom('units')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where('id', 'in', [...unitIds])
    .execute();
  return new Set(rows.map((r) => r.id));
}

export async function replaceUserUnits(tx: Tx, userId: string, unitIds: readonly string[]): Promise<void> {
  await tx.deleteFrom('user_units').where('user_id', '=', userId).execute();
  if (unitIds.length > 0) {
    await tx
      .insertInto('user_units')
      .values([...new Set(unitIds)].map((unitId) => ({ user_id: userId, unit_id: unitId })))
      .execute();
  }
}

export async function isEmailTaken(tx: Tx, email: string, exceptUserId?: string): Promise<boolean> {
  let query = tx.selectFrom('users').select('id').where('email', '=', email);
  if (exceptUserId) query = query.where('id', '<>', exceptUserId);
  return (await query.executeTakeFirst()) !== undefined;
}

export async function findOrganisationKind(tx: Tx, organisationId: string) {
  return tx.selectFrom('organisations').select(['kind']).where('id', '=', organisationId).executeTakeFirstOrThrow();
}

export async function insertUser(tx: Tx, values: NewUser): Promise<{ id: string }> {
  return { id: await insertRow(tx, 'users', values) };
}

export function updateUserRow(tx: Tx, userId: string, values: UserUpdate): Promise<void> {
  return updateRowById(tx, 'users', userId, values);
}

/** An active user of the organisation (a party's signer, a programme's owner, a course's worker), or undefined. */
export async function findActiveUserInOrganisation(tx: Tx, organisationId: string, userId: string) {
  return tx
    .selectFrom('users')
    .select(['id', 'display_name'])
    .where('id', '=', userId)
    .where('organisation_id', '=', organisationId)
    .where('is_active', '=', true)
    .executeTakeFirst();
}
