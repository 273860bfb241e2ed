import { sql, type Kysely } from 'kysely';

/**
 * The key figures' summaries (issue 11, the municipal dashboard's ≤ 0.5 s): per municipality,
 * today's summary of each window, measure and breakdown group, computed from the roll-up's
 * member rows (0034), so the dashboard reads a few hundred rows instead of the member rows.
 *
 * - `key_figure_summaries`: one row per (window, measure, breakdown, group). `breakdown` is
 *   'all' (the whole window, group ''), one of the dashboard's breakdowns (method, unit, age_band,
 *   sex; the period window only, group 'none' for rows without one) or 'bands' (K4's return and
 *   K15's registration bands, the period window; the count in `members`). Counts as the domain's
 *   `summariseRows` gives them; median, p75 and mean of the counted rows' values as
 *   percentile_cont and sum ÷ count give them, which equal the domain's `percentile` and mean
 *   for integer values.
 * - `key_figure_rollups.summarised`: whether the summaries are those of the current member rows.
 *   A rebuild or a refresh of marked persons changes member rows and sets it false; the next
 *   dashboard read recomputes the municipality's summaries from its member rows before reading.
 * - A person's age band and sex come from the citizen's birth date and CPR, which the member
 *   rows do not: a change of either now marks the person too (the citizens trigger of 0034).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    ALTER TABLE key_figure_rollups ADD COLUMN summarised boolean NOT NULL DEFAULT false;

    CREATE TABLE key_figure_summaries (
      organisation_id uuid NOT NULL,
      win text NOT NULL,
      measure text NOT NULL,
      breakdown text NOT NULL,
      group_key text NOT NULL,
      members integer NOT NULL,
      numerator integer NOT NULL,
      denominator integer NOT NULL,
      unknown integer NOT NULL,
      excluded integer NOT NULL,
      median double precision,
      p75 double precision,
      mean double precision,
      PRIMARY KEY (organisation_id, win, measure, breakdown, group_key)
    );

    CREATE OR REPLACE FUNCTION key_figure_citizens_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM key_figure_mark(ARRAY(
        SELECT n.id FROM old_rows o JOIN new_rows n ON n.id = o.id
        WHERE o.first_contact_on IS DISTINCT FROM n.first_contact_on OR o.created_at IS DISTINCT FROM n.created_at
           OR o.birth_date IS DISTINCT FROM n.birth_date OR o.cpr IS DISTINCT FROM n.cpr));
      RETURN NULL;
    END $$;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE OR REPLACE FUNCTION key_figure_citizens_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM key_figure_mark(ARRAY(
        SELECT n.id FROM old_rows o JOIN new_rows n ON n.id = o.id
        WHERE o.first_contact_on IS DISTINCT FROM n.first_contact_on OR o.created_at IS DISTINCT FROM n.created_at));
      RETURN NULL;
    END $$;
    DROP TABLE key_figure_summaries;
    ALTER TABLE key_figure_rollups DROP COLUMN summarised;
  `.execute(db);
}
