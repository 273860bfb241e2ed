import { sql, type Kysely } from 'kysely';

/**
 * How stale `course_status` rows spread over municipalities (issue 9). A row is stale while its
 * `valid_until` is NULL, and whether a municipality has one is asked on every view of its
 * by-name list. The planner assumes a municipality's share of NULLs is the country's: where most
 * of the country is stale (municipalities that have not opened their list since a write), it
 * expects to meet a stale row at once and scans the whole table, though the municipality asked
 * has none (measured on the national data: 18–44 ms, every view). Statistics on the pair tell it
 * how many NULLs each municipality has, so it reads the municipality's range of
 * `course_status_valid_until` instead (under 3 ms).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE STATISTICS course_status_stale_by_municipality (mcv) ON handlekommune_id, valid_until FROM course_status`.execute(
    db,
  );
  // Gathered now (a sample of the table), not at the next autovacuum.
  await sql`ANALYZE course_status`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP STATISTICS course_status_stale_by_municipality`.execute(db);
}
