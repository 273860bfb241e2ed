import { sql, type Kysely } from 'kysely';

/**
 * `course_status`: one row per person (surviving citizen record) with what the by-name list
 * filters and sorts on (category, homeless since, open stay, method, next step, the count and
 * severity of legal findings), so the list is one indexed query instead of deriving every
 * person's course on every request.
 *
 * The row is a cache of pure functions of the person's records and the date, and it is never
 * trusted when it may be out of date:
 * - statement-level triggers on every table the list or the legal rules read (citizens,
 *   housing periods, stays, plans, decisions, allocations, support courses and their CTI
 *   phases, follow-ups) mark the person's row stale IN THE SAME TRANSACTION as the write
 *   (`valid_until = NULL`), whoever writes (services, CLI, restore, demo data, tests). A row
 *   already stale is only locked, not rewritten (no dead row versions from bulk writes), and the
 *   lock is what orders a write and a recomputation of the same person: the recomputation locks
 *   the stale rows first (FOR UPDATE) and reads the records after; a write that comes while it
 *   runs waits, then marks the freshly written row stale again;
 * - a row is valid only for dates in [as_of, valid_until): the writer computes `valid_until`
 *   as the first day anything could change by the calendar alone;
 * - the list recomputes the stale rows of its population before it reads, with the domain's
 *   `evaluateCourse`, the same function as the badges.
 *
 * Row types of the trigger functions' transition tables are per table, so each table has its
 * own three triggers (insert, update, delete) on one shared function.
 */
