import { sql, type Kysely } from 'kysely';

/**
 * The persons of a municipality in one index (issue 9): the handlekommune, then the person key
 * `coalesce(merged_into_id, id)`. The citizen list reads its persons from the municipality's
 * records (`personKeysInScope`) and counts them; with this index both are a range of one
 * municipality, in person-key order (distinct without a sort, index-only where the visibility
 * map allows), instead of a scan of every record the country's `citizens_person` holds.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX citizens_handlekommune_person ON citizens (handlekommune_id, (coalesce(merged_into_id, id)))`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX citizens_handlekommune_person`.execute(db);
}
