/**
 * The look-ups the demo's seeding steps start from: the demo's organisations, units, users and
 * key citizens by the names and e-mails the demo gives them (written by the earlier steps).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../database/schema';

/** The seeding's transaction, or (in the demo's own test) the seeded database itself. */
type Tx = Kysely<Database>;

/** The demo organisation with this name. */
export async function demoOrganisationId(tx: Tx, name: string): Promise<string> {
  const row = await tx
    .selectFrom('organisations')
    .select('id')
    .where('name', '=', name)
    .where('is_demo', '=', true)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The organisation's unit with this name. */
export async function demoUnitId(tx: Tx, organisationId: string, name: string): Promise<string> {
  const row = await tx
    .selectFrom('units')
    .select('id')
    .where('organisation_id', '=', organisationId)
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The user with this e-mail: id and display name. */
export async function demoUser(tx: Tx, email: string): Promise<{ id: string; name: string }> {
  const row = await tx.selectFrom('users').select(['id', 'display_name']).where('email', '=', email).executeTakeFirstOrThrow();
  return { id: row.id, name: row.display_name };
}

/** The municipality's surviving citizen record with this name, or null when there is none. */
export async function demoCitizenId(
  tx: Tx,
  municipalityId: string,
  name: { firstName: string; lastName: string },
): Promise<string | null> {
  const row = await tx
    .selectFrom('citizens')
    .select('id')
    .where('handlekommune_id', '=', municipalityId)
    .where('first_name', '=', name.firstName)
    .where('last_name', '=', name.lastName)
    .where('merged_into_id', 'is', null)
    .executeTakeFirst();
  return row?.id ?? null;
}
