import { sql, type Kysely } from 'kysely';

/**
 * When a municipality's stored key-figure summaries were computed, and for which day (issue 11:
 * the municipal dashboard ≤ 0.5 s also right after a write).
 *
 * Recomputing a municipality's summaries from its member rows takes seconds in a large one
 * (2.6 s for 40,000 persons, measured in bench/README.md), and in a municipality where
 * caseworkers write all day nearly every dashboard view would pay it. So a view of today's
 * default dashboard now reads the summaries computed today as they are, and says from when and
 * that changes since are on their way; the key-figure job recomputes them every few minutes.
 *
 * - `summarised_at`: when the summaries were last computed (null: never).
 * - `summaries_as_of`: the roll-up day they were computed for. Only summaries of today's roll-up
 *   are served as they stand: yesterday's hold other windows under the same keys.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE key_figure_rollups ADD COLUMN summarised_at timestamptz;
    ALTER TABLE key_figure_rollups ADD COLUMN summaries_as_of date;
    UPDATE key_figure_rollups SET summarised_at = refreshed_at, summaries_as_of = as_of WHERE summarised;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE key_figure_rollups DROP COLUMN summaries_as_of;
    ALTER TABLE key_figure_rollups DROP COLUMN summarised_at;
  `.execute(db);
}
