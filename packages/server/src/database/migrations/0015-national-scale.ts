import { sql, type Kysely } from 'kysely';

/**
 * Indexes that keep every interactive route bounded by the caller's municipality, not by the
 * country (issue 9):
 *
 * - `citizens_person`: the person key `coalesce(merged_into_id, id)` (the surviving record's id
 *   for every record of a person) with the handlekommune, for the citizen scope
 *   (`access/citizen-scope.ts`) and for search matches on linked records: one equality instead
 *   of an OR over `id` and `merged_into_id`, so each side can use an index;
 * - `citizens_cpr_prefix`: six digits of a CPR number (the birth date) as a prefix search
 *   (`text_pattern_ops` serves `LIKE 'ddmmyy%'` under any collation);
 * - `tasks_organisation_opened`, `tasks_unit_opened`: the time report reads only its period of
 *   the caller's organisation's tasks and units' tasks;
 * - `housing_allocations_move_in`: the time report's move-ins in the period;
 * - on PostgreSQL with the `pg_trgm` extension available (it is a trusted extension, so the
 *   database owner may create it): trigram GIN indexes for the name and alias search (substring
 *   `ILIKE '%…%'`). Where it is not available (embedded PGlite does not ship it unless loaded,
 *   or the role may not create extensions) the search reads the municipality's citizens by the
 *   scope's index and filters them: bounded by the municipality, linear in its size.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE INDEX citizens_person ON citizens ((coalesce(merged_into_id, id)), handlekommune_id);
    CREATE INDEX citizens_cpr_prefix ON citizens (cpr text_pattern_ops) WHERE cpr IS NOT NULL;
    CREATE INDEX tasks_organisation_opened ON tasks (organisation_id, opened_at);
    CREATE INDEX tasks_unit_opened ON tasks (unit_id, opened_at);
    CREATE INDEX housing_allocations_move_in ON housing_allocations (move_in_on) WHERE withdrawn_on IS NULL;
  `.execute(db);
  if (await trigramAvailable(db)) {
    await sql`
      CREATE INDEX citizens_name_trgm ON citizens
        USING gin ((coalesce(first_name, '') || ' ' || coalesce(last_name, '')) gin_trgm_ops);
      CREATE INDEX citizens_alias_trgm ON citizens USING gin (alias gin_trgm_ops) WHERE alias IS NOT NULL;
    `.execute(db);
  }
}

/** Creates pg_trgm when the server offers it and the role may; true when it is installed. */
async function trigramAvailable(db: Kysely<unknown>): Promise<boolean> {
  await sql`
    DO $$ BEGIN
      IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'pg_trgm') THEN
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
      END IF;
    EXCEPTION WHEN insufficient_privilege THEN
      RAISE NOTICE 'pg_trgm not created (%): citizen search works without trigram indexes', SQLERRM;
    END $$;
  `.execute(db);
  const installed = await sql<{ installed: boolean }>`
    SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') AS installed`.execute(db);
  return installed.rows[0]?.installed === true;
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP INDEX IF EXISTS citizens_alias_trgm;
    DROP INDEX IF EXISTS citizens_name_trgm;
    DROP INDEX housing_allocations_move_in;
    DROP INDEX tasks_unit_opened;
    DROP INDEX tasks_organisation_opened;
    DROP INDEX citizens_cpr_prefix;
    DROP INDEX citizens_person;
  `.execute(db);
}
