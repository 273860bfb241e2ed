/**
 * Typed factories: each call makes fresh, uniquely named records, so tests are independent
 * on a shared PostgreSQL as well as on a private PGlite.
 */
import { randomUUID } from 'node:crypto';
import type { OrganisationKind, Role, UnitKind } from '@hjemvej/domain';
import type { Db } from '../../src/database/connection';
import { hashPassword } from '../../src/modules/auth/passwords';

export const testPassword = 'correct-horse-battery';

let cachedHash: Promise<string> | null = null;
function testPasswordHash(): Promise<string> {
  cachedHash ??= hashPassword(testPassword);
  return cachedHash;
}

const unique = () => randomUUID().slice(0, 8);

export async function createOrganisation(
  db: Db,
  overrides: { kind?: OrganisationKind; name?: string } = {},
): Promise<{ id: string; name: string; kind: OrganisationKind }> {
  const kind = overrides.kind ?? 'municipality';
  const name = overrides.name ?? `Testkommune ${unique()}`;
  const row = await db
    .insertInto('organisations')
    .values({
      kind,
      name,
      municipality_code: null,
      partner_type: kind === 'partner' ? 'ngo' : null,
      shelter_operator: kind === 'shelter' ? 'self_governing' : null,
      contact_email: null,
      contact_phone: null,
    })
    .returning(['id', 'name', 'kind'])
    .executeTakeFirstOrThrow();
  return row;
}

export async function createUnit(db: Db, organisationId: string, overrides: { name?: string; kind?: UnitKind } = {}) {
  return db
    .insertInto('units')
    .values({ organisation_id: organisationId, name: overrides.name ?? `Enhed ${unique()}`, kind: overrides.kind ?? 'myndighed' })
    .returning(['id', 'name', 'kind'])
    .executeTakeFirstOrThrow();
}

export interface TestUser {
  readonly id: string;
  readonly email: string;
  readonly password: string;
  readonly organisationId: string;
  readonly role: Role;
}

export async function createUser(
  db: Db,
  organisationId: string,
  overrides: { role?: Role; email?: string; displayName?: string; unitIds?: string[]; isActive?: boolean } = {},
): Promise<TestUser> {
  const role = overrides.role ?? 'caseworker';
  const email = overrides.email ?? `${role}.${unique()}@test.hjemvej.dk`;
  const { id } = await db
    .insertInto('users')
    .values({
      organisation_id: organisationId,
      email,
      display_name: overrides.displayName ?? `Test ${role} ${unique()}`,
      role,
      password_hash: await testPasswordHash(),
      is_active: overrides.isActive ?? true,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (overrides.unitIds?.length) {
    await db.insertInto('user_units').values(overrides.unitIds.map((unit_id) => ({ user_id: id, unit_id }))).execute();
  }
  return { id, email, password: testPassword, organisationId, role };
}

/** A municipality with an administrator, a caseworker in a unit, and a partner. */
export async function createMunicipalityWithStaff(db: Db) {
  const organisation = await createOrganisation(db);
  const unit = await createUnit(db, organisation.id, { name: 'Myndighed voksne' });
  const admin = await createUser(db, organisation.id, { role: 'municipal_admin' });
  const caseworker = await createUser(db, organisation.id, { role: 'caseworker', unitIds: [unit.id] });
  const partner = await createOrganisation(db, { kind: 'partner', name: `Partner ${unique()}` });
  await db.insertInto('organisation_partners').values({ organisation_id: organisation.id, partner_id: partner.id }).execute();
  return { organisation, unit, admin, caseworker, partner };
}
