import { sql, type Kysely } from 'kysely';

/**
 * The key figures' roll-up (issue 11, "Measured"): the member rows of every municipality's
 * dashboard for today's reference date, kept the way `course_status` is kept.
 *
 * - `key_figure_member_rows`: the rows the member-rows statement gives for the municipality's
 *   people and the day's fixed windows (the year to the reference date and the eight trend
 *   quarters), one per person, measure, window and subject.
 * - `key_figure_rollups`: per municipality, the reference date its rows were computed for and
 *   when they were built and last refreshed. A row for another day (or none) means: rebuild.
 * - `key_figure_stale`: persons whose records changed since their rows were computed. The
 *   writing transaction marks them, whoever writes: `course_status_mark` (called by the
 *   course_status triggers of 0005 on every record table, and feeding the course-change notice
 *   of 0011) now marks them here too, and the tables the by-name list does not read but the key
 *   figures do (course registrations, housing profiles, a citizen's first contact) get triggers
 *   of their own. A changed registration interval (collaboration_settings) drops the
 *   municipality's roll-up, so it is rebuilt.
 * - `national_figure_answers`: the national view's published answer (suppressed aggregates
 *   only), computed once a day per period.
 *
 * The mark upserts (ON CONFLICT DO UPDATE), so it locks an already-stale row until the writer
 * commits: a refresh that deletes the mark waits for the write and then reads it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE key_figure_rollups (
      organisation_id uuid PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
      as_of date NOT NULL,
      built_at timestamptz NOT NULL DEFAULT now(),
      refreshed_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE key_figure_member_rows (
      organisation_id uuid NOT NULL,
      person_id uuid NOT NULL,
      win text NOT NULL,
      measure text NOT NULL,
      subject_id text NOT NULL,
      anchor_on date NOT NULL,
      outcome text NOT NULL,
      value integer,
      method text,
      unit_id text
    );
    CREATE INDEX key_figure_member_rows_slice ON key_figure_member_rows (organisation_id, win, measure);
    CREATE INDEX key_figure_member_rows_person ON key_figure_member_rows (person_id);

    CREATE TABLE key_figure_stale (
      person_id uuid PRIMARY KEY,
      marked_at timestamptz NOT NULL DEFAULT now()
    );

    CREATE TABLE national_figure_answers (
      reference_date date NOT NULL,
      from_on date NOT NULL,
      to_on date NOT NULL,
      version integer NOT NULL,
      computed_at timestamptz NOT NULL DEFAULT now(),
      answer jsonb NOT NULL,
      PRIMARY KEY (reference_date, from_on, to_on, version)
    );

    -- The changed records themselves (a record linked into another stops being a person: its
    -- rows go) and the persons they belong to. LATERAL lookups by primary key, as in 0005.
    CREATE FUNCTION key_figure_mark(record_ids uuid[]) RETURNS void LANGUAGE sql AS $$
      INSERT INTO key_figure_stale AS ks (person_id)
      SELECT DISTINCT x.id
      FROM unnest(record_ids) AS r(id)
      CROSS JOIN LATERAL (
        SELECT r.id
        UNION
        SELECT coalesce(c.merged_into_id, c.id) FROM citizens c WHERE c.id = r.id
      ) AS x(id)
      WHERE x.id IS NOT NULL
      ON CONFLICT (person_id) DO UPDATE SET marked_at = EXCLUDED.marked_at
    $$;

    CREATE OR REPLACE FUNCTION course_status_mark(record_ids uuid[]) RETURNS void LANGUAGE sql AS $$
      SELECT course_change_notice(record_ids);
      SELECT key_figure_mark(record_ids);
      INSERT INTO course_status AS cs (person_id, handlekommune_id)
      SELECT DISTINCT root.id, root.handlekommune_id
      FROM unnest(record_ids) AS r(id)
      CROSS JOIN LATERAL (SELECT coalesce(c.merged_into_id, c.id) AS id FROM citizens c WHERE c.id = r.id) AS rec
      CROSS JOIN LATERAL (SELECT c.id, c.handlekommune_id FROM citizens c WHERE c.id = rec.id AND c.merged_into_id IS NULL) AS root
      ON CONFLICT (person_id) DO UPDATE
        SET valid_until = NULL, handlekommune_id = EXCLUDED.handlekommune_id
        WHERE cs.valid_until IS NOT NULL OR cs.handlekommune_id IS DISTINCT FROM EXCLUDED.handlekommune_id
    $$;

    -- Citizens: the first contact (K1, K2) is not a field the by-name list follows.
    CREATE FUNCTION key_figure_citizens_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM key_figure_mark(ARRAY(
        SELECT n.id FROM old_rows o JOIN new_rows n ON n.id = o.id
        WHERE o.first_contact_on IS DISTINCT FROM n.first_contact_on OR o.created_at IS DISTINCT FROM n.created_at));
      RETURN NULL;
    END $$;
    CREATE TRIGGER key_figure_citizens_update AFTER UPDATE ON citizens
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION key_figure_citizens_changed();

    -- Housing profiles (K11's ready-to-move date).
    CREATE FUNCTION key_figure_profiles_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'INSERT' THEN
        PERFORM key_figure_mark(ARRAY(SELECT citizen_id FROM new_rows));
      ELSIF TG_OP = 'UPDATE' THEN
        PERFORM key_figure_mark(ARRAY(
          SELECT n.citizen_id FROM old_rows o JOIN new_rows n ON n.citizen_id = o.citizen_id
          WHERE o.ready_to_move_on IS DISTINCT FROM n.ready_to_move_on
          UNION SELECT o.citizen_id FROM old_rows o WHERE NOT EXISTS (SELECT 1 FROM new_rows n WHERE n.citizen_id = o.citizen_id)));
      ELSE
        PERFORM key_figure_mark(ARRAY(SELECT citizen_id FROM old_rows));
      END IF;
      RETURN NULL;
    END $$;

    -- Course registrations (K15's overdue registrations), by their course's citizen.
    CREATE FUNCTION key_figure_registrations_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'INSERT' THEN
        PERFORM key_figure_mark(ARRAY(
          SELECT DISTINCT sc.citizen_id FROM new_rows n CROSS JOIN LATERAL
            (SELECT citizen_id FROM support_courses WHERE id = n.support_course_id) AS sc));
      ELSIF TG_OP = 'UPDATE' THEN
        PERFORM key_figure_mark(ARRAY(
          SELECT sc.citizen_id FROM new_rows n CROSS JOIN LATERAL
            (SELECT citizen_id FROM support_courses WHERE id = n.support_course_id) AS sc
          UNION SELECT sc.citizen_id FROM old_rows o CROSS JOIN LATERAL
            (SELECT citizen_id FROM support_courses WHERE id = o.support_course_id) AS sc));
      ELSE
        PERFORM key_figure_mark(ARRAY(
          SELECT DISTINCT sc.citizen_id FROM old_rows o CROSS JOIN LATERAL
            (SELECT citizen_id FROM support_courses WHERE id = o.support_course_id) AS sc));
      END IF;
      RETURN NULL;
    END $$;

    -- The registration interval is the municipality's: its whole roll-up is rebuilt.
    CREATE FUNCTION key_figure_settings_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'DELETE' THEN
        DELETE FROM key_figure_rollups WHERE organisation_id IN (SELECT organisation_id FROM old_rows);
      ELSE
        DELETE FROM key_figure_rollups WHERE organisation_id IN (SELECT organisation_id FROM new_rows);
      END IF;
      RETURN NULL;
    END $$;
  `.execute(db);
  for (const [table, fn] of [
    ['housing_profiles', 'key_figure_profiles_changed'],
    ['course_registrations', 'key_figure_registrations_changed'],
    ['collaboration_settings', 'key_figure_settings_changed'],
  ] as const) {
    const name = (event: string) => sql.id(`key_figure_${table}_${event}`);
    await sql`
      CREATE TRIGGER ${name('insert')} AFTER INSERT ON ${sql.table(table)}
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${sql.id(fn)}();
      CREATE TRIGGER ${name('update')} AFTER UPDATE ON ${sql.table(table)}
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${sql.id(fn)}();
      CREATE TRIGGER ${name('delete')} AFTER DELETE ON ${sql.table(table)}
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ${sql.id(fn)}();
    `.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['housing_profiles', 'course_registrations', 'collaboration_settings']) {
    for (const event of ['insert', 'update', 'delete']) {
      await sql`DROP TRIGGER ${sql.id(`key_figure_${table}_${event}`)} ON ${sql.table(table)}`.execute(db);
    }
  }
  await sql`
    DROP TRIGGER key_figure_citizens_update ON citizens;
    DROP FUNCTION key_figure_citizens_changed();
    DROP FUNCTION key_figure_profiles_changed();
    DROP FUNCTION key_figure_registrations_changed();
    DROP FUNCTION key_figure_settings_changed();
    CREATE OR REPLACE FUNCTION course_status_mark(record_ids uuid[]) RETURNS void LANGUAGE sql AS $$
      SELECT course_change_notice(record_ids);
      INSERT INTO course_status AS cs (person_id, handlekommune_id)
      SELECT DISTINCT root.id, root.handlekommune_id
      FROM unnest(record_ids) AS r(id)
      CROSS JOIN LATERAL (SELECT coalesce(c.merged_into_id, c.id) AS id FROM citizens c WHERE c.id = r.id) AS rec
      CROSS JOIN LATERAL (SELECT c.id, c.handlekommune_id FROM citizens c WHERE c.id = rec.id AND c.merged_into_id IS NULL) AS root
      ON CONFLICT (person_id) DO UPDATE
        SET valid_until = NULL, handlekommune_id = EXCLUDED.handlekommune_id
        WHERE cs.valid_until IS NOT NULL OR cs.handlekommune_id IS DISTINCT FROM EXCLUDED.handlekommune_id
    $$;
    DROP FUNCTION key_figure_mark(uuid[]);
    DROP TABLE national_figure_answers;
    DROP TABLE key_figure_stale;
    DROP TABLE key_figure_member_rows;
    DROP TABLE key_figure_rollups;
  `.execute(db);
}