const recordTables = [
  'housing_periods',
  'shelter_stays',
  'plans',
  'decisions',
  'housing_allocations',
  'support_courses',
  'outcome_follow_ups',
] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE course_status (
      person_id uuid PRIMARY KEY REFERENCES citizens (id) ON DELETE CASCADE,
      -- The person's handlekommune (the surviving record's), kept by the triggers.
      handlekommune_id uuid,
      as_of date,
      -- NULL: stale (never computed, or a record changed since).
      valid_until date,
      -- On the municipality's by-name list (homeless now, or at a shelter without a registered situation).
      listed boolean NOT NULL DEFAULT false,
      category text,
      returned_from_housing boolean NOT NULL DEFAULT false,
      -- The first day of the current homeless spell (days homeless = today - spell_since + 1).
      spell_since date,
      stay_shelter_id uuid,
      stay_admitted_on date,
      method text,
      next_step text,
      plan_responsible text,
      worker_user_id uuid,
      -- needsAttention(evaluateCourse(…)): how many findings, and the worst (4 overdue, 3 missing, 2 warning, 0 none).
      warning_count integer NOT NULL DEFAULT 0,
      warning_rank smallint NOT NULL DEFAULT 0,
      -- The same as the shelter of the open stay sees the course (its own stays only).
      shelter_warning_count integer NOT NULL DEFAULT 0,
      shelter_warning_rank smallint NOT NULL DEFAULT 0
    );
    CREATE INDEX course_status_listed ON course_status (handlekommune_id, spell_since) WHERE listed;
    -- Stale rows of a municipality: valid_until IS NULL / <= today, or as_of > today (a clock set back).
    CREATE INDEX course_status_valid_until ON course_status (handlekommune_id, valid_until);
    CREATE INDEX course_status_as_of ON course_status (handlekommune_id, as_of);
    CREATE INDEX course_status_shelter ON course_status (stay_shelter_id) WHERE stay_shelter_id IS NOT NULL;

    -- Marks the persons of the given citizen records stale (creating their rows when missing).
    CREATE FUNCTION course_status_mark(record_ids uuid[]) RETURNS void LANGUAGE sql AS $$
      -- LATERAL lookups by primary key: cheap per record whatever the planner's statistics
      -- (bulk loads run before any ANALYZE).
      INSERT INTO course_status AS cs (person_id, handlekommune_id)
      SELECT DISTINCT root.id, root.handlekommune_id
      FROM unnest(record_ids) AS r(id)
      CROSS JOIN LATERAL (SELECT coalesce(c.merged_into_id, c.id) AS id FROM citizens c WHERE c.id = r.id) AS rec
      CROSS JOIN LATERAL (SELECT c.id, c.handlekommune_id FROM citizens c WHERE c.id = rec.id AND c.merged_into_id IS NULL) AS root
      ON CONFLICT (person_id) DO UPDATE
        SET valid_until = NULL, handlekommune_id = EXCLUDED.handlekommune_id
        -- A row that is already stale is locked (ON CONFLICT locks it) but not rewritten.
        WHERE cs.valid_until IS NOT NULL OR cs.handlekommune_id IS DISTINCT FROM EXCLUDED.handlekommune_id
    $$;

    CREATE FUNCTION course_status_records_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'INSERT' THEN
        PERFORM course_status_mark(ARRAY(SELECT DISTINCT citizen_id FROM new_rows));
      ELSIF TG_OP = 'UPDATE' THEN
        PERFORM course_status_mark(ARRAY(SELECT citizen_id FROM new_rows UNION SELECT citizen_id FROM old_rows));
      ELSE
        PERFORM course_status_mark(ARRAY(SELECT DISTINCT citizen_id FROM old_rows));
      END IF;
      RETURN NULL;
    END $$;

    CREATE FUNCTION course_status_phases_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'INSERT' THEN
        PERFORM course_status_mark(ARRAY(
          SELECT DISTINCT sc.citizen_id FROM new_rows n CROSS JOIN LATERAL
            (SELECT citizen_id FROM support_courses WHERE id = n.support_course_id) AS sc));
      ELSIF TG_OP = 'UPDATE' THEN
        PERFORM course_status_mark(ARRAY(
          SELECT sc.citizen_id FROM new_rows n CROSS JOIN LATERAL
            (SELECT citizen_id FROM support_courses WHERE id = n.support_course_id) AS sc
          UNION SELECT sc.citizen_id FROM old_rows o CROSS JOIN LATERAL
            (SELECT citizen_id FROM support_courses WHERE id = o.support_course_id) AS sc));
      ELSE
        PERFORM course_status_mark(ARRAY(
          SELECT DISTINCT sc.citizen_id FROM old_rows o CROSS JOIN LATERAL
            (SELECT citizen_id FROM support_courses WHERE id = o.support_course_id) AS sc));
      END IF;
      RETURN NULL;
    END $$;

    -- A new record is a person of its own; a changed handlekommune or a link/split moves the
    -- person (and a record linked into another stops being one).
    CREATE FUNCTION course_status_citizens_changed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'INSERT' THEN
        PERFORM course_status_mark(ARRAY(SELECT id FROM new_rows));
      ELSE
        DELETE FROM course_status WHERE person_id IN (SELECT id FROM new_rows WHERE merged_into_id IS NOT NULL);
        PERFORM course_status_mark(ARRAY(
          SELECT x
          FROM old_rows o
          JOIN new_rows n ON n.id = o.id
          CROSS JOIN LATERAL unnest(ARRAY[n.id, n.merged_into_id, o.merged_into_id]) AS x
          WHERE x IS NOT NULL
            AND (o.handlekommune_id IS DISTINCT FROM n.handlekommune_id
                 OR o.merged_into_id IS DISTINCT FROM n.merged_into_id)));
      END IF;
      RETURN NULL;
    END $$;

    CREATE TRIGGER course_status_citizens_insert AFTER INSERT ON citizens
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION course_status_citizens_changed();
    CREATE TRIGGER course_status_citizens_update AFTER UPDATE ON citizens
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION course_status_citizens_changed();
    CREATE TRIGGER course_status_phases_insert AFTER INSERT ON support_course_phases
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION course_status_phases_changed();
    CREATE TRIGGER course_status_phases_update AFTER UPDATE ON support_course_phases
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION course_status_phases_changed();
    CREATE TRIGGER course_status_phases_delete AFTER DELETE ON support_course_phases
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION course_status_phases_changed();

    INSERT INTO course_status (person_id, handlekommune_id)
    SELECT id, handlekommune_id FROM citizens WHERE merged_into_id IS NULL;
  `.execute(db);
  for (const table of recordTables) {
    const name = (event: string) => sql.id(`course_status_${table}_${event}`);
    await sql`
      CREATE TRIGGER ${name('insert')} AFTER INSERT ON ${sql.table(table)}
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION course_status_records_changed();
      CREATE TRIGGER ${name('update')} AFTER UPDATE ON ${sql.table(table)}
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION course_status_records_changed();
      CREATE TRIGGER ${name('delete')} AFTER DELETE ON ${sql.table(table)}
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION course_status_records_changed();
    `.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of recordTables) {
    for (const event of ['insert', 'update', 'delete']) {
      await sql`DROP TRIGGER ${sql.id(`course_status_${table}_${event}`)} ON ${sql.table(table)}`.execute(db);
    }
  }
  await sql`
    DROP TRIGGER course_status_citizens_insert ON citizens;
    DROP TRIGGER course_status_citizens_update ON citizens;
    DROP TRIGGER course_status_phases_insert ON support_course_phases;
    DROP TRIGGER course_status_phases_update ON support_course_phases;
    DROP TRIGGER course_status_phases_delete ON support_course_phases;
    DROP FUNCTION course_status_citizens_changed();
    DROP FUNCTION course_status_phases_changed();
    DROP FUNCTION course_status_records_changed();
    DROP FUNCTION course_status_mark(uuid[]);
    DROP TABLE course_status;
  `.execute(db);
}
